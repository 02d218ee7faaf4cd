/**
 * @module pricing/base-fee
 * The fee for one unit of a service line before any rule that looks at other lines: the plan's
 * own table first (code with a modifier, then the code), then the Medicare schedules: the
 * physician fee schedule (PFS) row for the global service, or the 26/TC row when the code's
 * PC/TC indicator allows the modifier, priced by its status indicator; the clinical laboratory
 * fee schedule (CLFS) for codes the PFS excludes. A plan paying a percentage of Medicare, and a
 * network tier allowing a percentage of the schedule, multiply the result (each product rounded
 * half up to the cent, `multiplyCents`). Status indicators and PC/TC: RVU file documentation,
 * attachment A.
 */
import type { PfsRvu } from '@medcode/codesets';
import {
  type Cents,
  type EvidenceSource,
  type HcpcsCode,
  type Modifier,
  multiplyCents,
  type ServiceLine,
} from '@medcode/domain';
import type { Benefit, PlanPricing } from '../plan/schema.ts';
import { type Reason, reason } from '../reasons.ts';
import type { FeeSource } from './fee-source.ts';
import { type GpciValues, pfsAmount, type Setting } from './pfs-amount.ts';

export interface FeeTrace {
  schedule: 'pfs' | 'clfs' | 'table';
  /** One unit (one side), after the plan and tier percentages. */
  unitFee: Cents;
  /** The PFS row used: "" global, 26, TC. */
  pfsModifier?: '' | '26' | 'TC';
  setting?: Setting;
  status?: string;
  multipleProcedure?: string;
  bilateral?: string;
  endoBase?: string;
  /** How the amount was reached, step by step, for the reviewer and the --json output. */
  steps: string[];
  evidence: EvidenceSource[];
}

export type BaseFee = { kind: 'fee'; trace: FeeTrace } | { kind: 'deny' | 'pend'; reason: Reason };

export interface PriceEnv {
  fees: FeeSource;
  pricing: PlanPricing;
  /** The tier's percentage of the schedule (100 in network). */
  tierPercent: number;
  gpci: GpciValues;
  gpciLabel: string;
  on: string;
}

const dollars = (c: Cents): string => `$${(c / 100).toFixed(2)}`;

/** The 26 or TC modifier a line carries, if any. */
export function pcTcModifier(line: ServiceLine): '26' | 'TC' | '' {
  if (line.modifiers.includes('26' as Modifier)) return '26';
  if (line.modifiers.includes('TC' as Modifier)) return 'TC';
  return '';
}

function percentOf(base: Cents, env: PriceEnv, steps: string[], medicare: boolean): Cents {
  let fee = base;
  const planPct = medicare && env.pricing.method === 'percentOfMedicare' ? env.pricing.percent : 100;
  if (planPct !== 100) {
    fee = multiplyCents(fee, planPct / 100);
    steps.push(`${planPct}% of the Medicare amount: ${dollars(fee)}`);
  }
  if (env.tierPercent !== 100) {
    fee = multiplyCents(fee, env.tierPercent / 100);
    steps.push(`${env.tierPercent}% allowed for the network tier: ${dollars(fee)}`);
  }
  return fee;
}

function tableFee(line: ServiceLine, code: string, env: PriceEnv): BaseFee | undefined {
  const table = env.pricing.table;
  for (const m of line.modifiers) {
    const amount = table[`${code}-${m}`];
    if (amount !== undefined) return tableHit(`${code}-${m}`, amount, env);
  }
  const amount = table[code];
  return amount === undefined ? undefined : tableHit(code, amount, env);
}

function tableHit(key: string, amount: Cents, env: PriceEnv): BaseFee {
  const steps = [`plan fee table ${key}: ${dollars(amount)}`];
  const unitFee = percentOf(amount, env, steps, false);
  return {
    kind: 'fee',
    trace: {
      schedule: 'table',
      unitFee,
      steps,
      evidence: [{ kind: 'fact', name: `plan fee table ${key}`, value: amount }],
    },
  };
}

const PRICED = new Set(['A', 'T']);

/** A PFS row's status → a fee, or why not (RVU file documentation, attachment A). */
function byStatus(code: string, row: PfsRvu): BaseFee | 'unpriced' | 'notPfs' {
  const ev: EvidenceSource[] = [row.evidence];
  const s = row.status;
  if (PRICED.has(s)) return 'notPfs'; // priced by the caller
  if (s === 'R')
    return { kind: 'pend', reason: reason('AJ030', `${code} has PFS status R (restricted coverage)`, ev) };
  if (s === 'B' || s === 'P')
    return {
      kind: 'deny',
      reason: reason('AJ015', `${code} has PFS status ${s}: bundled, no separate payment`, ev),
    };
  if ('DFGHI'.includes(s))
    return {
      kind: 'deny',
      reason: reason('AJ016', `${code} has PFS status ${s}: not valid for payment`, ev),
    };
  if (s === 'N')
    return { kind: 'deny', reason: reason('AJ017', `${code} has PFS status N: not covered`, ev) };
  if (s === 'M')
    return { kind: 'deny', reason: reason('AJ018', `${code} has PFS status M: reporting only`, ev) };
  if (s === 'X') return 'notPfs'; // statutory exclusion from the PFS: another schedule (CLFS) may price it
  return 'unpriced'; // C contractor priced, J anesthesia, E excluded by regulation
}

function pfsFee(
  line: ServiceLine,
  code: HcpcsCode,
  setting: Setting,
  env: PriceEnv,
): BaseFee | 'unpriced' | 'notPfs' {
  const global = env.fees.pfs(code, '', env.on);
  if (!global) return 'notPfs';
  const mod = pcTcModifier(line);
  let row = global;
  if (mod !== '') {
    // 26/TC are priced from their own rows; codes whose PC/TC indicator is not 1 (and that have
    // no such row) may not carry them (attachment A: "Modifiers 26 and TC cannot be used").
    const split = env.fees.pfs(code, mod, env.on);
    if (!split)
      return {
        kind: 'deny',
        reason: reason(
          'AJ019',
          `${code} has PC/TC indicator ${global.pctc}: modifier ${mod} does not apply`,
          [global.evidence],
        ),
      };
    row = split;
  }
  // The status indicators are Medicare's coverage and payment policy: a plan paying a
  // percentage of Medicare borrows the amounts, not the policy, so a code Medicare does not
  // price is simply unpriced there (its own table, or manual pricing).
  if (env.pricing.method !== 'medicare' && !PRICED.has(row.status))
    return row.status === 'X' ? 'notPfs' : 'unpriced';
  const status = byStatus(code, row);
  if (status !== 'notPfs' || !PRICED.has(row.status)) return status;
  const a = pfsAmount(row, setting, env.gpci);
  const steps = [
    `PFS ${code}${mod ? `-${mod}` : ''} ${a.setting === 'facility' ? 'facility' : 'non-facility'}: ` +
      `(work ${row.work} × ${env.gpci.work} + PE ${a.peRvu} × ${env.gpci.pe} + MP ${row.mp} × ${env.gpci.mp}) ` +
      `× CF ${row.conversionFactor} = ${dollars(a.amount)} (${env.gpciLabel})`,
  ];
  if (a.note) steps.push(a.note);
  const unitFee = percentOf(a.amount, env, steps, true);
  return {
    kind: 'fee',
    trace: {
      schedule: 'pfs',
      unitFee,
      pfsModifier: mod,
      setting: a.setting,
      status: row.status,
      multipleProcedure: row.multipleProcedure,
      bilateral: row.bilateral,
      ...(row.endoBase !== undefined ? { endoBase: row.endoBase } : {}),
      steps,
      evidence: [row.evidence],
    },
  };
}

function clfsFee(line: ServiceLine, code: HcpcsCode, env: PriceEnv): BaseFee | undefined {
  const qw = line.modifiers.includes('QW' as Modifier) ? ('QW' as Modifier) : undefined;
  const r = env.fees.clfs(code, env.on, qw);
  if (!r) return undefined;
  const steps = [
    `CLFS ${code}${r.modifier ? `-${r.modifier}` : ''} (${r.pricing}, from ${r.effective}): ${dollars(r.rate)}`,
  ];
  const unitFee = percentOf(r.rate, env, steps, true);
  return { kind: 'fee', trace: { schedule: 'clfs', unitFee, steps, evidence: [r.evidence] } };
}

/** The line's fee for one unit, or the reason it has none. */
export function baseFee(line: ServiceLine, benefit: Benefit, setting: Setting, env: PriceEnv): BaseFee {
  const code = line.procedure;
  if (code !== undefined) {
    const hit = tableFee(line, code, env);
    if (hit) return hit;
  }
  let outcome: BaseFee | 'unpriced' | 'notPfs' = 'unpriced';
  if (code !== undefined && env.pricing.method !== 'table' && benefit.fee !== 'table') {
    outcome = benefit.fee === 'clfs' ? 'notPfs' : pfsFee(line, code, setting, env);
    if (outcome === 'notPfs' && benefit.fee !== 'pfs') outcome = clfsFee(line, code, env) ?? 'unpriced';
    if (outcome === 'notPfs') outcome = 'unpriced';
  }
  if (outcome !== 'unpriced') return outcome;
  const what = code ?? `revenue code ${line.revenueCode ?? '?'}`;
  return env.pricing.unpriced === 'deny'
    ? { kind: 'deny', reason: reason('AJ031', `no fee schedule amount for ${what}`) }
    : { kind: 'pend', reason: reason('AJ029', `no fee schedule amount for ${what}: price it by hand`) };
}
