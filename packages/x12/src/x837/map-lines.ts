/**
 * @module x837/map-lines
 * 2400 service lines: LX, SV1 (837P: procedure composite, charge, unit, quantity, place of
 * service, diagnosis pointers, emergency) or SV2 (837I: revenue code, procedure composite,
 * charge, unit, quantity, non-covered charge), DTP*472 service date(s), REF*6R line control
 * number, 2410 drug (LIN*N4 NDC, CTP quantity and unit, REF*XZ prescription), 2420 providers
 * and 2430 prior payer adjudication.
 */
import {
  type DrugIdentification,
  type IsoDate,
  type Modifier,
  parseNdc,
  parseRevenueCode,
  type Provider,
  type ServiceLine,
} from '@medcode/domain';
import { type LoopNode, seg } from '../loops/loop-node.ts';
import { comps, el, type X12Segment } from '../syntax/segment.ts';
import { lineAdjudications } from './map-cob.ts';
import {
  amount,
  dtp,
  fitted,
  type MapContext,
  optAmount,
  parsedComp,
  parsedEl,
  put,
  quantity,
  report,
  take,
} from './map-context.ts';
import { provider, roleOfEntity } from './map-parties.ts';
import { hcpcsCode, modifierCode, posCode } from './code-cache.ts';

export function serviceLines(
  ctx: MapContext,
  claimLoop: LoopNode,
  diagnosisCount: number,
  fallbackDate: IsoDate | undefined,
): ServiceLine[] {
  const out: ServiceLine[] = [];
  const loops = claimLoop.loops;
  for (let k = 0; k < loops.length; k++) {
    const l = loops[k]!;
    if (l.id === '2400') out.push(serviceLine(ctx, l, diagnosisCount, fallbackDate));
  }
  return out;
}

function serviceLine(
  ctx: MapContext,
  loop: LoopNode,
  diagnosisCount: number,
  fallbackDate: IsoDate | undefined,
): ServiceLine {
  const lx = seg(loop, 'LX')!;
  const n = Number(el(lx, 1));
  const line: ServiceLine = {
    lineNumber: Number.isSafeInteger(n) && n > 0 ? n : 0,
    modifiers: [],
    units: 0,
    unitKind: '',
    charge: 0 as ServiceLine['charge'],
    diagnosisPointers: [],
    serviceDate: '' as IsoDate,
    providers: [],
    priorAdjudications: [],
  };
  if (line.lineNumber === 0)
    report(
      ctx,
      'x12.claim.value',
      `LX01 "${el(lx, 1)}" is not a line number`,
      lx,
      loop,
      1,
      undefined,
      el(lx, 1),
    );
  const sv1 = seg(loop, 'SV1');
  const sv2 = seg(loop, 'SV2');
  if (sv1 !== undefined) professional(ctx, loop, sv1, line, diagnosisCount);
  else if (sv2 !== undefined) institutional(ctx, loop, sv2, line);
  else report(ctx, 'x12.claim.value', `service line ${el(lx, 1)} has no SV1 or SV2`, lx, loop);
  const date = seg(loop, 'DTP', 1, '472');
  const span = date === undefined ? undefined : dtp(ctx, date, loop);
  if (span !== undefined) {
    line.serviceDate = span.from;
    if (span.to !== undefined) line.serviceDateTo = span.to;
  } else if (fallbackDate !== undefined) line.serviceDate = fallbackDate;
  else if (date === undefined)
    report(ctx, 'x12.claim.value', `service line ${el(lx, 1)} has no service date (DTP*472)`, lx, loop);
  const ref = seg(loop, 'REF', 1, '6R');
  if (ref?.has(2)) line.controlNumber = el(ref, 2);
  const children = loop.loops;
  for (let k = 0; k < children.length; k++) {
    const c = children[k]!;
    if (c.id === '2410' && line.drug === undefined) put(line, 'drug', drug(ctx, c));
    const role = c.id.startsWith('2420') ? roleOfEntity(el(seg(c, 'NM1')!, 1)) : undefined;
    if (role !== undefined) line.providers.push(provider(ctx, c, role) satisfies Provider);
  }
  line.priorAdjudications = fitted(lineAdjudications(ctx, loop));
  line.diagnosisPointers = fitted(line.diagnosisPointers);
  line.modifiers = fitted(line.modifiers);
  line.providers = fitted(line.providers);
  return compact(line);
}

/**
 * The usual professional line (a procedure and a line control number, nothing else optional)
 * again as one literal, keys in the same order: the two fields added after the first literal
 * sit in a separate property array, and a set's claims are held until its SE (map-context `fitted`).
 */
function compact(l: ServiceLine): ServiceLine {
  const { procedure, controlNumber } = l;
  if (
    procedure === undefined ||
    controlNumber === undefined ||
    l.revenueCode !== undefined ||
    l.description !== undefined ||
    l.placeOfService !== undefined ||
    l.emergency !== undefined ||
    l.nonCoveredCharge !== undefined ||
    l.serviceDateTo !== undefined ||
    l.drug !== undefined
  )
    return l;
  return {
    lineNumber: l.lineNumber,
    modifiers: l.modifiers,
    units: l.units,
    unitKind: l.unitKind,
    charge: l.charge,
    diagnosisPointers: l.diagnosisPointers,
    serviceDate: l.serviceDate,
    providers: l.providers,
    priorAdjudications: l.priorAdjudications,
    procedure,
    controlNumber,
  };
}

/** C003 procedure composite: qualifier, code, up to four modifiers, description. */
function procedure(ctx: MapContext, loop: LoopNode, s: X12Segment, i: number, line: ServiceLine): void {
  const q = s.comp(i, 1);
  const code = parsedComp(s, i, 2, hcpcsCode);
  if (code !== undefined) {
    // HC: CPT/HCPCS. Other qualifiers (ER jurisdiction-specific, IV HIEC, WK ABC, N4 NDC) have no place in the model.
    if (q === 'HC' || q === 'HP') {
      const p = take(ctx, code, 'x12.claim.code', s, loop, i, 2);
      if (p !== undefined) line.procedure = p;
    } else
      report(
        ctx,
        'x12.claim.note',
        `${s.tag}${pad(i)}-1 qualifier "${q}" is kept as no procedure code`,
        s,
        loop,
        i,
        1,
      );
  }
  const n = s.compCount(i);
  for (let j = 3; j <= 6 && j <= n; j++) {
    const m = parsedComp(s, i, j, modifierCode);
    if (m === undefined) continue;
    const v = take(ctx, m, 'x12.claim.code', s, loop, i, j);
    if (v !== undefined) line.modifiers.push(v satisfies Modifier);
  }
  if (n >= 7) {
    const d = s.comp(i, 7);
    if (d !== '') line.description = d;
  }
}

function professional(
  ctx: MapContext,
  loop: LoopNode,
  sv1: X12Segment,
  line: ServiceLine,
  dxCount: number,
): void {
  procedure(ctx, loop, sv1, 1, line);
  line.charge = amount(ctx, sv1, loop, 2);
  line.unitKind = sv1.code(3);
  line.units = units(ctx, sv1, loop, 4);
  const pos = parsedEl(sv1, 5, posCode);
  if (pos !== undefined) {
    const p = take(ctx, pos, 'x12.claim.code', sv1, loop, 5);
    if (p !== undefined) line.placeOfService = p;
  }
  const pointers = sv1.compCount(7);
  for (let j = 1; j <= pointers; j++) {
    const p = sv1.comp(7, j);
    const n = Number(p);
    if (!Number.isInteger(n) || n < 1 || n > dxCount) {
      report(
        ctx,
        'x12.claim.pointer',
        `SV107-${j} points to diagnosis ${p}; the claim has ${dxCount}`,
        sv1,
        loop,
        7,
        j,
        p,
      );
      continue;
    }
    line.diagnosisPointers.push(n);
  }
  const emergency = el(sv1, 9);
  if (emergency === 'Y') line.emergency = true;
  else if (emergency === 'N') line.emergency = false;
}

function institutional(ctx: MapContext, loop: LoopNode, sv2: X12Segment, line: ServiceLine): void {
  const rev = el(sv2, 1);
  if (rev !== '') put(line, 'revenueCode', take(ctx, parseRevenueCode(rev), 'x12.claim.code', sv2, loop, 1));
  procedure(ctx, loop, sv2, 2, line);
  line.charge = amount(ctx, sv2, loop, 3);
  line.unitKind = sv2.code(4);
  line.units = units(ctx, sv2, loop, 5);
  put(line, 'nonCoveredCharge', optAmount(ctx, sv2, loop, 7));
}

function units(ctx: MapContext, s: X12Segment, loop: LoopNode, i: number): number {
  const u = quantity(ctx, s, loop, i);
  if (u === undefined && el(s, i) === '')
    report(ctx, 'x12.claim.value', `${s.tag}${pad(i)} (units) is missing`, s, loop, i);
  return u ?? 0;
}

function drug(ctx: MapContext, loop: LoopNode): DrugIdentification | undefined {
  const lin = seg(loop, 'LIN')!;
  if (el(lin, 2) !== 'N4') return undefined;
  const ndc = take(ctx, parseNdc(el(lin, 3)), 'x12.claim.code', lin, loop, 3);
  if (ndc === undefined) return undefined;
  const ctp = seg(loop, 'CTP');
  const d: DrugIdentification = {
    ndc,
    quantity: ctp === undefined ? 0 : (quantity(ctx, ctp, loop, 4) ?? 0),
    unit: ctp === undefined ? '' : (comps(ctp, 5)[0] ?? ''),
  };
  const rx = seg(loop, 'REF', 1, 'XZ', 'VY');
  if (rx?.has(2)) d.prescriptionNumber = el(rx, 2);
  return d;
}

const pad = (k: number): string => String(k).padStart(2, '0');
