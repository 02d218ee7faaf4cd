/**
 * @module members/member-index
 * Finding the member a claim or an eligibility inquiry is about, and the member's coverage on a
 * date. A subscriber is found by member id; a dependent by the subscriber's id plus the
 * patient's name and birth date (the 837's 2010CA, the 270's 2100D carry no id of their own).
 */
import { ERROR_CODES, type IsoDate, MedcodeError } from '@medcode/domain';
import { parseDataFile, parseWith } from '../plan/parse.ts';
import { type CoverageSpan, type Member, membersFileSchema } from './schema.ts';

export interface PatientKey {
  /** The subscriber's member id (2010BA NM109, 2100C NM109). */
  memberId: string;
  /** Set when the patient is a dependent: the name and birth date to find them by. */
  dependent?: { last: string; first?: string; birthDate?: IsoDate };
}

export type CoverageOn =
  | { status: 'active'; span: CoverageSpan }
  /** Covered later (not yet on the date). */
  | { status: 'before'; span: CoverageSpan }
  /** Coverage ended before the date. */
  | { status: 'after'; span: CoverageSpan };

const norm = (s: string | undefined): string => (s ?? '').trim().toUpperCase();

export class MemberIndex {
  readonly members: readonly Member[];
  readonly #byId = new Map<string, Member>();
  readonly #dependents = new Map<string, Member[]>();

  constructor(members: readonly Member[]) {
    this.members = members;
    for (const m of members) {
      if (m.subscriberId === undefined) {
        if (this.#byId.has(m.memberId))
          throw new MedcodeError(ERROR_CODES.BAD_INPUT, `member id ${m.memberId} is listed twice`, {
            place: { field: 'members' },
          });
        this.#byId.set(m.memberId, m);
      } else {
        const list = this.#dependents.get(m.subscriberId) ?? [];
        list.push(m);
        this.#dependents.set(m.subscriberId, list);
        if (!this.#byId.has(m.memberId)) this.#byId.set(m.memberId, m);
      }
    }
  }

  /** The subscriber with this member id. */
  subscriber(memberId: string): Member | undefined {
    const m = this.#byId.get(memberId.trim());
    return m?.subscriberId === undefined ? m : undefined;
  }

  /**
   * The member a claim is for: the subscriber, or the dependent under the subscriber's id whose
   * last name and birth date (and first name, when both sides have one) match. A dependent with
   * its own member id is found by that id too.
   */
  find(key: PatientKey): Member | undefined {
    const id = key.memberId.trim();
    if (key.dependent === undefined) return this.subscriber(id) ?? this.#byId.get(id);
    const d = key.dependent;
    return (this.#dependents.get(id) ?? []).find(
      (m) =>
        norm(m.name.last) === norm(d.last) &&
        (d.birthDate === undefined || m.birthDate === d.birthDate) &&
        (d.first === undefined || m.name.first === undefined || norm(m.name.first) === norm(d.first)),
    );
  }
}

/** The member's coverage standing on a date: the span in force, else the nearest one before or after. */
export function coverageOn(member: Member, on: string): CoverageOn {
  const spans = [...member.coverage].sort((a, b) => a.from.localeCompare(b.from));
  const active = spans.find((s) => s.from <= on && (s.to === undefined || on <= s.to));
  if (active) return { status: 'active', span: active };
  const ended = spans.filter((s) => s.to !== undefined && s.to < on);
  const last = ended[ended.length - 1];
  if (last) return { status: 'after', span: last };
  return { status: 'before', span: spans[0]! };
}

/** A members file's text (YAML or JSON) → the index. */
export function parseMembers(text: string, file: string): MemberIndex {
  const parsed = parseWith(membersFileSchema, parseDataFile(text, file), file, 'members file');
  try {
    return new MemberIndex(parsed.members);
  } catch (e) {
    if (e instanceof MedcodeError)
      throw new MedcodeError(e.code, e.message, { place: { file, field: 'members' }, cause: e });
    throw e;
  }
}
