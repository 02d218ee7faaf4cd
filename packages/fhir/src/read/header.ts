/**
 * @module read/header
 * The claim header from Claim / ExplanationOfBenefit: kind from type, patient control number
 * from identifier, the supportingInfo categories written by write/supporting-info (and the
 * R4 and CARIN ones other senders use), billablePeriod, referral, related claim.
 */
import type { Claim, InstitutionalCode, IsoDate, Provider } from '@medcode/domain';
import { parsePos } from '@medcode/domain';
import type { ClaimSupportingInfo, Identifier, Period, Reference } from '@medplum/fhirtypes';
import { CLAIM_TYPE_SYSTEMS, SYS } from '../systems.ts';
import { INFO } from '../write/supporting-info.ts';
import { bool, cents, codingIn, codings, day, isObject, list, type ReadContext, str } from './context.ts';
import { isPosSystem } from './items.ts';
import { readProvider } from './parties.ts';
import type { AnyResource, ResourcePool } from './pool.ts';

/** The header fields read from supportingInfo and friends. */
export type Header = Partial<
  Pick<
    Claim,
    | 'placeOfService'
    | 'typeOfBill'
    | 'providerSignature'
    | 'assignment'
    | 'benefitsAssigned'
    | 'releaseOfInformation'
    | 'relatedCauses'
    | 'delayReason'
    | 'accidentState'
    | 'medicalRecordNumber'
    | 'admission'
    | 'admissionHour'
    | 'discharge'
    | 'onset'
    | 'admissionType'
    | 'admissionSource'
    | 'patientStatus'
    | 'drg'
    | 'note'
  >
> & {
  frequencyCode?: string;
  patientAccountNumber?: string;
  institutionalCodes: InstitutionalCode[];
  serviceFacility?: Provider;
};

export function readKind(ctx: ReadContext, type: unknown, path: string): Claim['kind'] {
  const c = codingIn(ctx, type as never, path, CLAIM_TYPE_SYSTEMS);
  if (c?.code === 'institutional' || c?.code === 'professional') return c.code;
  if (c === undefined) ctx.note('defaulted', path, 'no claim type: read as professional');
  else ctx.note('dropped', c.path, `claim type "${c.code}" has no place in the model: read as professional`);
  return 'professional';
}

/** CLM01: our identifier, else the first identifier, else the resource id. */
export function readClaimId(ctx: ReadContext, res: AnyResource, header: Header, path: string): string {
  const ids = list<Identifier>(ctx, res.identifier as Identifier[] | undefined, `${path}.identifier`);
  const ours = ids.find((i) => i.system === SYS.patientControlNumber);
  const value = (i: Identifier | undefined) => (typeof i?.value === 'string' ? i.value : undefined);
  const id = value(ours) ?? header.patientAccountNumber ?? value(ids[0]) ?? res.id;
  if (id !== undefined) return id;
  ctx.note('defaulted', `${path}.identifier`, 'no identifier and no id: claim id left empty');
  return '';
}

export const readIdentifier = (ctx: ReadContext, res: AnyResource, path: string, system: string) =>
  list<Identifier>(ctx, res.identifier as Identifier[] | undefined, `${path}.identifier`).find(
    (i) => i.system === system && typeof i.value === 'string',
  )?.value;

function period(ctx: ReadContext, p: Period | undefined, path: string): { start?: IsoDate; end?: IsoDate } {
  if (!isObject(p)) return {};
  const start = day(ctx, p.start, `${path}.start`);
  const end = day(ctx, p.end, `${path}.end`);
  return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
}

/** UB-04 FL4 type of bill "0131" → the model's "131". */
const typeOfBill = (code: string): string => (/^0\d{3}$/.test(code) ? code.slice(1) : code);

type Handler = (h: Header, info: ClaimSupportingInfo, path: string) => void;

function handlers(ctx: ReadContext, pool: ResourcePool, container: AnyResource): Record<string, Handler> {
  const s = (v: unknown, p: string) => str(ctx, v, p);
  const code = (info: ClaimSupportingInfo, p: string) => codings(ctx, info.code, `${p}.code`)[0]?.code;
  const stay = (h: Header, info: ClaimSupportingInfo, p: string) => {
    const { start, end } = period(ctx, info.timingPeriod, `${p}.timingPeriod`);
    if (start !== undefined) h.admission = start;
    if (end !== undefined) h.discharge = end;
  };
  const mine: Record<string, Handler> = {
    [INFO.frequency]: (h, i, p) => set(h, 'frequencyCode', s(i.valueString, `${p}.valueString`)),
    [INFO.placeOfService]: (h, i, p) => {
      const c = code(i, p);
      const pos = c === undefined ? undefined : parsePos(c);
      if (pos?.ok) h.placeOfService = pos.value;
      else ctx.note('dropped', `${p}.code`, `not a place-of-service code: ${c ?? '(none)'}`);
    },
    [INFO.providerSignature]: (h, i, p) =>
      set(h, 'providerSignature', bool(ctx, i.valueBoolean, `${p}.valueBoolean`)),
    [INFO.assignment]: (h, i, p) => set(h, 'assignment', s(i.valueString, `${p}.valueString`)),
    [INFO.benefitsAssigned]: (h, i, p) =>
      set(h, 'benefitsAssigned', bool(ctx, i.valueBoolean, `${p}.valueBoolean`)),
    [INFO.releaseOfInformation]: (h, i, p) =>
      set(h, 'releaseOfInformation', s(i.valueString, `${p}.valueString`)),
    [INFO.relatedCause]: (h, i, p) => {
      const v = s(i.valueString, `${p}.valueString`);
      if (v !== undefined) h.relatedCauses = [...(h.relatedCauses ?? []), v];
    },
    [INFO.delayReason]: (h, i, p) => set(h, 'delayReason', s(i.valueString, `${p}.valueString`)),
    [INFO.accidentState]: (h, i, p) => set(h, 'accidentState', s(i.valueString, `${p}.valueString`)),
    [INFO.admissionHour]: (h, i, p) => set(h, 'admissionHour', s(i.valueString, `${p}.valueString`)),
  };
  const carin: Record<string, Handler> = {
    typeofbill: (h, i, p) => {
      const c = code(i, p);
      if (c !== undefined) h.typeOfBill = typeOfBill(c);
    },
    medicalrecordnumber: (h, i, p) => set(h, 'medicalRecordNumber', s(i.valueString, `${p}.valueString`)),
    patientaccountnumber: (h, i, p) => set(h, 'patientAccountNumber', s(i.valueString, `${p}.valueString`)),
    admissionperiod: stay,
    admtype: (h, i, p) => set(h, 'admissionType', code(i, p)),
    pointoforigin: (h, i, p) => set(h, 'admissionSource', code(i, p)),
    'discharge-status': (h, i, p) => set(h, 'patientStatus', code(i, p)),
    drg: (h, i, p) => set(h, 'drg', code(i, p)),
    servicefacility: (h, i, p) => {
      const f = readProvider(
        ctx,
        pool,
        container,
        i.valueReference as Reference,
        'serviceFacility',
        `${p}.valueReference`,
        'organization',
      );
      if (f !== undefined) h.serviceFacility = f;
    },
  };
  const r4: Record<string, Handler> = {
    onset: (h, i, p) => set(h, 'onset', day(ctx, i.timingDate, `${p}.timingDate`)),
    info: (h, i, p) => set(h, 'note', s(i.valueString, `${p}.valueString`)),
    hospitalized: stay,
    discharge: (h, i, p) => set(h, 'patientStatus', code(i, p)),
  };
  return {
    ...prefix(SYS.info, mine),
    ...prefix(SYS.c4bbInfo, carin),
    ...prefix(SYS.infoCategory, r4),
  };
}

const prefix = (system: string, hs: Record<string, Handler>): Record<string, Handler> =>
  Object.fromEntries(Object.entries(hs).map(([k, v]) => [`${system}|${k}`, v]));

function set<K extends keyof Header>(h: Header, key: K, value: Header[K] | undefined): void {
  if (value !== undefined) h[key] = value;
}

function institutionalCode(ctx: ReadContext, info: ClaimSupportingInfo, qualifier: string, p: string) {
  const c = codingIn(ctx, info.code, `${p}.code`, `${SYS.hiPrefix}${qualifier}`);
  if (c === undefined) {
    ctx.problem(`${p}.code`, `no ${qualifier} code`);
    return undefined;
  }
  const ic: InstitutionalCode = { qualifier, code: c.code };
  const date = day(ctx, info.timingDate, `${p}.timingDate`);
  const span = period(ctx, info.timingPeriod, `${p}.timingPeriod`);
  if (date !== undefined) ic.date = date;
  if (span.start !== undefined) ic.date = span.start;
  if (span.end !== undefined) ic.dateTo = span.end;
  const amount = isObject(info.valueQuantity)
    ? cents(ctx, { value: info.valueQuantity.value as number }, `${p}.valueQuantity`)
    : undefined;
  if (amount !== undefined) ic.amount = amount;
  return ic;
}

export function readSupportingInfo(
  ctx: ReadContext,
  pool: ResourcePool,
  container: AnyResource,
  infos: ClaimSupportingInfo[] | undefined,
  path: string,
): Header {
  const header: Header = { institutionalCodes: [] };
  const table = handlers(ctx, pool, container);
  list<ClaimSupportingInfo>(ctx, infos, path).forEach((info, i) => {
    const p = `${path}[${i}]`;
    for (const c of codings(ctx, info.category, `${p}.category`)) {
      if (c.system === SYS.info && c.code.startsWith(INFO.institutionalCode)) {
        const ic = institutionalCode(ctx, info, c.code.slice(INFO.institutionalCode.length), p);
        if (ic !== undefined) header.institutionalCodes.push(ic);
        break;
      }
      const handler = table[`${c.system}|${c.code}`];
      if (handler !== undefined) {
        handler(header, info, p);
        break;
      }
    }
  });
  return header;
}

/** Claim.subType in the CMS bill-type system also carries the type of bill (HL7 example Claim MED-00050). */
export function typeOfBillFromSubType(ctx: ReadContext, subType: unknown, path: string): string | undefined {
  const c = codings(ctx, subType as never, path).find((k) => k.system?.toLowerCase().includes('billtype'));
  return c === undefined ? undefined : typeOfBill(c.code);
}

/** Claim-level POS other senders state only as the place of the first line. */
export function firstItemPos(ctx: ReadContext, items: { locationCodeableConcept?: unknown }[], path: string) {
  const first = items[0];
  if (first === undefined) return undefined;
  const c = codings(ctx, first.locationCodeableConcept as never, `${path}[0].locationCodeableConcept`).find(
    (k) => k.system !== undefined && isPosSystem(k.system),
  );
  const pos = c === undefined ? undefined : parsePos(c.code);
  return pos?.ok ? pos.value : undefined;
}
