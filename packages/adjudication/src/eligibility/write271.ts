/**
 * @module eligibility/write271
 * The X12 271 eligibility response (005010X279A1) to a 270, written with the x12 package's
 * segment writer and envelope (GS01 HB, sender and receiver of the 270 swapped). Structure:
 * BHT*0022*11 echoing the inquiry's reference; 2000A/2100A the payer (HL*20, NM1*PR); 2000B/
 * 2100B the provider who asked (HL*21, NM1*1P, echoed); per subject 2000C/2100C the subscriber
 * (HL*22, TRN*2 echoing the inquiry's trace, NM1*IL with the member's name and id, AAA when the
 * payer cannot answer, DMG, DTP*346/347 plan dates), and 2000D/2100D the dependent (HL*23,
 * NM1*03, INS*N with the relationship); the 2110C/D benefit loops (EB) on the patient's level:
 *   EB*1 active coverage / EB*6 inactive, with the plan name (EB05) and insurance type (EB04);
 *   EB*C deductible and EB*G out-of-pocket maximum per network tier for the plan year (EB06 23
 *   calendar year, or 25 contract) and what remains (29), EB12 Y in network, N out;
 *   per benefit category asked about (by service type, EB03): EB*A coinsurance (EB08, a
 *   decimal fraction), EB*B copay (EB07, per visit: EB06 27).
 */
import { type Cents, formatX12Amount } from '@medcode/domain';
import { type Element, type EnvelopeOptions, type SegmentWriter, writeInterchange } from '@medcode/x12';
import type { Member } from '../members/schema.ts';
import type { Benefit, Plan, PlanVersion } from '../plan/schema.ts';
import type { EligibilityResponse, SubjectAnswer, TierStanding } from './answer.ts';
import type { InquiryPerson, Trace } from './read270.ts';

export const ELIGIBILITY_VERSION = '005010X279A1';

const d8 = (d: string): string => d.replaceAll('-', '');
const amt = (c: number): string => formatX12Amount(c as Cents);
const network = (t: TierStanding | { contracted: boolean }): string => (t.contracted ? 'Y' : 'N');

function nm1(w: SegmentWriter, code: string, p: InquiryPerson): void {
  const n = p.name;
  w.seg(
    'NM1',
    code,
    p.entity === 'organization' ? '2' : '1',
    n.last,
    n.first,
    n.middle,
    undefined,
    n.suffix,
    p.id === undefined ? undefined : p.idQualifier,
    p.id,
  );
}

const memberPerson = (m: Member, withId: boolean): InquiryPerson => ({
  entity: 'person',
  name: {
    last: m.name.last,
    ...(m.name.first !== undefined ? { first: m.name.first } : {}),
    ...(m.name.middle !== undefined ? { middle: m.name.middle } : {}),
  },
  ...(withId ? { idQualifier: 'MI', id: m.memberId } : {}),
});

const traces = (w: SegmentWriter, list: readonly Trace[]) => {
  // TRN01 2: the referenced (inquiry's) trace number, echoed.
  for (const t of list) w.seg('TRN', '2', t.number, t.originator, t.supplemental);
};

function demographics(w: SegmentWriter, m: Member): void {
  w.seg('DMG', 'D8', d8(m.birthDate), m.sex === 'U' ? undefined : m.sex);
}

function asked(a: SubjectAnswer): Set<string> {
  return new Set(a.subject.serviceTypes.length > 0 ? a.subject.serviceTypes : ['30']);
}

function benefitsAsked(v: PlanVersion, want: Set<string>): { benefit: Benefit; type: string }[] {
  const all = want.has('30');
  const out: { benefit: Benefit; type: string }[] = [];
  for (const b of v.benefits) {
    const type = all ? b.serviceTypes[0] : b.serviceTypes.find((t) => want.has(t));
    if (type !== undefined) out.push({ benefit: b, type });
  }
  return out;
}

function eligibilityLoops(w: SegmentWriter, a: SubjectAnswer): void {
  const c = a.coverage!;
  const plan: Plan | undefined = c.plan;
  const ins = plan?.insuranceType;
  if (!c.active || !plan || !c.version) {
    w.seg('EB', '6', undefined, '30', ins, plan?.title);
    return;
  }
  const v = c.version;
  const want = asked(a);
  // One EB*1 per service type asked about (EB03 may repeat; one segment each reads the same).
  for (const type of want) w.seg('EB', '1', 'IND', type, ins, plan.title);
  const period = v.planYearStart === '01-01' ? '23' : '25';
  for (const t of a.tiers) {
    const eb = (code: string, time: string, amount: number) =>
      w.seg(
        'EB',
        code,
        'IND',
        '30',
        ins,
        undefined,
        time,
        amt(amount),
        undefined,
        undefined,
        undefined,
        undefined,
        network(t),
      );
    eb('C', period, t.deductible);
    eb('C', '29', Math.max(0, t.deductible - t.met.deductible));
    if (t.outOfPocketMax !== undefined) {
      eb('G', period, t.outOfPocketMax);
      eb('G', '29', Math.max(0, t.outOfPocketMax - t.met.outOfPocket));
    }
  }
  for (const { benefit, type } of benefitsAsked(v, want))
    for (const n of v.networks) {
      const cs = benefit.costShare[n.tier];
      if (!cs) continue;
      const tail: Element[] = [undefined, undefined, undefined, network(n)];
      w.seg(
        'EB',
        'A',
        'IND',
        type,
        ins,
        benefit.title,
        undefined,
        undefined,
        String(cs.coinsurance / 100),
        ...tail,
      );
      if (cs.copay !== undefined)
        w.seg('EB', 'B', 'IND', type, ins, benefit.title, '27', amt(cs.copay), undefined, ...tail);
    }
}

function planDates(w: SegmentWriter, a: SubjectAnswer): void {
  const span = a.coverage?.span;
  if (!span) return;
  w.seg('DTP', '346', 'D8', d8(span.from));
  if (span.to !== undefined) w.seg('DTP', '347', 'D8', d8(span.to));
}

function subject(w: SegmentWriter, a: SubjectAnswer, hl: { n: number }): void {
  const dependent = a.subject.dependent;
  const own = hl.n++;
  w.seg('HL', String(own), '2', '22', dependent ? '1' : '0');
  traces(w, a.subject.subscriberTraces);
  nm1(w, 'IL', a.subscriber ? memberPerson(a.subscriber, true) : a.subject.subscriber);
  if (a.reject?.loop === 'subscriber') {
    w.seg('AAA', 'Y', undefined, a.reject.code, a.reject.followUp);
    return;
  }
  if (a.subscriber) demographics(w, a.subscriber);
  if (!dependent) {
    planDates(w, a);
    if (a.coverage) eligibilityLoops(w, a);
    return;
  }
  w.seg('HL', String(hl.n++), String(own), '23', '0');
  traces(w, a.subject.dependentTraces);
  nm1(w, '03', a.member && a.reject === undefined ? memberPerson(a.member, false) : dependent);
  if (a.reject?.loop === 'dependent') {
    w.seg('AAA', 'Y', undefined, a.reject.code, a.reject.followUp);
    return;
  }
  if (a.member) {
    demographics(w, a.member);
    w.seg('INS', 'N', a.member.relationship);
  }
  planDates(w, a);
  if (a.coverage) eligibilityLoops(w, a);
}

export interface Write271Options extends Partial<EnvelopeOptions> {
  /** BHT04/05 and the envelope date: CCYYMMDD and HHMM. */
  date: string;
  time: string;
}

export function write271(responses: readonly EligibilityResponse[], opts: Write271Options): string {
  const first = responses[0]?.inquiry.interchange;
  const envelope: EnvelopeOptions = {
    // The 271 goes back to whoever sent the 270.
    sender: opts.sender ?? {
      qualifier: first?.receiver.qualifier ?? 'ZZ',
      id: first?.receiver.id ?? 'PAYER',
    },
    receiver: opts.receiver ?? {
      qualifier: first?.sender.qualifier ?? 'ZZ',
      id: first?.sender.id ?? 'PROVIDER',
    },
    // A test inquiry gets a test answer (ISA15).
    ...(first?.usage === 'T' || first?.usage === 'P' ? { usage: first.usage } : {}),
    ...opts,
  };
  return writeInterchange(envelope, [
    {
      functionalId: 'HB',
      version: ELIGIBILITY_VERSION,
      sets: responses.map((r) => ({
        setId: '271',
        reference: ELIGIBILITY_VERSION,
        body: (w: SegmentWriter) => {
          const q = r.inquiry;
          w.seg('BHT', '0022', '11', q.reference, opts.date, opts.time);
          w.seg('HL', '1', undefined, '20', '1');
          w.seg(
            'NM1',
            'PR',
            '2',
            q.source.name,
            undefined,
            undefined,
            undefined,
            undefined,
            q.source.idQualifier || undefined,
            q.source.id || undefined,
          );
          w.seg('HL', '2', '1', '21', r.answers.length > 0 ? '1' : '0');
          nm1(w, '1P', q.receiver);
          const hl = { n: 3 };
          for (const a of r.answers) subject(w, a, hl);
        },
      })),
    },
  ]);
}
