/**
 * @module x835/write835
 * `write835`: remittances to an 835 interchange (005010X221A1), one transaction set each: BPR,
 * TRN, REF*EV, DTM*405, 1000A payer (N1*PR, N3/N4, REF), 1000B payee (N1*PE), one 2000 header
 * number (LX*1), and per claim CLP, CAS, NM1 QC/IL/82, MOA remarks, DTM 232/233/050, AMT*AU,
 * then per service SVC, DTM, CAS, REF*6R, AMT*B6, LQ*HE; PLB last. A remittance that does not
 * balance (TR3 section 1.10.2) is refused: an unbalanced 835 is a bug in whoever built it.
 */
import {
  type Adjustment,
  type BankAccount,
  type ClaimPayment,
  formatX12Amount,
  type IsoDate,
  MedcodeError,
  type Remittance,
  type RemittanceParty,
  type RemittancePerson,
  remittanceImbalances,
  type ServicePayment,
} from '@medcode/domain';
import { type EnvelopeOptions, writeInterchange } from '../writer/envelope.ts';
import type { SegmentWriter } from '../writer/segment-writer.ts';

export const REMITTANCE_VERSION = '005010X221A1';

export interface Write835Options extends EnvelopeOptions {
  /** Write even when the balancing rules fail (for testing receivers). Default false. */
  allowUnbalanced?: boolean;
}

const d8 = (d: IsoDate): string => d.replaceAll('-', '');
const amt = formatX12Amount;

export function write835(remittances: readonly Remittance[], opts: Write835Options): string {
  if (opts.allowUnbalanced !== true)
    remittances.forEach((r, i) => {
      const broken = remittanceImbalances(r);
      if (broken.length > 0)
        throw new MedcodeError('bad-input', `remittance ${i + 1} does not balance: ${broken.join('; ')}`, {
          place: { field: `remittances[${i}]` },
        });
    });
  return writeInterchange(opts, [
    {
      functionalId: 'HP',
      version: REMITTANCE_VERSION,
      sets: remittances.map((r) => ({
        setId: '835',
        reference: REMITTANCE_VERSION,
        body: (w) => body(w, r),
      })),
    },
  ]);
}

function bank(b: BankAccount | undefined): (string | undefined)[] {
  return b === undefined
    ? [undefined, undefined, undefined, undefined]
    : [b.dfiQualifier, b.dfiNumber, b.accountQualifier, b.accountNumber];
}

function body(w: SegmentWriter, r: Remittance): void {
  const p = r.payment;
  w.seg(
    'BPR',
    p.handling,
    amt(p.amount),
    p.creditDebit,
    p.method,
    p.format,
    ...bank(p.payerBank),
    p.originatingCompanyId,
    undefined,
    ...bank(p.payeeBank),
    d8(p.date),
  );
  w.seg('TRN', '1', r.trace.number, r.trace.originatorId, r.trace.supplemental);
  if (r.receiverId !== undefined) w.seg('REF', 'EV', r.receiverId);
  if (r.productionDate !== undefined) w.seg('DTM', '405', d8(r.productionDate));
  party(w, 'PR', r.payer);
  party(w, 'PE', r.payee);
  if (r.claims.length > 0) w.seg('LX', '1');
  for (const c of r.claims) claim(w, c);
  for (const plb of r.providerAdjustments) {
    const pairs: (string | (string | undefined)[])[] = [];
    for (const i of plb.items.slice(0, 6)) pairs.push([i.reason, i.reference], amt(i.amount));
    w.seg('PLB', plb.providerId, d8(plb.fiscalPeriodEnd), ...pairs);
  }
}

function party(w: SegmentWriter, code: string, p: RemittanceParty): void {
  w.seg('N1', code, p.name, p.id === undefined ? undefined : p.idQualifier, p.id);
  if (p.address !== undefined) {
    w.seg('N3', p.address.line1, p.address.line2);
    w.seg('N4', p.address.city, p.address.state, p.address.postalCode, p.address.country);
  }
  if (p.additionalId !== undefined) w.seg('REF', p.additionalId.qualifier, p.additionalId.id);
}

function person(w: SegmentWriter, code: string, p: RemittancePerson): void {
  const n = p.name;
  w.seg(
    'NM1',
    code,
    '1',
    n.last,
    n.first,
    n.middle,
    undefined,
    n.suffix,
    p.id === undefined ? undefined : p.idQualifier,
    p.id,
  );
}

function cas(w: SegmentWriter, list: readonly Adjustment[]): void {
  let i = 0;
  while (i < list.length) {
    const group = list[i]!.group;
    const triples: (string | undefined)[] = [];
    while (i < list.length && list[i]!.group === group && triples.length < 18) {
      const a = list[i]!;
      triples.push(a.reason, amt(a.amount), a.quantity === undefined ? undefined : String(a.quantity));
      i++;
    }
    w.seg('CAS', group, ...triples);
  }
}

function claim(w: SegmentWriter, c: ClaimPayment): void {
  w.seg(
    'CLP',
    c.claimId,
    c.status,
    amt(c.billed),
    amt(c.paid),
    c.patientResponsibility === undefined ? undefined : amt(c.patientResponsibility),
    c.filingIndicator,
    c.payerClaimControlNumber,
    c.facilityType,
    c.frequencyCode,
    undefined,
    c.drg,
  );
  cas(w, c.adjustments);
  person(w, 'QC', c.patient);
  if (c.insured !== undefined) person(w, 'IL', c.insured);
  const rp = c.renderingProvider;
  if (rp !== undefined)
    w.seg(
      'NM1',
      '82',
      rp.entity === 'person' ? '1' : '2',
      rp.name.last,
      rp.name.first,
      rp.name.middle,
      undefined,
      rp.name.suffix,
      rp.npi === undefined ? undefined : 'XX',
      rp.npi,
    );
  if (c.remarks.length > 0) w.seg('MOA', undefined, undefined, ...c.remarks.slice(0, 5));
  if (c.statement !== undefined) {
    w.seg('DTM', '232', d8(c.statement.from));
    if (c.statement.to !== undefined) w.seg('DTM', '233', d8(c.statement.to));
  }
  if (c.received !== undefined) w.seg('DTM', '050', d8(c.received));
  if (c.coverageAmount !== undefined) w.seg('AMT', 'AU', amt(c.coverageAmount));
  for (const s of c.services) service(w, s);
}

function service(w: SegmentWriter, s: ServicePayment): void {
  const m = s.modifiers;
  let head: (string | undefined)[];
  let rev = s.revenueCode;
  if (s.procedure !== undefined) head = ['HC', s.procedure];
  else if (s.otherProcedure !== undefined) head = [s.otherProcedure.qualifier, s.otherProcedure.code];
  else {
    head = ['NU', s.revenueCode];
    rev = undefined;
  }
  w.seg(
    'SVC',
    [...head, m[0], m[1], m[2], m[3]],
    amt(s.billed),
    amt(s.paid),
    rev,
    s.units === undefined ? undefined : String(s.units),
    s.submitted === undefined ? undefined : [s.submitted.qualifier, s.submitted.code],
    s.submitted?.units === undefined ? undefined : String(s.submitted.units),
  );
  if (s.serviceDate !== undefined) {
    if (s.serviceDateTo === undefined) w.seg('DTM', '472', d8(s.serviceDate));
    else {
      w.seg('DTM', '150', d8(s.serviceDate));
      w.seg('DTM', '151', d8(s.serviceDateTo));
    }
  }
  cas(w, s.adjustments);
  if (s.controlNumber !== undefined) w.seg('REF', '6R', s.controlNumber);
  if (s.allowed !== undefined) w.seg('AMT', 'B6', amt(s.allowed));
  for (const r of s.remarks) w.seg('LQ', 'HE', r);
}
