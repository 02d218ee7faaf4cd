/**
 * @module parse/problems
 * Every input form reports its problems the same way: each names its place (the JSON path,
 * the FHIR resource and element, the HL7 segment, field and component) and the parser throws
 * one `MedcodeError` (bad-input) that lists them all, placed at the first.
 */
import { describePlace, ERROR_CODES, MedcodeError, type Place } from '@medcode/domain';

export interface InputProblem {
  place: Place;
  message: string;
}

export class Problems {
  readonly list: InputProblem[] = [];
  readonly #file: string | undefined;

  constructor(file?: string) {
    this.#file = file;
  }

  add(place: Place, message: string): void {
    this.list.push({ place: this.#file !== undefined ? { file: this.#file, ...place } : place, message });
  }

  /** Throws when anything was added. */
  check(what: string): void {
    if (this.list.length === 0) return;
    const first = this.list[0]!;
    const lines = this.list.map((p) => `  ${describePlace(p.place)}: ${p.message}`);
    throw new MedcodeError(
      ERROR_CODES.BAD_INPUT,
      `not a valid ${what} (${this.list.length} problem${this.list.length > 1 ? 's' : ''}):\n${lines.join('\n')}`,
      { place: first.place },
    );
  }
}
