/**
 * @module ack/write277ca
 * The 277CA health care claim acknowledgment (ASC X12 005010X214): 2000A information source
 * (NM1*PR or AY, TRN, DTP*050 received, DTP*009 processed), 2000B information receiver (NM1*41,
 * TRN, STC with totals: QTY*90 accepted / QTY*AA rejected, AMT*YU / AMT*YY), 2000C billing
 * provider (NM1*85, TRN, STC, QTY*QA / QTY*QC, AMT), 2000D patient per claim (NM1*QC, TRN*2
 * with the claim id, STC with WQ accepted or U rejected, REF*1K, REF*D9, REF*BLT, DTP*472).
 */
import {
  type ClaimAcknowledgment,
  type ClaimAcknowledgmentReport,
  formatX12Amount,
  type IsoDate,
  sumCents,
} from '@medcode/domain';
import { type EnvelopeOptions, stamp, writeInterchange } from '../writer/envelope.ts';
import type { SegmentWriter } from '../writer/segment-writer.ts';

export const CLAIM_ACK_VERSION = '005010X214';

const d8 = (d: IsoDate): string => d.replaceAll('-', '');

export function write277ca(
  report: ClaimAcknowledgmentReport,
  opts: EnvelopeOptions & { reference?: string },
): string {
  return writeInterchange(opts, [
    {
      functionalId: 'HN',
      version: CLAIM_ACK_VERSION,
      sets: [
        { setId: '277', reference: CLAIM_ACK_VERSION, body: (w, control) => body(w, control, report, opts) },
      ],
    },
  ]);
}

function totals(
  w: SegmentWriter,
  claims: readonly ClaimAcknowledgment[],
  accepted: string,
  rejected: string,
): void {
  const ok = claims.filter((c) => c.status === 'accepted');
  const bad = claims.filter((c) => c.status === 'rejected');
  if (ok.length > 0) w.seg('QTY', accepted, String(ok.length));
  if (bad.length > 0) w.seg('QTY', rejected, String(bad.length));
  if (ok.length > 0) w.seg('AMT', 'YU', formatX12Amount(sumCents(ok.map((c) => c.totalCharge))));
  if (bad.length > 0) w.seg('AMT', 'YY', formatX12Amount(sumCents(bad.map((c) => c.totalCharge))));
}

function body(
  w: SegmentWriter,
  control: string,
  r: ClaimAcknowledgmentReport,
  opts: EnvelopeOptions & { reference?: string },
): void {
  const { date, time } = stamp(opts);
  const processed = d8(r.processed);
  w.seg('BHT', '0085', '08', opts.reference ?? control, date, time, 'TH');
  let hl = 0;
  const source = ++hl;
  w.seg('HL', String(source), undefined, '20', '1');
  w.seg(
    'NM1',
    r.source.idQualifier === '46' ? 'AY' : 'PR',
    '2',
    r.source.name,
    undefined,
    undefined,
    undefined,
    undefined,
    r.source.idQualifier,
    r.source.id,
  );
  w.seg('TRN', '1', opts.reference ?? control);
  w.seg('DTP', '050', 'D8', d8(r.received));
  w.seg('DTP', '009', 'D8', processed);
  const receiver = ++hl;
  w.seg('HL', String(receiver), String(source), '21', '1');
  w.seg(
    'NM1',
    '41',
    '2',
    r.receiver.name,
    undefined,
    undefined,
    undefined,
    undefined,
    r.receiver.idQualifier,
    r.receiver.id,
  );
  w.seg('TRN', '2', opts.reference ?? control);
  const total = formatX12Amount(sumCents(r.claims.map((c) => c.totalCharge)));
  w.seg('STC', ['A1', '19'], processed, 'WQ', total);
  totals(w, r.claims, '90', 'AA');
  // 2000C: one level per billing provider, claims in the order given within it.
  const byProvider = new Map<string, ClaimAcknowledgment[]>();
  for (const c of r.claims) {
    const key = JSON.stringify(c.billingProvider);
    byProvider.set(key, [...(byProvider.get(key) ?? []), c]);
  }
  for (const claims of byProvider.values()) {
    const p = claims[0]!.billingProvider;
    const provider = ++hl;
    w.seg('HL', String(provider), String(receiver), '19', '1');
    w.seg(
      'NM1',
      '85',
      '2',
      p.name,
      undefined,
      undefined,
      undefined,
      undefined,
      p.npi === undefined ? undefined : 'XX',
      p.npi,
    );
    // TRN02 is mandatory: a provider known by nothing (a claim unreadable from its start) is traced by its HL01.
    w.seg('TRN', '1', p.npi || p.taxId || p.name || String(provider));
    if (p.taxId !== undefined) w.seg('REF', 'TJ', p.taxId);
    w.seg('STC', ['A1', '19'], processed, 'WQ', formatX12Amount(sumCents(claims.map((c) => c.totalCharge))));
    totals(w, claims, 'QA', 'QC');
    for (const c of claims) {
      w.seg('HL', String(++hl), String(provider), 'PT');
      const n = c.patient.name;
      w.seg(
        'NM1',
        'QC',
        '1',
        n.last,
        n.first,
        n.middle,
        undefined,
        n.suffix,
        c.patient.memberId === '' ? undefined : 'MI',
        c.patient.memberId || undefined,
      );
      w.seg('TRN', '2', c.claimId);
      const [first, second, third] = c.codes;
      const stc = (s: typeof first): (string | undefined)[] | undefined =>
        s === undefined ? undefined : [s.category, s.status, s.entity];
      w.seg(
        'STC',
        stc(first),
        processed,
        c.status === 'accepted' ? 'WQ' : 'U',
        formatX12Amount(c.totalCharge),
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        stc(second),
        stc(third),
        c.message,
      );
      if (c.payerClaimControlNumber !== undefined) w.seg('REF', '1K', c.payerClaimControlNumber);
      if (c.clearinghouseTrace !== undefined) w.seg('REF', 'D9', c.clearinghouseTrace);
      if (c.billType !== undefined) w.seg('REF', 'BLT', c.billType);
      if (c.serviceDate !== undefined)
        w.seg(
          'DTP',
          '472',
          c.serviceDate.to === undefined ? 'D8' : 'RD8',
          c.serviceDate.to === undefined
            ? d8(c.serviceDate.from)
            : `${d8(c.serviceDate.from)}-${d8(c.serviceDate.to)}`,
        );
    }
  }
}
