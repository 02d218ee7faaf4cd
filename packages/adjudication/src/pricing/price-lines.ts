/**
 * @module pricing/price-lines
 * Prices the lines of a claim that are still payable after eligibility, edits and benefits:
 * each line's unit fee (base-fee.ts), the bilateral adjustment (modifier 50, by the PFS
 * bilateral indicator), the injection rule (PFS status T), the multiple procedure rules across
 * lines of one provider and date (multiple-procedure.ts), and the allowed amount: the lower of
 * the charge and the fee schedule amount (RVU file documentation: "base the payment on the
 * lower of (a) the actual charge, or (b) the fee schedule amount"). Every amount is integer
 * cents; every percentage is rounded half up to the cent where it is applied.
 */
import {
  type Cents,
  type Claim,
  type HcpcsCode,
  type Modifier,
  multiplyCents,
  type ServiceLine,
} from '@medcode/domain';
import type { Benefit } from '../plan/schema.ts';
import { linePos, networkNpi } from '../plan/match.ts';
import { type Reason, reason } from '../reasons.ts';
import { type BaseFee, baseFee, type FeeTrace, type PriceEnv } from './base-fee.ts';
import { multipleProcedure, type ProcedureUnit } from './multiple-procedure.ts';
import { settingFor } from './pfs-amount.ts';

export interface LineToPrice {
  index: number;
  line: ServiceLine;
  benefit: Benefit;
  /** Units left after the plan's quantity limit. */
  units: number;
  env: PriceEnv;
}

export interface LinePrice {
  trace: FeeTrace;
  units: number;
  /** Fee schedule amount for the line before the multiple procedure rules. */
  fullFee: Cents;
  /** Fee schedule amount after them. */
  fee: Cents;
  /** The part of the charge for the allowed units (the whole charge unless a quantity limit cut units). */
  charge: Cents;
  /** min(charge, fee). */
  allowed: Cents;
  /** Multiple procedure ranking of each unit (empty when the rules did not apply). */
  ranks: { rank: number; percent: number }[];
}

export type PricedLine =
  | { index: number; kind: 'priced'; price: LinePrice }
  | { index: number; kind: 'deny' | 'pend'; reason: Reason };

const dollars = (c: number): string => `$${(c / 100).toFixed(2)}`;

/** Bilateral surgery (modifier 50), RVU file documentation "Bilateral Surgery (Modifier 50)". */
function bilateral(line: ServiceLine, t: FeeTrace): Cents {
  if (!line.modifiers.includes('50' as Modifier) || t.schedule !== 'pfs') return t.unitFee;
  switch (t.bilateral) {
    case '1': {
      const fee = multiplyCents(t.unitFee, 1.5);
      t.steps.push(`bilateral indicator 1 with modifier 50: 150% = ${dollars(fee)}`);
      return fee;
    }
    case '3': {
      const fee = (t.unitFee * 2) as Cents;
      t.steps.push(`bilateral indicator 3 with modifier 50: 100% for each side = ${dollars(fee)}`);
      return fee;
    }
    default:
      t.steps.push(`bilateral indicator ${t.bilateral ?? '?'} with modifier 50: 100% of a single code`);
      return t.unitFee;
  }
}

const groupKey = (claim: Claim, line: ServiceLine): string =>
  `${line.serviceDate}|${networkNpi(claim, line) ?? ''}`;

export function priceLines(claim: Claim, lines: readonly LineToPrice[]): PricedLine[] {
  const out: PricedLine[] = [];
  const priced: { l: LineToPrice; trace: FeeTrace; unitFee: Cents }[] = [];
  for (const l of lines) {
    const setting = settingFor(linePos(claim, l.line));
    const b: BaseFee = baseFee(l.line, l.benefit, setting, l.env);
    if (b.kind !== 'fee') out.push({ index: l.index, kind: b.kind, reason: b.reason });
    else priced.push({ l, trace: b.trace, unitFee: bilateral(l.line, b.trace) });
  }
  // Status T (injections): paid only when no other PFS service is billed by the provider that day.
  const others = new Map<string, number>();
  for (const p of priced)
    if (p.trace.schedule === 'pfs' && p.trace.status !== 'T') {
      const k = groupKey(claim, p.l.line);
      others.set(k, (others.get(k) ?? 0) + 1);
    }
  const payable = priced.filter((p) => {
    if (p.trace.status !== 'T' || (others.get(groupKey(claim, p.l.line)) ?? 0) === 0) return true;
    out.push({
      index: p.l.index,
      kind: 'deny',
      reason: reason(
        'AJ020',
        `${p.l.line.procedure} (PFS status T) is bundled into the other fee schedule services of ${p.l.line.serviceDate}`,
        p.trace.evidence,
      ),
    });
    return false;
  });
  // Multiple procedure rules, per provider and date.
  const groups = new Map<string, ProcedureUnit[]>();
  for (const p of payable) {
    const k = groupKey(claim, p.l.line);
    const list = groups.get(k) ?? [];
    for (let u = 0; u < p.l.units; u++) list.push(unitOf(p.l, p.trace, p.unitFee));
    groups.set(k, list);
  }
  const reduced = new Map<
    number,
    { fee: number; ranks: { rank: number; percent: number }[]; notes: string[]; ranked: number }
  >();
  for (const units of groups.values()) {
    const results = multipleProcedure(units);
    const ranked = results.filter((r) => r.rank > 0).length;
    for (const r of results) {
      const acc = reduced.get(r.unit.line) ?? { fee: 0, ranks: [], notes: [], ranked };
      acc.fee += r.fee;
      if (r.rank > 0) acc.ranks.push({ rank: r.rank, percent: r.percent });
      if (r.note && !acc.notes.includes(r.note)) acc.notes.push(r.note);
      reduced.set(r.unit.line, acc);
    }
  }
  for (const p of payable) {
    const r = reduced.get(p.l.index)!;
    const fullFee = (p.unitFee * p.l.units) as Cents;
    const fee = r.fee as Cents;
    if (p.l.units !== 1) p.trace.steps.push(`× ${p.l.units} units = ${dollars(fullFee)}`);
    if (r.ranks.length > 0 && r.ranked > 1)
      p.trace.steps.push(
        `multiple procedures: rank ${r.ranks.map((x) => `${x.rank} at ${x.percent}%`).join(', ')} = ${dollars(fee)}`,
      );
    p.trace.steps.push(...r.notes);
    const charge =
      p.l.units === p.l.line.units
        ? p.l.line.charge
        : (Math.round((p.l.line.charge * p.l.units) / p.l.line.units) as Cents);
    const allowed = Math.min(charge, fee) as Cents;
    out.push({
      index: p.l.index,
      kind: 'priced',
      price: { trace: p.trace, units: p.l.units, fullFee, fee, charge, allowed, ranks: r.ranks },
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

function unitOf(l: LineToPrice, trace: FeeTrace, fee: Cents): ProcedureUnit {
  const u: ProcedureUnit = {
    line: l.index,
    code: l.line.procedure ?? '',
    fee,
    indicator: trace.schedule === 'pfs' ? (trace.multipleProcedure ?? '9') : '9',
  };
  if (trace.endoBase) {
    u.endoBase = trace.endoBase;
    const setting = trace.setting ?? 'nonFacility';
    const base = baseFee(
      { ...l.line, procedure: trace.endoBase as HcpcsCode, modifiers: [] },
      l.benefit,
      setting,
      l.env,
    );
    if (base.kind === 'fee') u.endoBaseFee = base.trace.unitFee;
  }
  return u;
}
