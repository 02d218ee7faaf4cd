/**
 * @module engine/engine
 * The engine: compiles a rule set for a kind of subject, then runs it on one subject at a time.
 * For each scope and each item, the rule version in force on the item's date is picked and its
 * condition tested (the tests of a scope's rules are written into one generated function); when
 * it holds, the condition is evaluated again with recording (memoised facts make that cheap) and
 * a `Finding` is built with the facts looked at, the rule version's citations, the evidence facts
 * (table rows) and the suggested fix. Running is pure: no I/O,
 * nothing written; the subject and context are only read.
 */
import type { ClaimPath, EvidenceSource, Finding, Severity, SuggestedFix } from '@medcode/domain';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { Bindings, type CompiledVersion, type CompileEnv, compileVersion, generate } from './compile.ts';
import type { Almanac, FactBook, FactDef } from './facts.ts';
import { DEFAULT_OPERATORS, type Operator, operatorMap } from './operators.ts';
import type { FindingRegistry } from './registry.ts';
import { compileTemplate, type Render, refGetter } from './template.ts';
import type { ConditionResult, LeafResult, RuleResult, RuleSet, RuleSpec } from './types.ts';

export interface CompiledRule<S, E> {
  spec: RuleSpec;
  /** Scope name, or undefined for `each` rules. */
  scope: string | undefined;
  each: FactDef<S, E> | undefined;
  /** Newest first. */
  versions: CompiledVersion<S, E>[];
  /** The only version, when there is one and it is open-ended (the common case: no search). */
  only: CompiledVersion<S, E> | undefined;
  message: Render<S, E>;
  fixText: Render<S, E> | undefined;
  evidence: Getter<S, E>[];
  fix: Getter<S, E> | undefined;
}

type Getter<S, E> = (a: Almanac<S, E>, index: number, item: unknown) => unknown;

export interface RunOptions {
  /** Record every rule evaluation, not only the ones that fired. */
  trace?: boolean;
  /** Change a finding's severity (payer packs that treat a warning as a denial). */
  severityOf?: (code: string) => Severity | undefined;
}

export interface Outcome {
  findings: Finding[];
  /** Why each finding fired, in the same order. */
  fired: RuleResult[];
  /** With `trace`: every evaluation, fired or not. */
  trace?: RuleResult[];
  /** Rule evaluations made (rule × item with a version in force). */
  evaluations: number;
}

export class Engine<S, E> {
  readonly book: FactBook<S, E>;
  readonly registry: FindingRegistry;
  readonly operators: ReadonlyMap<string, Operator>;

  constructor(
    book: FactBook<S, E>,
    registry: FindingRegistry,
    options: { operators?: readonly Operator[] } = {},
  ) {
    this.book = book;
    this.registry = registry;
    this.operators = operatorMap([...DEFAULT_OPERATORS, ...(options.operators ?? [])]);
  }

  compile(set: RuleSet): CompiledRuleSet<S, E> {
    const ids = new Set<string>();
    const rules: CompiledRule<S, E>[] = [];
    for (const spec of set.rules) {
      if (!spec.contexts.includes(set.kind)) continue;
      if (ids.has(spec.id)) throw new MedcodeError(ERROR_CODES.BUG, `rule ${spec.id} appears twice`);
      ids.add(spec.id);
      rules.push(this.#compileRule(spec));
    }
    return new CompiledRuleSet(this, set.kind, rules);
  }

  #compileRule(spec: RuleSpec): CompiledRule<S, E> {
    const bug = (msg: string): never => {
      throw new MedcodeError(ERROR_CODES.BUG, `rule ${spec.id}: ${msg}`);
    };
    if (!this.registry[spec.finding]) bug(`finding ${spec.finding} is not in the registry`);
    if (this.registry[spec.finding]?.retired) bug(`finding ${spec.finding} is retired`);
    const scope = typeof spec.scope === 'string' ? spec.scope : undefined;
    if (scope !== undefined && !(scope in this.book.model.scopes)) bug(`no scope ${scope}`);
    const each =
      typeof spec.scope === 'string'
        ? undefined
        : (this.book.fact(spec.scope.each) ?? bug(`no list fact ${spec.scope.each}`));
    const env: CompileEnv<S, E> = { book: this.book, operators: this.operators, scope, ruleId: spec.id };
    if (spec.versions.length === 0) bug('has no version');
    const versions = spec.versions
      .map((v) => compileVersion(env, spec, v))
      .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
    const first = versions[0];
    return {
      spec,
      scope,
      each,
      versions,
      only: versions.length === 1 && first?.to === undefined ? first : undefined,
      message: compileTemplate(env, spec.message),
      fixText: spec.fixText !== undefined ? compileTemplate(env, spec.fixText) : undefined,
      evidence: (spec.evidence ?? []).map((n) => refGetter(env, n)),
      fix: spec.fix !== undefined ? refGetter(env, spec.fix) : undefined,
    };
  }
}

/** The version in force on a date (versions newest first), or undefined. */
export function versionOn<V extends { from: string; to: string | undefined }>(
  versions: readonly V[],
  date: string,
): V | undefined {
  for (const v of versions) if (v.from <= date) return v.to === undefined || date <= v.to ? v : undefined;
  return undefined;
}

/** The version of a rule to evaluate on a date: in force and not marked inactive. */
function versionFor<S, E>(r: CompiledRule<S, E>, date: string): CompiledVersion<S, E> | undefined {
  const only = r.only;
  const v = only !== undefined ? (only.from <= date ? only : undefined) : versionOn(r.versions, date);
  return v === undefined || v.spec.inactive ? undefined : v;
}

/**
 * Tests every rule of a scope on one item, pushes the positions of the rules that hold onto
 * `hits` and returns how many rules were evaluated.
 */
type ScopeRunner<S, E> = (a: Almanac<S, E>, i: number, it: unknown, date: string, hits: number[]) => number;

/**
 * The rules of a scope as one generated function: each rule's versions (newest first) as a chain
 * of date checks, each version's test written out in place, so an item costs one call instead
 * of a call per rule (a per-rule call site sees a different function every time and cannot be
 * inlined). The chain picks the version as `versionOn` does; an inactive version is evaluated
 * by nobody and hides the older ones.
 */
function scopeRunner<S, E>(rules: readonly CompiledRule<S, E>[]): ScopeRunner<S, E> {
  const b = new Bindings();
  const used = [b];
  const parts = rules.map((r, k) =>
    r.versions
      .map((v) => {
        let body = '';
        if (!v.spec.inactive) {
          used.push(v.bindings);
          body = `n++; if (${v.src}) hits.push(${k});`;
        }
        if (v.to !== undefined) body = `if (date <= ${b.bind(v.to)}) { ${body} }`;
        return `if (${b.bind(v.from)} <= date) { ${body} }`;
      })
      .join(' else '),
  );
  return generate<ScopeRunner<S, E>>(
    used,
    'a, i, it, date, hits',
    `let n = 0;\n${parts.join('\n')}\nreturn n;`,
  );
}

export class CompiledRuleSet<S, E> {
  readonly kind: string;
  readonly rules: readonly CompiledRule<S, E>[];
  readonly #engine: Engine<S, E>;
  readonly #byScope: [string, CompiledRule<S, E>[], ScopeRunner<S, E>][];
  readonly #each: CompiledRule<S, E>[];

  constructor(engine: Engine<S, E>, kind: string, rules: CompiledRule<S, E>[]) {
    this.#engine = engine;
    this.kind = kind;
    this.rules = rules;
    const byScope = new Map<string, CompiledRule<S, E>[]>();
    for (const r of rules) {
      if (r.scope === undefined) continue;
      const l = byScope.get(r.scope) ?? [];
      byScope.set(r.scope, l);
      l.push(r);
    }
    this.#byScope = [...byScope].map(([scope, l]) => [scope, l, scopeRunner(l)]);
    this.#each = rules.filter((r) => r.scope === undefined);
  }

  /** A new rule set with more rules (a payer pack's) compiled by the same engine. */
  extend(more: readonly RuleSpec[]): CompiledRuleSet<S, E> {
    const extra = this.#engine.compile({ kind: this.kind, rules: more });
    return new CompiledRuleSet(this.#engine, this.kind, [...this.rules, ...extra.rules]);
  }

  run(a: Almanac<S, E>, options: RunOptions = {}): Outcome {
    const model = a.book.model;
    const out: Outcome = { findings: [], fired: [], evaluations: 0 };
    if (options.trace) out.trace = [];
    const fallback = model.fallbackDate(a);
    const hits: number[] = [];
    for (const [scope, rules, runner] of this.#byScope) {
      const n = a.count(scope);
      for (let i = 0; i < n; i++) {
        const date = model.dateOf(a, scope, i, undefined) ?? fallback;
        if (options.trace) {
          for (const r of rules) this.#evaluate(a, r, scope, i, undefined, date, options, out);
          continue;
        }
        out.evaluations += runner(a, i, undefined, date, hits);
        for (const k of hits) {
          const r = rules[k]!;
          this.#record({ a, r, v: versionFor(r, date)!, scope, i, item: undefined }, true, options, out);
        }
        hits.length = 0;
      }
    }
    for (const r of this.#each) {
      const list = a.get(r.each!, 0);
      if (!Array.isArray(list)) continue;
      const scope = r.spec.scope as { each: string };
      for (let j = 0; j < list.length; j++) {
        const item: unknown = list[j];
        const date = model.dateOf(a, scope.each, j, item) ?? fallback;
        this.#evaluate(a, r, scope.each, j, item, date, options, out);
      }
    }
    dropSuperseded(out, this.#engine.registry);
    return out;
  }

  #evaluate(
    a: Almanac<S, E>,
    r: CompiledRule<S, E>,
    scope: string,
    i: number,
    item: unknown,
    date: string,
    options: RunOptions,
    out: Outcome,
  ): void {
    const v = versionFor(r, date);
    if (!v) return;
    out.evaluations++;
    const hit = v.test(a, i, item);
    if (!hit && !options.trace) return;
    this.#record({ a, r, v, scope, i, item }, hit, options, out);
  }

  /** A rule evaluated: its explanation, into the trace and (when it held) a finding. */
  #record(at: RuleAt<S, E>, hit: boolean, options: RunOptions, out: Outcome): void {
    const { a, r, v, scope, i, item } = at;
    const conditions = v.explain(a, i, item);
    const result: RuleResult = {
      rule: r.spec.id,
      version: v.to !== undefined ? { from: v.from, to: v.to } : { from: v.from },
      scope,
      index: i,
      conditions,
    };
    out.trace?.push(result);
    if (!hit) return;
    out.fired.push(result);
    out.findings.push(this.#finding(at, conditions, options));
  }

  #finding(at: RuleAt<S, E>, conditions: ConditionResult, options: RunOptions): Finding {
    const { a, r, v, scope, i, item } = at;
    const def = this.#engine.registry[r.spec.finding]!;
    const evidence: EvidenceSource[] = v.spec.cite ? v.spec.cite.slice() : [];
    for (const g of r.evidence) {
      const e = g(a, i, item) as EvidenceSource | EvidenceSource[] | undefined;
      if (Array.isArray(e)) evidence.push(...e);
      else if (e) evidence.push(e);
    }
    for (const leaf of leaves(conditions, [])) {
      const name = leaf.predicate ?? `${leaf.fact}${leaf.path ? `.${leaf.path}` : ''}`;
      evidence.push({
        kind: 'fact',
        name,
        value: { actual: leaf.actual, operator: leaf.operator, expected: leaf.expected, result: leaf.result },
      });
    }
    const path: ClaimPath = model(a).path(a, scope, i, item);
    if (r.spec.field !== undefined) path.field = r.spec.field;
    const fix = r.fix
      ? (r.fix(a, i, item) as SuggestedFix | undefined)
      : r.fixText
        ? { description: r.fixText(a, i, item, v.params) }
        : undefined;
    const carc = r.spec.carc ?? def.carc;
    const rarc = r.spec.rarc ?? def.rarc;
    const severity =
      options.severityOf?.(r.spec.finding) ?? v.spec.severity ?? r.spec.severity ?? def.severity;
    // Optional fields are set when present rather than spread in: a finding is built for most
    // claims, and object spreads are the slow way to build one.
    const finding: Finding = {
      code: r.spec.finding,
      severity,
      message: r.message(a, i, item, v.params),
      path,
      evidence,
    };
    if (carc) finding.carc = { group: carc.group, reason: carc.reason };
    if (rarc) finding.rarc = rarc.slice();
    if (fix) finding.fix = fix;
    return finding;
  }
}

const model = <S, E>(a: Almanac<S, E>) => a.book.model;

/** A rule's version at one place of the claim (a scope's item, or an `each` rule's item). */
interface RuleAt<S, E> {
  a: Almanac<S, E>;
  r: CompiledRule<S, E>;
  v: CompiledVersion<S, E>;
  scope: string;
  i: number;
  item: unknown;
}

/** The leaves of a condition's result, in order, pushed onto `out`. */
function leaves(c: ConditionResult, out: LeafResult[]): LeafResult[] {
  if ('all' in c) for (const x of c.all) leaves(x, out);
  else if ('any' in c) for (const x of c.any) leaves(x, out);
  else if ('not' in c) leaves(c.not, out);
  else out.push(c);
  return out;
}

const samePath = (x: ClaimPath, y: ClaimPath): boolean =>
  x.claimId === y.claimId && x.line === y.line && x.diagnosis === y.diagnosis;

/** Registry `supersedes`: a precise finding hides a vaguer one about the same item. */
function dropSuperseded(out: Outcome, registry: FindingRegistry): void {
  const drop = new Set<number>();
  out.findings.forEach((f, k) => {
    const sup = registry[f.code]?.supersedes;
    if (!sup) return;
    out.findings.forEach((g, j) => {
      if (j !== k && sup.includes(g.code) && samePath(f.path, g.path)) drop.add(j);
    });
  });
  if (drop.size === 0) return;
  out.findings = out.findings.filter((_, k) => !drop.has(k));
  out.fired = out.fired.filter((_, k) => !drop.has(k));
}
