/**
 * @module x837/write837
 * `write837`: claims to an 837 interchange. Professional claims go into a functional group with
 * GS08 005010X222A1, institutional ones into a group with 005010X223A2. Each transaction set
 * holds at most `claimsPerTransaction` claims (the TR3 limit is 5000). Consecutive claims with the
 * same billing and pay-to provider share a 2000A level; each claim gets its own 2000B subscriber
 * level and, when the patient is not the subscriber, a 2000C patient level.
 */
import type { Claim, Provider } from '@medcode/domain';
import {
  type EnvelopeOptions,
  type GroupSpec,
  stamp,
  type TransactionSpec,
  writeInterchange,
} from '../writer/envelope.ts';
import type { SegmentWriter } from '../writer/segment-writer.ts';
import { writeClaim } from './write-claim.ts';
import { address, demographics, nm1, providerLoop } from './write-parties.ts';

export interface Write837Options extends EnvelopeOptions {
  /** 1000A submitter (defaults: the sender id, no contact). */
  submitter?: { name: string; id?: string; contactName?: string; phone?: string; email?: string };
  /** 1000B receiver name (default: the receiver id). */
  receiverName?: string;
  /** BHT06: CH chargeable (default), RP reporting (encounters). */
  claimOrEncounter?: 'CH' | 'RP';
  /** BHT03 originator reference, default the ST control number. */
  reference?: string;
  claimsPerTransaction?: number;
  /** Implementation references (GS08/ST03). */
  professionalVersion?: string;
  institutionalVersion?: string;
}

export const PROFESSIONAL_VERSION = '005010X222A1';
export const INSTITUTIONAL_VERSION = '005010X223A2';

export function write837(claims: readonly Claim[], opts: Write837Options): string {
  const groups: GroupSpec[] = [];
  const per = Math.max(1, Math.min(opts.claimsPerTransaction ?? 5000, 5000));
  for (const kind of ['professional', 'institutional'] as const) {
    const mine = claims.filter((c) => c.kind === kind);
    if (mine.length === 0) continue;
    const version =
      kind === 'professional'
        ? (opts.professionalVersion ?? PROFESSIONAL_VERSION)
        : (opts.institutionalVersion ?? INSTITUTIONAL_VERSION);
    const sets: TransactionSpec[] = [];
    for (let i = 0; i < mine.length; i += per) {
      const batch = mine.slice(i, i + per);
      sets.push({
        setId: '837',
        reference: version,
        body: (w, control) => transaction(w, control, batch, opts),
      });
    }
    groups.push({ functionalId: 'HC', version, sets });
  }
  return writeInterchange(opts, groups);
}

function transaction(
  w: SegmentWriter,
  control: string,
  claims: readonly Claim[],
  opts: Write837Options,
): void {
  const { date, time } = stamp(opts);
  w.seg('BHT', '0019', '00', opts.reference ?? control, date, time, opts.claimOrEncounter ?? 'CH');
  const sub = opts.submitter ?? { name: opts.sender.id };
  nm1(w, '41', '2', { last: sub.name }, '46', sub.id ?? opts.sender.id);
  const contact: (string | undefined)[] = [];
  if (sub.phone !== undefined) contact.push('TE', sub.phone);
  if (sub.email !== undefined) contact.push('EM', sub.email);
  w.seg('PER', 'IC', sub.contactName ?? sub.name, ...contact);
  nm1(w, '40', '2', { last: opts.receiverName ?? opts.receiver.id }, '46', opts.receiver.id);
  let hl = 0;
  let billingHl = 0;
  let billingKey = '';
  for (const c of claims) {
    const billing = c.providers.find((p) => p.role === 'billing');
    const payTo = c.providers.find((p) => p.role === 'payTo');
    const key = JSON.stringify([billing, payTo]);
    if (key !== billingKey || billingHl === 0) {
      billingHl = ++hl;
      billingKey = key;
      w.seg('HL', String(billingHl), undefined, '20', '1');
      billingLevel(w, billing, payTo);
    }
    const self = c.patientRelationship === '18';
    const subscriberHl = ++hl;
    w.seg('HL', String(subscriberHl), String(billingHl), '22', self ? '0' : '1');
    subscriberLevel(w, c);
    if (!self) {
      w.seg('HL', String(++hl), String(subscriberHl), '23', '0');
      w.seg('PAT', c.patientRelationship);
      nm1(w, 'QC', '1', c.patient.name);
      address(w, c.patient.address);
      demographics(w, c.patient);
    }
    writeClaim(w, c);
  }
}

function billingLevel(w: SegmentWriter, billing: Provider | undefined, payTo: Provider | undefined): void {
  if (billing === undefined) return;
  if (billing.taxonomy !== undefined) w.seg('PRV', 'BI', 'PXC', billing.taxonomy);
  providerLoop(w, billing, false);
  if (payTo !== undefined) providerLoop(w, payTo, false);
}

function subscriberLevel(w: SegmentWriter, c: Claim): void {
  const s = c.subscriber;
  w.seg(
    'SBR',
    s.payerResponsibility,
    s.relationship,
    s.groupNumber,
    s.groupName,
    s.insuranceType,
    undefined,
    undefined,
    undefined,
    s.claimFilingIndicator,
  );
  nm1(w, 'IL', '1', s.person.name, 'MI', s.memberId);
  address(w, s.person.address);
  demographics(w, s.person);
  nm1(w, 'PR', '2', { last: s.payer.name }, 'PI', s.payer.id);
  address(w, s.payer.address);
}
