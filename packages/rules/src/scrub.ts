/**
 * @module scrub
 * `scrub(claim, context)`: the provider-side check before a claim leaves. Runs the claim edit
 * library (and the payer pack's rules, when one is given) through the engine and returns the
 * findings with the worst severity as the claim's outcome. Pure: reads the claim and the
 * context, writes nothing.
 */
import type { Claim, Finding, Severity } from '@medcode/domain';
import { Almanac } from './engine/facts.ts';
import type { CompiledRuleSet, Outcome, RunOptions } from './engine/engine.ts';
import type { RuleResult } from './engine/types.ts';
import { claimBook } from './claim/book.ts';
import type { ClaimContext } from './claim/context.ts';
import { claimEngine, claimRuleSet } from './library.ts';
import type { CompiledPack } from './packs/compile.ts';

export type ClaimOutcome = Severity | 'clean';

const RANK: Record<ClaimOutcome, number> = { clean: 0, info: 1, warn: 2, deny: 3, reject: 4 };

export const worst = (findings: readonly Finding[]): ClaimOutcome =>
  findings.reduce<ClaimOutcome>((w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w), 'clean');

export interface ScrubContext extends ClaimContext {
  /** A payer pack whose rules run with the library's. */
  pack?: CompiledPack;
  /** Record every rule evaluation (explanations for `--explain`); slower. */
  trace?: boolean;
  /** Benchmark baseline only: compute facts again on every read. */
  memoise?: boolean;
  /** The rule set kind ("scrub" unless the caller runs adjudication or lab-order rules). */
  kind?: string;
}

export interface ScrubResult {
  claimId: string;
  outcome: ClaimOutcome;
  findings: Finding[];
  /** Why each finding fired (same order as findings). */
  fired: RuleResult[];
  trace?: RuleResult[];
  evaluations: number;
  /** Fact computations made (memoised facts are computed once). */
  factsComputed: number;
}

const sets = new Map<string, CompiledRuleSet<Claim, ClaimContext>>();
const packSets = new WeakMap<CompiledPack, Map<string, CompiledRuleSet<Claim, ClaimContext>>>();

/** The compiled rule set for a kind and an optional pack, compiled once and kept. */
export function ruleSetFor(kind: string, pack?: CompiledPack): CompiledRuleSet<Claim, ClaimContext> {
  let base = sets.get(kind);
  if (!base) {
    base = claimEngine.compile(claimRuleSet(kind));
    sets.set(kind, base);
  }
  if (!pack) return base;
  const byKind = packSets.get(pack) ?? new Map<string, CompiledRuleSet<Claim, ClaimContext>>();
  packSets.set(pack, byKind);
  let set = byKind.get(kind);
  if (!set) {
    set = base.extend(pack.rules);
    byKind.set(kind, set);
  }
  return set;
}

// Run options without a pack or a trace: one object for every such claim.
const PLAIN: RunOptions = Object.freeze({});

export function scrub(claim: Claim, context: ScrubContext): ScrubResult {
  const set = ruleSetFor(context.kind ?? 'scrub', context.pack);
  const a = new Almanac(claimBook, claim, context, { memoise: context.memoise ?? true });
  const severityOf = context.pack?.severityOf;
  let options = PLAIN;
  if (context.trace || severityOf) {
    options = {};
    if (context.trace) options.trace = true;
    if (severityOf) options.severityOf = severityOf;
  }
  const out: Outcome = set.run(a, options);
  const result: ScrubResult = {
    claimId: claim.id,
    outcome: worst(out.findings),
    findings: out.findings,
    fired: out.fired,
    evaluations: out.evaluations,
    factsComputed: a.computed,
  };
  if (out.trace) result.trace = out.trace;
  return result;
}
