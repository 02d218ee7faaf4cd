/**
 * @module read/items
 * Claim.item / ExplanationOfBenefit.item → service lines. The charge is item.net, else
 * unitPrice × quantity × factor, else (on an EOB) the "submitted" adjudication amount. The date
 * is servicedDate or servicedPeriod, else the claim's billable period start (with a note).
 */
import type {
  Cents,
  DrugIdentification,
  HcpcsCode,
  IsoDate,
  LineAdjudication,
  Modifier,
  PosCode,
  Provider,
  ServiceLine,
} from '@medcode/domain';
import { parseHcpcs, parseModifier, parseNdc, parsePos, parseRevenueCode } from '@medcode/domain';
import type { ClaimItem, ClaimItemDetail, CodeableConcept, Extension, Quantity } from '@medplum/fhirtypes';
import { CPT_SYSTEMS, EXT, HCPCS_SYSTEMS, POS_SYSTEMS, REVENUE_SYSTEMS, SYS } from '../systems.ts';
import {
  cents,
  codingIn,
  codings,
  day,
  isObject,
  list,
  num,
  positiveInts,
  type ReadContext,
  text,
} from './context.ts';
import { extBoolean, extensions, extString, extension, readAdjustmentExts } from './extensions.ts';

export const isPosSystem = (s: string): boolean => {
  const l = s.toLowerCase();
  // R4's ex-serviceplace example system carries the CMS place-of-service codes too (Synthea, HL7 examples).
  return (
    POS_SYSTEMS.has(s) ||
    l.includes('place-of-service') ||
    l.includes('place_of_srvc') ||
    l.endsWith('/ex-serviceplace')
  );
};

const PROCEDURE_SYSTEMS = new Set([...CPT_SYSTEMS, ...HCPCS_SYSTEMS]);

/** What a line reader needs from the claim around it. */
export interface LineEnv {
  ctx: ReadContext;
  claimPos: PosCode | undefined;
  /**
   * The claim's place came from our place-of-service supportingInfo, so an item's place is the
   * line's own (SV105) even when equal. Otherwise (other senders state it only per item) an
   * item's place counts as the line's own only when it differs from the claim's (first item's).
   */
  claimPosStated: boolean;
  /** billablePeriod.start, the date of last resort. */
  fallbackDate: IsoDate | undefined;
  pointerOf: Map<number, number>;
  /** careTeam.sequence → the line-level provider it names. */
  lineProviders: Map<number, Provider>;
  /** On an EOB: the item's "submitted" adjudication amount. */
  submitted?: (item: ClaimItem, path: string) => Cents | undefined;
}

/** X12 355 units from a Quantity: our code, UCUM minutes and days, else UN (unit). */
function unitKind(q: Quantity): string {
  if (q.system === SYS.x12Unit && typeof q.code === 'string') return q.code;
  if (q.system === SYS.ucum && q.code === 'min') return 'MJ';
  if (q.system === SYS.ucum && q.code === 'd') return 'DA';
  return 'UN';
}

function procedure(env: LineEnv, item: ClaimItem, p: string, line: Partial<ServiceLine>): string | undefined {
  const { ctx } = env;
  const all = codings(ctx, item.productOrService, `${p}.productOrService`);
  const c = all.find((k) => k.system !== undefined && PROCEDURE_SYSTEMS.has(k.system));
  if (c !== undefined) {
    const r = parseHcpcs(c.code);
    if (r.ok) line.procedure = r.value;
    else ctx.note('dropped', `${c.path}.code`, r.error);
    return undefined;
  }
  const ndc = all.find((k) => k.system === SYS.ndc);
  if (ndc !== undefined) return ndc.code;
  const other = all.filter((k) => k.system !== SYS.dataAbsent);
  if (other.length > 0)
    ctx.note(
      'dropped',
      `${p}.productOrService`,
      `no CPT/HCPCS code (${other.map((k) => `${k.system ?? '(no system)'}|${k.code}`).join(', ')})`,
    );
  return undefined;
}

function modifiers(env: LineEnv, item: ClaimItem, p: string): Modifier[] {
  const { ctx } = env;
  const out: Modifier[] = [];
  list<CodeableConcept>(ctx, item.modifier, `${p}.modifier`).forEach((m, i) => {
    const c = codings(ctx, m, `${p}.modifier[${i}]`)[0];
    if (c === undefined) return;
    const r = parseModifier(c.code);
    if (!r.ok) ctx.note('dropped', `${c.path}.code`, r.error);
    else if (out.length === 4)
      ctx.note('dropped', c.path, `modifier ${c.code}: the model holds four (SV101-3..6)`);
    else out.push(r.value);
  });
  return out;
}

function charge(env: LineEnv, item: ClaimItem, p: string, units: number): Cents {
  const { ctx } = env;
  const net = cents(ctx, item.net, `${p}.net`);
  if (net !== undefined) return net;
  const unit = cents(ctx, item.unitPrice, `${p}.unitPrice`);
  if (unit !== undefined) {
    const factor = num(ctx, item.factor, `${p}.factor`) ?? 1;
    ctx.note('derived', `${p}.net`, 'no net: charge is unitPrice × quantity × factor');
    return Math.round(unit * units * factor) as Cents;
  }
  const submitted = env.submitted?.(item, p);
  if (submitted !== undefined) return submitted;
  ctx.note('defaulted', `${p}.net`, 'no charge: 0');
  return 0 as Cents;
}

function dates(env: LineEnv, item: ClaimItem, p: string): { serviceDate: IsoDate; serviceDateTo?: IsoDate } {
  const { ctx } = env;
  const single = day(ctx, item.servicedDate, `${p}.servicedDate`);
  if (single !== undefined) return { serviceDate: single };
  if (isObject(item.servicedPeriod)) {
    const start = day(ctx, item.servicedPeriod.start, `${p}.servicedPeriod.start`);
    const end = day(ctx, item.servicedPeriod.end, `${p}.servicedPeriod.end`);
    if (start !== undefined)
      return end === undefined ? { serviceDate: start } : { serviceDate: start, serviceDateTo: end };
  }
  if (env.fallbackDate !== undefined) {
    ctx.note('defaulted', `${p}.serviced`, 'no service date: the billable period start');
    return { serviceDate: env.fallbackDate };
  }
  ctx.problem(`${p}.serviced`, 'no service date (servicedDate, servicedPeriod) and no billablePeriod');
  return { serviceDate: '' as IsoDate };
}

function priorAdjudication(env: LineEnv, e: { ext: Extension; path: string }): LineAdjudication | undefined {
  const { ctx } = env;
  const payerId = extString(ctx, extension(ctx, e.ext, e.path, 'payerId'));
  const paidExt = extension(ctx, e.ext, e.path, 'paid');
  const paid =
    paidExt === undefined ? undefined : cents(ctx, paidExt.ext.valueMoney, `${paidExt.path}.valueMoney`);
  const unitsExt = extension(ctx, e.ext, e.path, 'units');
  const units =
    unitsExt === undefined ? undefined : num(ctx, unitsExt.ext.valueDecimal, `${unitsExt.path}.valueDecimal`);
  if (payerId === undefined || paid === undefined || units === undefined) {
    ctx.problem(e.path, 'a prior adjudication needs payerId, paid and units');
    return undefined;
  }
  const code = (x: { ext: Extension; path: string }) => {
    const r = x.ext.valueCoding?.code;
    return typeof r === 'string' ? r : undefined;
  };
  const proc = extension(ctx, e.ext, e.path, 'procedure');
  const procCode = proc === undefined ? undefined : code(proc);
  const parsed = procCode === undefined ? undefined : parseHcpcs(procCode);
  const out: LineAdjudication = {
    payerId,
    paid,
    procedure: parsed?.ok ? parsed.value : undefined,
    modifiers: extensions(ctx, e.ext, e.path, 'modifier').flatMap((m) => {
      const r = parseModifier(code(m) ?? '');
      return r.ok ? [r.value] : [];
    }),
    units,
    adjustments: readAdjustmentExts(ctx, e.ext, e.path),
  };
  const on = extension(ctx, e.ext, e.path, 'adjudicatedOn');
  const date = on === undefined ? undefined : day(ctx, on.ext.valueDate, `${on.path}.valueDate`);
  if (date !== undefined) out.adjudicatedOn = date;
  return out;
}

function drug(env: LineEnv, item: ClaimItem, p: string, topNdc: string | undefined, units: number) {
  const { ctx } = env;
  const details = list<ClaimItemDetail>(ctx, item.detail, `${p}.detail`);
  const d = details.find((x, i) =>
    codingIn(ctx, x.productOrService, `${p}.detail[${i}].productOrService`, SYS.ndc),
  );
  const dp = `${p}.detail[${details.indexOf(d as ClaimItemDetail)}]`;
  const code =
    d === undefined ? topNdc : codingIn(ctx, d.productOrService, `${dp}.productOrService`, SYS.ndc)?.code;
  if (code === undefined) return undefined;
  const ndc = parseNdc(ndc11(code));
  if (!ndc.ok) {
    ctx.note('dropped', d === undefined ? `${p}.productOrService` : `${dp}.productOrService`, ndc.error);
    return undefined;
  }
  const q = d !== undefined && isObject(d.quantity) ? d.quantity : undefined;
  const out: DrugIdentification = {
    ndc: ndc.value,
    quantity: q === undefined ? units : (num(ctx, q.value, `${dp}.quantity.value`) ?? units),
    unit: q === undefined ? 'UN' : unitKind(q),
  };
  const rx = d === undefined ? undefined : extString(ctx, extension(ctx, d, dp, EXT.prescription));
  if (rx !== undefined) out.prescriptionNumber = rx;
  return out;
}

/**
 * The 11-digit (5-4-2) billing form of a hyphenated 10-digit NDC: the short segment gets a
 * leading zero (4-4-2 → 04-4-2, 5-3-2 → 5-03-2, 5-4-1 → 5-4-01), as HIPAA transactions require.
 */
export function ndc11(code: string): string {
  const m = /^(\d{4,5})-(\d{3,4})-(\d{1,2})$/.exec(code.trim());
  if (m === null) return code;
  const [, a = '', b = '', c = ''] = m;
  return `${a.padStart(5, '0')}${b.padStart(4, '0')}${c.padStart(2, '0')}`;
}

export function readItem(env: LineEnv, item: ClaimItem, p: string, index: number): ServiceLine {
  const { ctx } = env;
  const line: Partial<ServiceLine> = {};
  const topNdc = procedure(env, item, p, line);
  const q = isObject(item.quantity) ? item.quantity : undefined;
  const units = q === undefined ? undefined : num(ctx, q.value, `${p}.quantity.value`);
  if (units === undefined) ctx.note('defaulted', `${p}.quantity`, 'no quantity: 1 unit');
  const out: ServiceLine = {
    lineNumber: index + 1,
    ...(line.procedure === undefined ? {} : { procedure: line.procedure as HcpcsCode }),
    modifiers: modifiers(env, item, p),
    units: units ?? 1,
    unitKind: q === undefined ? 'UN' : unitKind(q),
    charge: charge(env, item, p, units ?? 1),
    diagnosisPointers: [],
    ...dates(env, item, p),
    providers: [],
    priorAdjudications: [],
  };
  const seq = num(ctx, item.sequence, `${p}.sequence`);
  if (seq !== undefined && seq !== index + 1)
    ctx.note('derived', `${p}.sequence`, `sequence ${seq}: line numbered ${index + 1} by position`);
  const rev = codingIn(ctx, item.revenue, `${p}.revenue`, REVENUE_SYSTEMS);
  if (rev !== undefined) {
    const r = parseRevenueCode(rev.code);
    if (r.ok) out.revenueCode = r.value;
    else ctx.note('dropped', `${rev.path}.code`, r.error);
  }
  for (const s of positiveInts(ctx, item.diagnosisSequence, `${p}.diagnosisSequence`)) {
    const ptr = env.pointerOf.get(s);
    if (ptr === undefined)
      ctx.note(
        'dropped',
        `${p}.diagnosisSequence`,
        `pointer to diagnosis ${s}, which the model does not hold`,
      );
    else out.diagnosisPointers.push(ptr);
  }
  const pos = codings(ctx, item.locationCodeableConcept, `${p}.locationCodeableConcept`).find(
    (c) => c.system !== undefined && isPosSystem(c.system),
  );
  if (pos !== undefined) {
    const r = parsePos(pos.code);
    if (!r.ok) ctx.note('dropped', `${pos.path}.code`, r.error);
    else if (
      extBoolean(
        ctx,
        extension(ctx, item.locationCodeableConcept, `${p}.locationCodeableConcept`, EXT.placeFromClaim),
      ) === true
    ) {
      // Our own output: the line stated no place; the claim's is repeated for other readers.
    } else if (env.claimPosStated || r.value !== env.claimPos) out.placeOfService = r.value;
  }
  const description = text(ctx, item.productOrService, `${p}.productOrService`);
  if (description !== undefined) out.description = description;
  const emergency = extBoolean(ctx, extension(ctx, item, p, EXT.emergency));
  if (emergency !== undefined) out.emergency = emergency;
  const control = extString(ctx, extension(ctx, item, p, EXT.controlNumber));
  if (control !== undefined) out.controlNumber = control;
  const nc = extension(ctx, item, p, EXT.nonCovered);
  const ncc = nc === undefined ? undefined : cents(ctx, nc.ext.valueMoney, `${nc.path}.valueMoney`);
  if (ncc !== undefined) out.nonCoveredCharge = ncc;
  out.priorAdjudications = extensions(ctx, item, p, EXT.linePriorAdjudication)
    .map((e) => priorAdjudication(env, e))
    .filter((a): a is LineAdjudication => a !== undefined);
  const d = drug(env, item, p, topNdc, out.units);
  if (d !== undefined) out.drug = d;
  for (const s of positiveInts(ctx, item.careTeamSequence, `${p}.careTeamSequence`)) {
    const prov = env.lineProviders.get(s);
    if (prov !== undefined) out.providers.push(prov);
  }
  return out;
}
