/**
 * @module engine/compile
 * Turns rule data into closures once per rule set: fact names are resolved to fact definitions,
 * `{ param }` references to the version's prepared parameters, paths to getters. Evaluating a
 * rule is then a few function calls and memo lookups. Each condition is compiled twice: a fast
 * test, and an explaining evaluation that records every leaf (fact, expected, actual, outcome),
 * run only when the rule fires or when a trace is asked for.
 *
 * The fast test of a rule version is one generated function (`fuse`): its condition tree
 * written out as `&&`, `||` and `!` over the leaves, each leaf calling its operator and reading
 * its fact from the almanac directly. A tree of small closures would send every rule through
 * the same few call sites, which the JavaScript engine cannot inline; a function per version
 * gives each leaf a call site of its own. The generated text holds only operators, punctuation
 * and binding names ($a_0, $a_1 ...): values (facts, operators, expected values, from rule files
 * or payer packs alike) are passed in as arguments, never written into the source. The engine
 * writes the tests of a scope's rules, with their bindings, into one larger function of the same
 * kind (`generate`).
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { Almanac, FactBook, FactDef, PredicateDef } from './facts.ts';
import type { Operator } from './operators.ts';
import type { Condition, ConditionResult, JsonValue, RuleSpec, RuleVersion, ValueRef } from './types.ts';

export type Test<S, E> = (a: Almanac<S, E>, index: number, item: unknown) => boolean;
export type Explain<S, E> = (a: Almanac<S, E>, index: number, item: unknown) => ConditionResult;
type Getter<S, E> = (a: Almanac<S, E>, index: number, item: unknown) => unknown;

export interface CompileEnv<S, E> {
  book: FactBook<S, E>;
  operators: ReadonlyMap<string, Operator>;
  /** The rule's scope name ("line"), or undefined for `each` rules. */
  scope: string | undefined;
  ruleId: string;
}

const bug = (ruleId: string, msg: string): never => {
  throw new MedcodeError(ERROR_CODES.BUG, `rule ${ruleId}: ${msg}`);
};

export function pathGetter(path: string | undefined): (v: unknown) => unknown {
  if (path === undefined || path === '') return (v) => v;
  const keys = path.split('.');
  return (v) => {
    let cur = v;
    for (const k of keys) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[k];
    }
    return cur;
  };
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isParamRef = (v: unknown): v is { param: string } =>
  isObj(v) && Object.keys(v).length === 1 && typeof v.param === 'string';
const isFactRef = (v: unknown): v is { fact: string; path?: string } =>
  isObj(v) &&
  typeof v.fact === 'string' &&
  Object.keys(v).every((k) => k === 'fact' || (k === 'path' && typeof v.path === 'string'));

/** Reads a fact (or the current item) from the right item of the right scope. */
export function factGetter<S, E>(env: CompileEnv<S, E>, name: string, path?: string): Getter<S, E> {
  const get = pathGetter(path);
  if (name === '$item') {
    if (env.scope !== undefined) bug(env.ruleId, '$item is only for `each` rules');
    return (_a, _i, item) => get(item);
  }
  const def = env.book.fact(name) ?? bug(env.ruleId, `no fact named ${name}`);
  const root = env.book.model.root;
  if (def.scope === root) return path ? (a) => get(a.get(def, 0)) : (a) => a.get(def, 0);
  if (env.scope !== undefined) {
    if (def.scope !== env.scope)
      bug(env.ruleId, `fact ${name} is of scope ${def.scope}, the rule runs on ${env.scope}`);
    return path ? (a, i) => get(a.get(def, i)) : (a, i) => a.get(def, i);
  }
  // In an `each` rule, a fact of scope X reads the item's field X (an index): { line: 2, ... }.
  const scope = def.scope;
  return (a, _i, item) => {
    const at = isObj(item) ? item[scope] : undefined;
    return typeof at === 'number' ? get(a.get(def as FactDef<S, E>, at)) : undefined;
  };
}

function constant<S, E>(
  env: CompileEnv<S, E>,
  v: ValueRef,
  params: Readonly<Record<string, unknown>>,
): { value: unknown } | undefined {
  if (isFactRef(v)) return undefined;
  if (isParamRef(v)) {
    if (!(v.param in params)) bug(env.ruleId, `no parameter named ${v.param} in the version in force`);
    return { value: params[v.param] };
  }
  return { value: v };
}

/** A condition compiled: its test as source (see `fuse`) and its explaining evaluation. */
interface Compiled<S, E> {
  explain: Explain<S, E>;
  /** The test as a JavaScript expression over `a`, `i`, `it` and the bindings' names. */
  src: string;
}

// Binding names are unique across every compiled version ($a_0, $a_1, $b_0 ...), so the tests
// of several versions can be written into one function (the engine's per-scope runner).
let serial = 0;

/** The values a generated test reads, each under a name of its own. */
export class Bindings {
  readonly names: string[] = [];
  readonly values: unknown[] = [];
  readonly #prefix = `$${(serial++).toString(36)}_`;

  bind(value: unknown): string {
    const name = `${this.#prefix}${this.values.length}`;
    this.names.push(name);
    this.values.push(value);
    return name;
  }
}

/**
 * A generated function: `body` is source over the bindings' names and `args`. The source holds
 * no values (see the module comment).
 */
export function generate<F>(bindings: readonly Bindings[], args: string, body: string): F {
  const names = bindings.flatMap((b) => b.names);
  const values = bindings.flatMap((b) => b.values);
  const make = new Function(...names, `"use strict"; return function (${args}) { ${body} };`);
  return make(...values) as F;
}

/** One function for a whole condition tree (see the module comment). */
const fuse = <S, E>(src: string, b: Bindings): Test<S, E> =>
  generate<Test<S, E>>([b], 'a, i, it', `return ${src};`);

/** The expression that reads a fact (or the current item), as `factGetter` would. */
function getterSource<S, E>(env: CompileEnv<S, E>, b: Bindings, name: string, path?: string): string {
  const root = env.book.model.root;
  const def = name === '$item' ? undefined : env.book.fact(name);
  const read =
    name === '$item'
      ? env.scope === undefined
        ? 'it'
        : undefined
      : def === undefined
        ? undefined
        : def.scope === root
          ? `a.get(${b.bind(def)}, 0)`
          : env.scope !== undefined && def.scope === env.scope
            ? `a.get(${b.bind(def)}, i)`
            : undefined;
  // Anything else (an unknown name, a fact of another scope) goes through the getter, which
  // reports the mistake at compile time or reads the item's index field.
  if (read === undefined) return `${b.bind(factGetter(env, name, path))}(a, i, it)`;
  return path === undefined || path === '' ? read : `${b.bind(pathGetter(path))}(${read})`;
}

export function compileCondition<S, E>(
  env: CompileEnv<S, E>,
  c: Condition,
  params: Readonly<Record<string, unknown>>,
  b: Bindings = new Bindings(),
): Compiled<S, E> {
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(env, x, params, b));
    return {
      src: parts.length === 0 ? 'true' : `(${parts.map((p) => p.src).join(' && ')})`,
      explain: (a, i, it) => {
        const all: ConditionResult[] = [];
        for (const p of parts) {
          const r = p.explain(a, i, it);
          all.push(r);
          if (!r.result) return { all, result: false };
        }
        return { all, result: true };
      },
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(env, x, params, b));
    return {
      src: parts.length === 0 ? 'false' : `(${parts.map((p) => p.src).join(' || ')})`,
      explain: (a, i, it) => {
        const any: ConditionResult[] = [];
        for (const p of parts) {
          const r = p.explain(a, i, it);
          any.push(r);
          if (r.result) return { any, result: true };
        }
        return { any, result: false };
      },
    };
  }
  if ('not' in c) {
    const inner = compileCondition(env, c.not, params, b);
    return {
      src: `(!${inner.src})`,
      explain: (a, i, it) => {
        const r = inner.explain(a, i, it);
        return { not: r, result: !r.result };
      },
    };
  }
  if ('predicate' in c) return compilePredicate(env, c.predicate, c.params ?? {}, params, b);
  return compileLeaf(env, c.fact, c.path, c.operator, c.value, params, b);
}

function compileLeaf<S, E>(
  env: CompileEnv<S, E>,
  fact: string,
  path: string | undefined,
  operator: string,
  value: ValueRef,
  params: Readonly<Record<string, unknown>>,
  b: Bindings,
): Compiled<S, E> {
  const op = env.operators.get(operator) ?? bug(env.ruleId, `no operator named ${operator}`);
  const actual = factGetter(env, fact, path);
  const opName = b.bind(op);
  const actualSrc = getterSource(env, b, fact, path);
  const k = constant(env, value, params);
  const shown = isParamRef(value) ? (params[value.param] ?? null) : value;
  const leaf = (expected: unknown, act: unknown, result: boolean): ConditionResult =>
    path !== undefined
      ? { fact, path, operator, expected, actual: act, result }
      : { fact, operator, expected, actual: act, result };
  if (k) {
    const expected = op.prepare ? op.prepare(k.value) : k.value;
    return {
      src: `${opName}.test(${actualSrc}, ${b.bind(expected)})`,
      explain: (a, i, it) => {
        const v = actual(a, i, it);
        return leaf(shownValue(shown), v, op.test(v, expected));
      },
    };
  }
  const ref = value as { fact: string; path?: string };
  const other = factGetter(env, ref.fact, ref.path);
  return {
    src: `${opName}.test(${actualSrc}, ${getterSource(env, b, ref.fact, ref.path)})`,
    explain: (a, i, it) => {
      const v = actual(a, i, it);
      const e = other(a, i, it);
      return leaf(e, v, op.test(v, e));
    },
  };
}

/** Long parameter lists (a code list of 400 entries) are shown by their size, not in full. */
function shownValue(v: unknown): unknown {
  if (Array.isArray(v) && v.length > 20) return `[${v.length} entries: ${v.slice(0, 5).join(', ')}, ...]`;
  return v;
}

function compilePredicate<S, E>(
  env: CompileEnv<S, E>,
  name: string,
  raw: Record<string, ValueRef>,
  params: Readonly<Record<string, unknown>>,
  b: Bindings,
): Compiled<S, E> {
  const def: PredicateDef<S, E> = env.book.predicateNamed(name) ?? bug(env.ruleId, `no predicate ${name}`);
  const fixed: Record<string, unknown> = {};
  const dynamic: [string, Getter<S, E>][] = [];
  for (const [k, v] of Object.entries(raw)) {
    const c = constant(env, v, params);
    if (c) fixed[k] = c.value;
    else {
      const ref = v as { fact: string; path?: string };
      dynamic.push([k, factGetter(env, ref.fact, ref.path)]);
    }
  }
  const args =
    dynamic.length === 0
      ? () => fixed
      : (a: Almanac<S, E>, i: number, it: unknown) => {
          const p: Record<string, unknown> = { ...fixed };
          for (const [k, g] of dynamic) p[k] = g(a, i, it);
          return p;
        };
  const test: Test<S, E> = (a, i, it) => def.test(a, i, it, args(a, i, it));
  return {
    src: `${b.bind(test)}(a, i, it)`,
    explain: (a, i, it) => {
      const p = args(a, i, it);
      const result = def.test(a, i, it, p);
      return {
        predicate: name,
        expected: Object.keys(raw).length > 0 ? p : undefined,
        actual: def.detail ? def.detail(a, i, it, p) : undefined,
        result,
      };
    },
  };
}

export interface CompiledVersion<S, E> extends Compiled<S, E> {
  /** The fast test: the condition tree as one generated function. */
  test: Test<S, E>;
  /** The values `src` reads, for writing it into a larger generated function. */
  bindings: Bindings;
  spec: RuleVersion;
  from: string;
  to: string | undefined;
  params: Readonly<Record<string, JsonValue>>;
}

export function compileVersion<S, E>(
  env: CompileEnv<S, E>,
  rule: RuleSpec,
  v: RuleVersion,
): CompiledVersion<S, E> {
  const params = v.params ?? {};
  const b = new Bindings();
  const c = compileCondition(env, v.when ?? rule.when, params, b);
  return { ...c, test: fuse(c.src, b), bindings: b, spec: v, from: v.from, to: v.to, params };
}
