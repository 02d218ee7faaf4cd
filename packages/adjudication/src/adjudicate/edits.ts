/**
 * @module adjudicate/edits
 * Stage 2: the claim edits, exactly as the provider-side checker runs them: `scrub` from
 * @medcode/rules in its "adjudication" context with the payer's rule pack, over the same
 * tables. So NCCI procedure-to-procedure bundling (CARC 236), MUEs (151), code validity, the
 * ICD-10-CM conventions, medical necessity and the pack's rules deny lines here with the CARC
 * and RARC the finding registry gives. A finding on a line denies that line; one on the claim
 * or a diagnosis denies every line. Warnings and notes leave the lines open and are reported.
 * The patient's earlier services under the plan (from the ledger) feed the pack's frequency rules.
 */
import type { Claim, Finding } from '@medcode/domain';
import { type CompiledPack, type PriorService, scrub } from '@medcode/rules';
import type { ServiceUse } from '../accumulators/ledger.ts';
import type { Plan } from '../plan/schema.ts';
import { reason } from '../reasons.ts';
import { close, isOpen, type LineState } from './line-state.ts';
import type { AdjudicationContext } from './types.ts';

const DENYING = new Set(['reject', 'deny']);

const withPlan = new WeakMap<Plan, Map<CompiledPack | undefined, CompiledPack>>();

/**
 * The pack with the plan's edit severities laid over it, made once per plan and pack (the
 * rules package compiles a pack's rule set once per pack object).
 */
function effectivePack(plan: Plan, pack: CompiledPack | undefined): CompiledPack | undefined {
  const own = plan.editSeverity;
  if (Object.keys(own).length === 0) return pack;
  let byPack = withPlan.get(plan);
  if (!byPack) {
    byPack = new Map();
    withPlan.set(plan, byPack);
  }
  let out = byPack.get(pack);
  if (!out) {
    const base = pack?.severityOf;
    out = {
      ...(pack ?? { name: plan.plan, title: plan.title, versions: [], rules: [] }),
      severityOf: (code: string) => own[code] ?? base?.(code),
    };
    byPack.set(pack, out);
  }
  return out;
}

function findingReason(f: Finding) {
  const evidence = [{ kind: 'fact' as const, name: 'finding', value: f.code }, ...f.evidence];
  return reason('AJ021', `${f.code} ${f.message}`, evidence, {
    group: f.carc?.group ?? 'CO',
    carc: f.carc?.reason ?? '16',
    rarc: f.rarc ?? [],
  });
}

export function runEdits(
  claim: Claim,
  ctx: AdjudicationContext,
  history: readonly ServiceUse[],
  states: readonly LineState[],
): Finding[] {
  const prior: PriorService[] = history.map((h) => ({
    procedure: h.procedure as PriorService['procedure'],
    date: h.date,
    units: h.units,
    claimId: h.claimId,
  }));
  const pack = effectivePack(ctx.plan, ctx.pack);
  const result = scrub(claim, {
    tables: ctx.tables,
    today: ctx.received,
    kind: 'adjudication',
    history: prior,
    ...(pack ? { pack } : {}),
  });
  for (const f of result.findings) {
    if (!DENYING.has(f.severity)) continue;
    const r = findingReason(f);
    if (f.path.line !== undefined) {
      const s = states.find((x) => x.line.lineNumber === f.path.line);
      if (s && isOpen(s)) close(s, 'deny', r);
    } else for (const s of states) if (isOpen(s)) close(s, 'deny', r);
  }
  return result.findings;
}
