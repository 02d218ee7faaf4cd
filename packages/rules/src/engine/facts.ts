/**
 * @module engine/facts
 * Facts are named values computed from the subject (a claim, a lab order) and its context (the
 * tables, today's date, the payer pack). Each is computed lazily, at most once per subject and
 * item, and kept in the subject's almanac: twenty rules reading `line.mue` cost one table
 * lookup. A fact belongs to a scope ("claim", "line", "diagnosis"); its `compute` gets the item's
 * index and may read other facts through the almanac.
 */
import type { ClaimPath } from '@medcode/domain';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';

export interface FactDef<S, E, T = unknown> {
  readonly name: string;
  readonly scope: string;
  readonly description: string;
  /** Position in the almanac's memo table; assigned by the book. */
  readonly slot: number;
  readonly compute: (a: Almanac<S, E>, index: number) => T;
}

/** A typed predicate over the current item; `params` are resolved (version params, literals). */
export interface PredicateDef<S, E> {
  readonly name: string;
  readonly description: string;
  test(a: Almanac<S, E>, index: number, item: unknown, params: Readonly<Record<string, unknown>>): boolean;
  /** What the predicate looked at, for the explanation of a fired rule. */
  detail?(a: Almanac<S, E>, index: number, item: unknown, params: Readonly<Record<string, unknown>>): unknown;
}

/** What the engine must know about a kind of subject. */
export interface SubjectModel<S, E> {
  readonly name: string;
  /** The scope with exactly one item (the claim, the order). */
  readonly root: string;
  /** Every scope and its item count for a subject. */
  readonly scopes: Readonly<Record<string, (subject: S) => number>>;
  /** The date that picks rule versions for an item; undefined when the subject has none. */
  dateOf(a: Almanac<S, E>, scope: string, index: number, item: unknown): string | undefined;
  /** Where a finding on this item points. */
  path(a: Almanac<S, E>, scope: string, index: number, item: unknown): ClaimPath;
  /** The date used when `dateOf` gives none (usually the context's "today"). */
  fallbackDate(a: Almanac<S, E>): string;
}

/** The facts and predicates known for one kind of subject. */
export class FactBook<S, E> {
  readonly model: SubjectModel<S, E>;
  readonly #facts = new Map<string, FactDef<S, E>>();
  readonly #predicates = new Map<string, PredicateDef<S, E>>();
  /** The model's item counters, in one array (read for every subject). */
  readonly counters: readonly ((subject: S) => number)[];

  constructor(model: SubjectModel<S, E>) {
    this.model = model;
    this.counters = Object.values(model.scopes);
  }

  define<T>(spec: {
    name: string;
    scope: string;
    description: string;
    compute: (a: Almanac<S, E>, index: number) => T;
  }): FactDef<S, E, T> {
    if (this.#facts.has(spec.name))
      throw new MedcodeError(ERROR_CODES.BUG, `fact ${spec.name} is defined twice`);
    if (!(spec.scope in this.model.scopes))
      throw new MedcodeError(ERROR_CODES.BUG, `fact ${spec.name}: no scope named ${spec.scope}`);
    const def: FactDef<S, E, T> = { ...spec, slot: this.#facts.size };
    this.#facts.set(spec.name, def as FactDef<S, E>);
    return def;
  }

  predicate(def: PredicateDef<S, E>): PredicateDef<S, E> {
    if (this.#predicates.has(def.name))
      throw new MedcodeError(ERROR_CODES.BUG, `predicate ${def.name} is defined twice`);
    this.#predicates.set(def.name, def);
    return def;
  }

  fact(name: string): FactDef<S, E> | undefined {
    return this.#facts.get(name);
  }

  predicateNamed(name: string): PredicateDef<S, E> | undefined {
    return this.#predicates.get(name);
  }

  get size(): number {
    return this.#facts.size;
  }

  /** Every fact, for documentation (`medcode scrub --explain-facts`, the README table). */
  list(): FactDef<S, E>[] {
    return [...this.#facts.values()];
  }
}

// `undefined` is a legitimate fact value; the memo stores this marker in its place.
const UNDEFINED = Symbol('undefined');

/** The facts of one subject, computed on demand and remembered. */
export class Almanac<S, E> {
  readonly subject: S;
  readonly env: E;
  readonly book: FactBook<S, E>;
  /** How many fact computations ran (the memo's effect is visible in benchmarks and tests). */
  computed = 0;
  /**
   * One flat memo for every fact and item: fact slot × stride + item index, where the stride is
   * the largest scope of the subject (its lines, its diagnoses ...). One allocation per subject,
   * where a row per fact would be dozens.
   */
  readonly #memo: unknown[];
  readonly #stride: number;
  readonly #memoise: boolean;

  constructor(book: FactBook<S, E>, subject: S, env: E, options: { memoise?: boolean } = {}) {
    this.book = book;
    this.subject = subject;
    this.env = env;
    this.#memoise = options.memoise ?? true;
    let stride = 1;
    if (this.#memoise) for (const n of book.counters) stride = Math.max(stride, n(subject));
    this.#stride = stride;
    this.#memo = this.#memoise ? new Array(book.size * stride) : [];
  }

  get<T>(fact: FactDef<S, E, T>, index = 0): T {
    if (!this.#memoise || index >= this.#stride) {
      this.computed++;
      return fact.compute(this, index);
    }
    const k = fact.slot * this.#stride + index;
    const hit = this.#memo[k];
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    this.computed++;
    const value = fact.compute(this, index);
    this.#memo[k] = value === undefined ? UNDEFINED : value;
    return value;
  }

  count(scope: string): number {
    const n = this.book.model.scopes[scope];
    if (!n) throw new MedcodeError(ERROR_CODES.BUG, `no scope named ${scope}`);
    return n(this.subject);
  }
}
