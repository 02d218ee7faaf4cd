/**
 * @module x837/write-claim
 * The 2300 loop and everything below it from one claim: CLM, claim dates, CL1, REF, NTE, HI,
 * 2310 providers, 2320/2330 other payers and the 2400 lines with 2410/2420/2430. The inverse of
 * x837/map-claim.ts: each value goes back to the element it is read from.
 */
import {
  type Adjustment,
  type Claim,
  type Diagnosis,
  formatX12Amount,
  type IsoDate,
  type LineAdjudication,
  type ServiceLine,
} from '@medcode/domain';
import type { SegmentWriter } from '../writer/segment-writer.ts';
import { address, nm1, providerLoop } from './write-parties.ts';

const x12Date = (d: IsoDate): string => d.replaceAll('-', '');
const yn = (b: boolean | undefined): string | undefined => (b === undefined ? undefined : b ? 'Y' : 'N');
const num = (n: number): string => String(n);

export function writeClaim(w: SegmentWriter, c: Claim): void {
  const freq = c.frequencyCode;
  let clm05: (string | undefined)[];
  if (c.typeOfBill !== undefined)
    clm05 = [
      c.typeOfBill.endsWith(freq) && freq !== ''
        ? c.typeOfBill.slice(0, c.typeOfBill.length - freq.length)
        : c.typeOfBill.slice(0, 2),
      'A',
      freq,
    ];
  else
    clm05 = [c.placeOfService, c.placeOfService !== undefined || c.kind === 'professional' ? 'B' : 'A', freq];
  const causes = c.relatedCauses ?? [];
  const clm11 =
    causes.length > 0 || c.accidentState !== undefined
      ? [causes[0], causes[1], causes[2], c.accidentState]
      : undefined;
  // CLM12 .. CLM20; only CLM20 (delay reason) is in the model.
  const tail: (string | undefined)[] = new Array(9).fill(undefined);
  if (c.delayReason !== undefined) tail[8] = c.delayReason;
  w.seg(
    'CLM',
    c.id,
    formatX12Amount(c.totalCharge),
    undefined,
    undefined,
    clm05,
    yn(c.providerSignature),
    c.assignment,
    yn(c.benefitsAssigned),
    c.releaseOfInformation,
    undefined,
    clm11,
    ...tail,
  );
  if (c.onset !== undefined) w.seg('DTP', '431', 'D8', x12Date(c.onset));
  if (c.accidentDate !== undefined) w.seg('DTP', '439', 'D8', x12Date(c.accidentDate));
  if (c.discharge !== undefined) w.seg('DTP', '096', 'D8', x12Date(c.discharge));
  if (c.statement !== undefined) span(w, '434', c.statement.from, c.statement.to);
  if (c.admission !== undefined)
    w.seg(
      'DTP',
      '435',
      c.admissionHour === undefined ? 'D8' : 'DT',
      x12Date(c.admission) + (c.admissionHour ?? ''),
    );
  if (c.admissionType !== undefined || c.admissionSource !== undefined || c.patientStatus !== undefined)
    w.seg('CL1', c.admissionType, c.admissionSource, c.patientStatus);
  const refs: [string, string | undefined][] = [
    ['9F', c.referralNumber],
    ['G1', c.priorAuthorization],
    ['F8', c.originalReference],
    ['D9', c.clearinghouseTrace],
    ['EA', c.medicalRecordNumber],
  ];
  for (const [q, v] of refs) if (v !== undefined) w.seg('REF', q, v);
  if (c.note !== undefined) w.seg('NTE', c.kind === 'institutional' ? 'UPI' : 'ADD', c.note);
  healthCareCodes(w, c);
  for (const p of c.providers) if (p.role !== 'billing' && p.role !== 'payTo') providerLoop(w, p);
  for (const o of c.otherSubscribers) {
    const s = o.subscriber;
    w.seg(
      'SBR',
      s.payerResponsibility,
      o.patientRelationship,
      s.groupNumber,
      s.groupName,
      s.insuranceType,
      undefined,
      undefined,
      undefined,
      s.claimFilingIndicator,
    );
    adjustments(w, o.adjustments);
    if (o.paidAmount !== undefined) w.seg('AMT', 'D', formatX12Amount(o.paidAmount));
    w.seg('OI', undefined, undefined, 'Y', undefined, undefined, 'Y');
    nm1(w, 'IL', '1', s.person.name, 'MI', s.memberId);
    address(w, s.person.address);
    nm1(w, 'PR', '2', { last: s.payer.name }, 'PI', s.payer.id);
    address(w, s.payer.address);
  }
  for (const l of c.lines) line(w, c, l);
}

function span(w: SegmentWriter, q: string, from: IsoDate, to: IsoDate | undefined): void {
  if (to === undefined) w.seg('DTP', q, 'D8', x12Date(from));
  else w.seg('DTP', q, 'RD8', `${x12Date(from)}-${x12Date(to)}`);
}

const DX_QUALIFIER: Record<Diagnosis['kind'], [string, string]> = {
  principal: ['ABK', 'BK'],
  other: ['ABF', 'BF'],
  admitting: ['ABJ', 'BJ'],
  reasonForVisit: ['APR', 'PR'],
  externalCause: ['ABN', 'BN'],
};

/** HI: diagnoses in claim order (12 composites a segment; 837I: one category a segment), then DRG, procedures, other codes. */
function healthCareCodes(w: SegmentWriter, c: Claim): void {
  const composites: { group: string; value: (string | undefined)[] }[] = [];
  for (const d of c.diagnoses) {
    const q = DX_QUALIFIER[d.kind][d.codeSystem === 'icd9cm' ? 1 : 0];
    const v: (string | undefined)[] = [q, d.code];
    if (d.poa !== undefined) v.push(undefined, undefined, undefined, undefined, undefined, undefined, d.poa);
    composites.push({ group: c.kind === 'professional' ? 'dx' : q, value: v });
  }
  if (c.drg !== undefined) composites.push({ group: 'DR', value: ['DR', c.drg] });
  for (const p of c.inpatientProcedures) {
    const q = p.codeSystem === 'icd9cm' ? (p.principal ? 'BR' : 'BQ') : p.principal ? 'BBR' : 'BBQ';
    const v: (string | undefined)[] = [q, p.code];
    if (p.date !== undefined) v.push('D8', x12Date(p.date));
    composites.push({ group: q, value: v });
  }
  for (const ic of c.institutionalCodes) {
    const v: (string | undefined)[] = [ic.qualifier, ic.code];
    if (ic.date !== undefined)
      v.push(
        ic.dateTo === undefined ? 'D8' : 'RD8',
        x12Date(ic.date) + (ic.dateTo === undefined ? '' : `-${x12Date(ic.dateTo)}`),
      );
    else if (ic.amount !== undefined) v.push(undefined, undefined);
    if (ic.amount !== undefined) v.push(formatX12Amount(ic.amount));
    composites.push({ group: ic.qualifier, value: v });
  }
  let current: (string | undefined)[][] = [];
  let group = '';
  const flush = (): void => {
    if (current.length > 0) w.seg('HI', ...current);
    current = [];
  };
  for (const x of composites) {
    // Principal diagnosis and principal procedure stand alone in their HI segment.
    if (x.group !== group || current.length === 12 || ['ABK', 'BK', 'BBR', 'BR', 'DR'].includes(x.group))
      flush();
    group = x.group;
    current.push(x.value);
  }
  flush();
}

function adjustments(w: SegmentWriter, list: readonly Adjustment[]): void {
  let i = 0;
  while (i < list.length) {
    const group = list[i]!.group;
    const triples: (string | undefined)[] = [];
    while (i < list.length && list[i]!.group === group && triples.length < 18) {
      const a = list[i]!;
      triples.push(
        a.reason,
        formatX12Amount(a.amount),
        a.quantity === undefined ? undefined : num(a.quantity),
      );
      i++;
    }
    w.seg('CAS', group, ...triples);
  }
}

function procedureComposite(
  l: Pick<ServiceLine, 'procedure' | 'modifiers' | 'description'>,
): (string | undefined)[] {
  const m = l.modifiers;
  return [l.procedure === undefined ? undefined : 'HC', l.procedure, m[0], m[1], m[2], m[3], l.description];
}

function line(w: SegmentWriter, c: Claim, l: ServiceLine): void {
  w.seg('LX', num(l.lineNumber));
  if (l.revenueCode !== undefined || (c.kind === 'institutional' && l.diagnosisPointers.length === 0))
    w.seg(
      'SV2',
      l.revenueCode,
      procedureComposite(l),
      formatX12Amount(l.charge),
      l.unitKind,
      num(l.units),
      undefined,
      l.nonCoveredCharge === undefined ? undefined : formatX12Amount(l.nonCoveredCharge),
    );
  else
    w.seg(
      'SV1',
      procedureComposite(l),
      formatX12Amount(l.charge),
      l.unitKind,
      num(l.units),
      l.placeOfService,
      undefined,
      l.diagnosisPointers.map(num),
      undefined,
      yn(l.emergency),
    );
  span(w, '472', l.serviceDate, l.serviceDateTo);
  if (l.controlNumber !== undefined) w.seg('REF', '6R', l.controlNumber);
  if (l.drug !== undefined) {
    w.seg('LIN', undefined, 'N4', l.drug.ndc);
    w.seg('CTP', undefined, undefined, undefined, num(l.drug.quantity), [l.drug.unit]);
    if (l.drug.prescriptionNumber !== undefined) w.seg('REF', 'XZ', l.drug.prescriptionNumber);
  }
  for (const p of l.providers) providerLoop(w, p);
  for (const a of l.priorAdjudications) lineAdjudication(w, a);
}

function lineAdjudication(w: SegmentWriter, a: LineAdjudication): void {
  const m = a.modifiers;
  w.seg(
    'SVD',
    a.payerId,
    formatX12Amount(a.paid),
    [a.procedure === undefined ? undefined : 'HC', a.procedure, m[0], m[1], m[2], m[3]],
    undefined,
    num(a.units),
  );
  adjustments(w, a.adjustments);
  if (a.adjudicatedOn !== undefined) w.seg('DTP', '573', 'D8', x12Date(a.adjudicatedOn));
}
