/**
 * @module eligibility/answer
 * The payer's answer to each subject of a 270, from the members file, the plans and the
 * accumulators: the member found (or the AAA reason it was not: 2100C AAA03 72 missing member
 * id, 73 name does not match, 75 subscriber not found; 2100D 67 patient not found; 71 birth date
 * does not match, 005010X279A1 AAA03 code list), the coverage on the date asked (active, or
 * inactive with the span that ended or has not begun), and what the member has met of the
 * deductible and out-of-pocket maximum in that plan year.
 */
import type { IsoDate } from '@medcode/domain';
import type { AccumulatorLedger, Totals } from '../accumulators/ledger.ts';
import { coverageOn, type MemberIndex } from '../members/member-index.ts';
import type { CoverageSpan, Member } from '../members/schema.ts';
import { planVersionOn } from '../plan/parse.ts';
import { planYearOf } from '../plan/plan-year.ts';
import type { Plan, PlanVersion } from '../plan/schema.ts';
import type { EligibilityInquiry, InquiryPerson, InquirySubject } from './read270.ts';

export interface Reject {
  loop: 'subscriber' | 'dependent';
  /** AAA03 reject reason. */
  code: string;
  /** AAA04 follow-up: C correct and resubmit, N do not resubmit, R resubmission allowed. */
  followUp: 'C' | 'N' | 'R';
  message: string;
}

export interface TierStanding {
  tier: string;
  title: string;
  contracted: boolean;
  year: string;
  met: Totals;
  deductible: number;
  outOfPocketMax?: number;
}

export interface SubjectAnswer {
  subject: InquirySubject;
  on: IsoDate;
  subscriber?: Member;
  /** The member the answer is about (the dependent when the inquiry names one). */
  member?: Member;
  reject?: Reject;
  coverage?: { active: boolean; span: CoverageSpan; plan?: Plan; version?: PlanVersion };
  tiers: TierStanding[];
}

export interface EligibilityResponse {
  inquiry: EligibilityInquiry;
  answers: SubjectAnswer[];
}

const norm = (s: string | undefined): string => (s ?? '').trim().toUpperCase();

function check(p: InquiryPerson, m: Member, loop: Reject['loop']): Reject | undefined {
  if (p.name.last !== '' && norm(p.name.last) !== norm(m.name.last))
    return {
      loop,
      code: loop === 'subscriber' ? '73' : '65',
      followUp: 'C',
      message: `name ${p.name.last} does not match the member's`,
    };
  if (p.birthDate !== undefined && p.birthDate !== m.birthDate)
    return {
      loop,
      code: '71',
      followUp: 'C',
      message: `birth date ${p.birthDate} does not match the member's`,
    };
  return undefined;
}

function standing(
  v: PlanVersion,
  plan: Plan,
  member: Member,
  ledger: AccumulatorLedger,
  on: string,
): TierStanding[] {
  const year = planYearOf(on, v.planYearStart);
  return v.networks.map((n) => {
    const limits = v.tiers[n.tier]!;
    return {
      tier: n.tier,
      title: n.title,
      contracted: n.contracted,
      year,
      met: ledger.totals(member.memberId, plan.plan, year, n.tier),
      deductible: limits.deductible,
      ...(limits.outOfPocketMax !== undefined ? { outOfPocketMax: limits.outOfPocketMax } : {}),
    };
  });
}

function answer(
  subject: InquirySubject,
  members: MemberIndex,
  plans: readonly Plan[],
  ledger: AccumulatorLedger,
  today: IsoDate,
): SubjectAnswer {
  const on = subject.date?.from ?? today;
  const base: SubjectAnswer = { subject, on, tiers: [] };
  const id = subject.subscriber.id;
  if (id === undefined || id === '')
    return {
      ...base,
      reject: { loop: 'subscriber', code: '72', followUp: 'C', message: 'no member id (2100C NM109)' },
    };
  const subscriber = members.subscriber(id);
  if (!subscriber)
    return {
      ...base,
      reject: {
        loop: 'subscriber',
        code: '75',
        followUp: 'C',
        message: `no subscriber with member id ${id}`,
      },
    };
  const subscriberProblem = check(subject.subscriber, subscriber, 'subscriber');
  if (subscriberProblem) return { ...base, subscriber, reject: subscriberProblem };
  let member = subscriber;
  if (subject.dependent) {
    const d = subject.dependent;
    const found = members.find({
      memberId: id,
      dependent: {
        last: d.name.last,
        ...(d.name.first !== undefined ? { first: d.name.first } : {}),
        ...(d.birthDate !== undefined ? { birthDate: d.birthDate } : {}),
      },
    });
    if (!found)
      return {
        ...base,
        subscriber,
        reject: {
          loop: 'dependent',
          code: '67',
          followUp: 'C',
          message: `no dependent ${d.name.last} under ${id}`,
        },
      };
    member = found;
  }
  const c = coverageOn(member, on);
  const plan = plans.find((p) => p.plan === c.span.plan);
  const version = plan ? planVersionOn(plan, on) : undefined;
  const active = c.status === 'active' && plan !== undefined && version !== undefined;
  return {
    ...base,
    subscriber,
    member,
    coverage: { active, span: c.span, ...(plan ? { plan } : {}), ...(version ? { version } : {}) },
    tiers: active ? standing(version!, plan!, member, ledger, on) : [],
  };
}

export function answerInquiry(
  inquiry: EligibilityInquiry,
  members: MemberIndex,
  plans: readonly Plan[],
  ledger: AccumulatorLedger,
  today: IsoDate,
): EligibilityResponse {
  return { inquiry, answers: inquiry.subjects.map((s) => answer(s, members, plans, ledger, today)) };
}
