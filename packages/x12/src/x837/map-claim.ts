/**
 * @module x837/map-claim
 * One 2300 loop (with its 2000A/2000B/2000C ancestors) to the claim model. CLM (id, total charge,
 * CLM05 place of service or facility type + frequency, signatures, assignment, related causes,
 * delay reason), claim dates (DTP 431/435/096/434/439), REF (G1, 9F, F8, D9, EA), CL1, NTE, HI,
 * claim-level providers (2010AA/AB, 2310x), other payers (2320/2330) and lines (2400). The claim
 * is always built as far as it can be; problems say what could not be read.
 */
import { type Claim, type Person, type Provider, sumCents } from '@medcode/domain';
import { ancestor, child, type LoopNode, seg } from '../loops/loop-node.ts';
import { el, type X12Segment } from '../syntax/segment.ts';
import { posCode } from './code-cache.ts';
import { mapHealthCareCodes } from './map-diagnoses.ts';
import { amount, dtp, fitted, type MapContext, put, report, take } from './map-context.ts';
import { otherSubscribers } from './map-cob.ts';
import { serviceLines } from './map-lines.ts';
import { person, provider, roleOfEntity, subscriber } from './map-parties.ts';

export function mapClaim(ctx: MapContext, claimLoop: LoopNode): Claim {
  const clm = seg(claimLoop, 'CLM')!;
  const billingHl = ancestor(claimLoop, '2000A');
  const subscriberHl = ancestor(claimLoop, '2000B');
  const patientHl = ancestor(claimLoop, '2000C');
  const id = el(clm, 1);
  if (id === '')
    report(ctx, 'x12.claim.value', 'CLM01 (patient control number) is missing', clm, claimLoop, 1);
  const sub = subscriberHl === undefined ? undefined : subscriber(ctx, subscriberHl);
  let patient: Person;
  let relationship: string;
  if (patientHl !== undefined) {
    patient = person(ctx, child(patientHl, '2010CA'));
    const pat = seg(patientHl, 'PAT');
    relationship = pat === undefined ? '' : pat.code(1);
  } else {
    patient = sub?.person ?? { name: { last: '' } };
    relationship = '18';
  }
  const c1 = clm.comp(5, 1);
  const c2 = clm.comp(5, 2);
  const c3 = clm.comp(5, 3);
  const claim: Claim = {
    kind: ctx.kind,
    id,
    totalCharge: amount(ctx, clm, claimLoop, 2),
    frequencyCode: c3,
    patient,
    patientRelationship: relationship,
    subscriber: sub ?? {
      person: { name: { last: '' } },
      memberId: '',
      payerResponsibility: '',
      payer: { name: '', id: '' },
    },
    otherSubscribers: [],
    providers: [],
    diagnoses: [],
    inpatientProcedures: [],
    institutionalCodes: [],
    lines: [],
  };
  if (c3 === '')
    report(ctx, 'x12.claim.value', 'CLM05-3 (claim frequency code) is missing', clm, claimLoop, 5, 3);
  // CLM05-2 says what CLM05-1 is: B a place of service (837P), A a UB facility type (837I).
  if (c2 === 'A' || (c2 === '' && ctx.kind === 'institutional')) {
    if (c1 !== '') claim.typeOfBill = c1 + c3;
  } else if (c1 !== '') {
    const pos = take(ctx, posCode(c1), 'x12.claim.code', clm, claimLoop, 5, 1);
    if (pos !== undefined) claim.placeOfService = pos;
  }
  header(claim, clm);
  dates(ctx, claim, claimLoop);
  references(claim, claimLoop);
  const cl1 = seg(claimLoop, 'CL1');
  if (cl1 !== undefined) {
    if (cl1.has(1)) claim.admissionType = el(cl1, 1);
    if (cl1.has(2)) claim.admissionSource = el(cl1, 2);
    if (cl1.has(3)) claim.patientStatus = el(cl1, 3);
  }
  const nte = seg(claimLoop, 'NTE');
  if (nte?.has(2)) claim.note = el(nte, 2);
  mapHealthCareCodes(ctx, claimLoop, claim);
  claim.providers = fitted(providers(ctx, claimLoop, billingHl));
  claim.otherSubscribers = fitted(otherSubscribers(ctx, claimLoop));
  claim.lines = fitted(serviceLines(ctx, claimLoop, claim.diagnoses.length, claim.statement?.from));
  claim.diagnoses = fitted(claim.diagnoses);
  if (claim.lines.length === 0)
    report(ctx, 'x12.claim.no-lines', `claim ${id} has no service line (2400)`, clm, claimLoop);
  else {
    const sum = sumCents(claim.lines.map((l) => l.charge));
    if (sum !== claim.totalCharge)
      report(
        ctx,
        'x12.claim.note',
        `CLM02 ${claim.totalCharge / 100} differs from the sum of line charges ${sum / 100}`,
        clm,
        claimLoop,
        2,
      );
  }
  return claim;
}

const yn = (clm: X12Segment, i: number): boolean | undefined =>
  clm.is(i, 'Y') ? true : clm.is(i, 'N') ? false : undefined;

function header(claim: Claim, clm: X12Segment): void {
  const signature = yn(clm, 6);
  if (signature !== undefined) claim.providerSignature = signature;
  if (clm.has(7)) claim.assignment = el(clm, 7);
  const assigned = yn(clm, 8);
  if (assigned !== undefined) claim.benefitsAssigned = assigned;
  if (clm.has(9)) claim.releaseOfInformation = el(clm, 9);
  if (clm.has(11)) {
    // CLM11-1..3 related causes, CLM11-4 the state of an auto accident.
    const related: string[] = [];
    for (let j = 1; j <= 3; j++) {
      const c = clm.comp(11, j);
      if (c !== '') related.push(c);
    }
    if (related.length > 0) claim.relatedCauses = related;
    const state = clm.comp(11, 4);
    if (state !== '') claim.accidentState = state;
  }
  if (clm.has(20)) claim.delayReason = el(clm, 20);
}

/** DTP01 qualifiers the claim model keeps (2300 DTP). */
const CLAIM_DATES = new Set(['431', '435', '096', '434', '439']);

function dates(ctx: MapContext, claim: Claim, loop: LoopNode): void {
  const segments = loop.segments;
  for (let k = 0; k < segments.length; k++) {
    const d = segments[k]!;
    if (d.tag !== 'DTP') continue;
    const q = el(d, 1);
    if (!CLAIM_DATES.has(q)) continue;
    if (q === '096' && el(d, 2) === 'TM') continue; // 837I discharge hour: not in the model
    const v = dtp(ctx, d, loop);
    if (v === undefined) continue;
    if (q === '431') claim.onset = v.from;
    else if (q === '439') claim.accidentDate = v.from;
    else if (q === '096') claim.discharge = v.from;
    else if (q === '435') {
      claim.admission = v.from;
      put(claim, 'admissionHour', v.time);
    } else {
      claim.statement = v.to === undefined ? { from: v.from } : { from: v.from, to: v.to };
    }
  }
}

/** 2300 REF qualifiers and the claim fields they fill, in the order they are looked for. */
const REFS: readonly (readonly [string, keyof Claim])[] = [
  ['G1', 'priorAuthorization'],
  ['9F', 'referralNumber'],
  ['F8', 'originalReference'],
  ['D9', 'clearinghouseTrace'],
  ['EA', 'medicalRecordNumber'],
];

function references(claim: Claim, loop: LoopNode): void {
  for (let k = 0; k < REFS.length; k++) {
    const [q, key] = REFS[k]!;
    const r = seg(loop, 'REF', 1, q);
    if (r?.has(2)) (claim as unknown as Record<string, string>)[key] = el(r, 2);
  }
}

function providers(ctx: MapContext, claimLoop: LoopNode, billingHl: LoopNode | undefined): Provider[] {
  const out: Provider[] = [];
  if (billingHl !== undefined) {
    const billing = child(billingHl, '2010AA');
    if (billing !== undefined) out.push(billingProvider(ctx, billing, billingHl));
    const payTo = child(billingHl, '2010AB');
    if (payTo !== undefined) out.push(provider(ctx, payTo, 'payTo'));
  }
  const loops = claimLoop.loops;
  for (let k = 0; k < loops.length; k++) {
    const l = loops[k]!;
    if (!l.id.startsWith('2310')) continue;
    const role = roleOfEntity(el(seg(l, 'NM1')!, 1));
    if (role !== undefined) out.push(provider(ctx, l, role));
  }
  return out;
}

/** 2010AA, read once per 2000A loop when it reads cleanly (see MapContext.billing). */
function billingProvider(ctx: MapContext, loop: LoopNode, hl: LoopNode): Provider {
  const cache = ctx.billing;
  if (cache?.hl === hl && cache.segments === hl.segments.length && cache.provider !== undefined)
    return copyProvider(cache.provider);
  const before = ctx.problems.length;
  const p = provider(ctx, loop, 'billing', hl);
  if (cache !== undefined) {
    cache.hl = hl;
    cache.segments = hl.segments.length;
    cache.provider = ctx.problems.length === before ? copyProvider(p) : undefined;
  }
  return p;
}

/** A provider's own copy: every claim owns its objects (keys in the same order). */
function copyProvider(p: Provider): Provider {
  const c: Provider = { ...p, name: { ...p.name } };
  if (p.address !== undefined) c.address = { ...p.address };
  if (p.secondaryIds !== undefined) c.secondaryIds = p.secondaryIds.map((s) => ({ ...s }));
  return c;
}
