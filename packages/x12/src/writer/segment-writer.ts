/**
 * @module writer/segment-writer
 * Builds X12 text segment by segment from values, never by pasting strings in one place. X12
 * has no escape sequence (X12.6 section 3.3: delimiters may not appear in data), so a value
 * holding a delimiter is refused with a MedcodeError naming the segment and element; control
 * characters (line breaks in a note) become spaces, since X12 data has no line breaks. Trailing
 * empty elements and components are dropped, as the syntax requires.
 */
import { MedcodeError } from '@medcode/domain';

export interface WriterDelimiters {
  element: string;
  component: string;
  repetition: string;
  segment: string;
}

export const STANDARD_DELIMITERS: WriterDelimiters = {
  element: '*',
  component: ':',
  repetition: '^',
  segment: '~',
};

/** An element: a simple value, a composite (its components), or absent. */
export type Element = string | undefined | readonly (string | undefined)[];

// biome-ignore lint/suspicious/noControlCharactersInRegex: X12 data may not hold control characters.
const CONTROL = /[\u0000-\u001f\u007f]/g;

export class SegmentWriter {
  private readonly parts: string[] = [];
  private readonly d: WriterDelimiters;
  private readonly lineBreaks: boolean;
  private readonly forbidden: string;
  /** Segments written since the last `resetCount` (ST..SE counting). */
  count = 0;

  constructor(d: WriterDelimiters = STANDARD_DELIMITERS, opts: { lineBreaks?: boolean } = {}) {
    this.d = d;
    this.lineBreaks = opts.lineBreaks ?? false;
    this.forbidden = d.element + d.component + d.repetition + d.segment;
  }

  get delimiters(): WriterDelimiters {
    return this.d;
  }

  /** Writes one segment. */
  seg(tag: string, ...elements: Element[]): void {
    const out: string[] = [tag];
    elements.forEach((e, i) => {
      out.push(this.element(tag, i + 1, e));
    });
    while (out.length > 1 && out[out.length - 1] === '') out.pop();
    this.parts.push(out.join(this.d.element) + this.d.segment + (this.lineBreaks ? '\n' : ''));
    this.count++;
  }

  /** Writes a segment verbatim (the fixed-width ISA). */
  raw(text: string): void {
    this.parts.push(text + this.d.segment + (this.lineBreaks ? '\n' : ''));
    this.count++;
  }

  resetCount(): void {
    this.count = 0;
  }

  toString(): string {
    return this.parts.join('');
  }

  private element(tag: string, i: number, e: Element): string {
    if (e === undefined) return '';
    if (typeof e === 'string') return this.value(tag, i, undefined, e);
    const comps = e.map((c, j) => (c === undefined ? '' : this.value(tag, i, j + 1, c)));
    while (comps.length > 0 && comps[comps.length - 1] === '') comps.pop();
    return comps.join(this.d.component);
  }

  private value(tag: string, i: number, j: number | undefined, v: string): string {
    const clean = v.replace(CONTROL, ' ');
    for (const ch of this.forbidden)
      if (clean.includes(ch))
        throw new MedcodeError(
          'bad-input',
          `the value "${v}" holds the delimiter "${ch}"; X12 cannot carry it`,
          {
            place: {
              segment: tag,
              element: `${tag}${String(i).padStart(2, '0')}${j === undefined ? '' : `-${j}`}`,
            },
          },
        );
    return clean;
  }
}
