/**
 * @module adjudicate/eligibility
 * Stage 1: is the patient a member of this plan on each line's date of service? The subscriber
 * is found by the 2010BA member id; a dependent patient (PAT01 not 18) under that id by name
 * and birth date. Not found: CARC 31; covered later: 26; coverage ended: 27; covered by another
 * of the payer's plans: 109. In predict mode (no members file) everyone on the claim is taken
 * as eligible, which is the biller's question: what would this claim get if the patient is covered?
 */
import type { Claim, IsoDate } from '@medcode/domain';
import { coverageOn, type MemberIndex, type PatientKey } from '../members/member-index.ts';
import type { Member, OtherCoverage } from '../members/schema.ts';
import type { Plan } from '../plan/schema.ts';
import { reason } from '../reasons.ts';
import { close, isOpen, type LineState } from './line-state.ts';

export interface Eligibility {
  /** The ledger's key for the patient. */
  memberId: string;
  member?: Member;
  predicted: boolean;
}

/** The patient as the claim names them: the subscriber, or a dependent under the subscriber's id. */
export function patientKey(claim: Claim): PatientKey {
  const memberId = claim.subscriber.memberId;
  if (claim.patientRelationship === '18' || claim.patientRelationship === '') return { memberId };
  const n = claim.patient.name;
  return {
    memberId,
    dependent: {
      last: n.last,
      ...(n.first !== undefined ? { first: n.first } : {}),
      ...(claim.patient.birthDate !== undefined ? { birthDate: claim.patient.birthDate } : {}),
    },
  };
}

/** A stable ledger key for a predicted (unlisted) patient: the id plus, for a dependent, name and birth date. */
const predictedId = (key: PatientKey): string =>
  key.dependent === undefined
    ? key.memberId
    : `${key.memberId}/${key.dependent.last.toUpperCase()}/${key.dependent.birthDate ?? ''}`;

export function checkEligibility(
  claim: Claim,
  plan: Plan,
  members: MemberIndex | undefined,
  states: readonly LineState[],
): Eligibility {
  const key = patientKey(claim);
  if (members === undefined) return { memberId: predictedId(key), predicted: true };
  const member = members.find(key);
  if (!member) {
    const who = key.dependent
      ? `dependent ${key.dependent.last} of member ${key.memberId}`
      : `member ${key.memberId}`;
    for (const s of states)
      if (isOpen(s)) close(s, 'deny', reason('AJ001', `${who} is not in the members file`));
    return { memberId: predictedId(key), predicted: false };
  }
  for (const s of states) {
    if (!isOpen(s)) continue;
    const on = s.line.serviceDate;
    const c = coverageOn(member, on);
    const ev = [{ kind: 'fact' as const, name: 'coverage', value: c.span }];
    if (c.status === 'before')
      close(
        s,
        'deny',
        reason('AJ002', `coverage of ${member.memberId} begins ${c.span.from}, after ${on}`, ev),
      );
    else if (c.status === 'after')
      close(
        s,
        'deny',
        reason('AJ003', `coverage of ${member.memberId} ended ${c.span.to}, before ${on}`, ev),
      );
    else if (c.span.plan !== plan.plan)
      close(
        s,
        'deny',
        reason(
          'AJ004',
          `${member.memberId} is covered by plan ${c.span.plan} on ${on}, not ${plan.plan}`,
          ev,
        ),
      );
  }
  return { memberId: member.memberId, member, predicted: false };
}

/** The member's other coverage that pays before this plan on a date. */
export function primaryElsewhere(member: Member | undefined, on: IsoDate): OtherCoverage | undefined {
  return member?.otherCoverage.find(
    (o) => o.order === 'primary' && o.from <= on && (o.to === undefined || on <= o.to),
  );
}
