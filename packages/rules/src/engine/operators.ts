/**
 * @module engine/operators
 * Operators compare a fact's value (actual) with the rule's value (expected). They are
 * pluggable: an engine takes any map of them. `prepare` turns a constant expected value into a
 * faster form once per rule version (an array into a Set, a code list into a matcher).
 */
import { CodeList } from './code-list.ts';

export interface Operator {
  readonly name: string;
  test(actual: unknown, expected: unknown): boolean;
  prepare?(expected: unknown): unknown;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const cmp =
  (f: (a: number | string, b: number | string) => boolean) =>
  (a: unknown, b: unknown): boolean =>
    (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')
      ? f(a, b)
      : false;

const asSet = (v: unknown): ReadonlySet<unknown> =>
  v instanceof Set ? v : new Set(Array.isArray(v) ? v : v === undefined ? [] : [v]);
const asList = (v: unknown): CodeList =>
  v instanceof CodeList ? v : new CodeList(Array.isArray(v) ? v.map(String) : [String(v)]);
const items = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

export const DEFAULT_OPERATORS: readonly Operator[] = [
  { name: 'equal', test: (a, b) => a === b },
  { name: 'notEqual', test: (a, b) => a !== b },
  { name: 'lessThan', test: cmp((a, b) => a < b) },
  { name: 'lessThanInclusive', test: cmp((a, b) => a <= b) },
  { name: 'greaterThan', test: cmp((a, b) => a > b) },
  { name: 'greaterThanInclusive', test: cmp((a, b) => a >= b) },
  /** `true`: the fact has a value (not undefined, null, '' or []); `false`: it has none. */
  {
    name: 'exists',
    test: (a, b) => {
      const has = a !== undefined && a !== null && a !== '' && !(Array.isArray(a) && a.length === 0);
      return b === false ? !has : has;
    },
  },
  { name: 'in', prepare: asSet, test: (a, b) => asSet(b).has(a) },
  { name: 'notIn', prepare: asSet, test: (a, b) => !asSet(b).has(a) },
  { name: 'contains', test: (a, b) => items(a).includes(b) },
  { name: 'doesNotContain', test: (a, b) => !items(a).includes(b) },
  /** Some element of the actual list is in the expected list. */
  {
    name: 'containsAny',
    prepare: asSet,
    test: (a, b) => {
      const s = asSet(b);
      return items(a).some((x) => s.has(x));
    },
  },
  {
    name: 'containsNone',
    prepare: asSet,
    test: (a, b) => {
      const s = asSet(b);
      return !items(a).some((x) => s.has(x));
    },
  },
  /** A code in a code list ("Z00", "!Z00.6", "E08-E13", "N18.-"). */
  { name: 'inCodeList', prepare: asList, test: (a, b) => typeof a === 'string' && asList(b).has(a) },
  { name: 'notInCodeList', prepare: asList, test: (a, b) => typeof a === 'string' && !asList(b).has(a) },
  /** Some code of the actual list is in the code list. */
  {
    name: 'anyInCodeList',
    prepare: asList,
    test: (a, b) => {
      const l = asList(b);
      return items(a).some((x) => typeof x === 'string' && l.has(x));
    },
  },
  {
    name: 'noneInCodeList',
    prepare: asList,
    test: (a, b) => {
      const l = asList(b);
      return !items(a).some((x) => typeof x === 'string' && l.has(x));
    },
  },
  {
    name: 'matches',
    prepare: (b) => (b instanceof RegExp ? b : new RegExp(String(b))),
    test: (a, b) => typeof a === 'string' && (b instanceof RegExp ? b : new RegExp(String(b))).test(a),
  },
  /** Number of elements of the actual list is greater than expected. */
  { name: 'lengthGreaterThan', test: (a, b) => items(a).length > (num(b) ?? Number.POSITIVE_INFINITY) },
];

export const operatorMap = (ops: readonly Operator[] = DEFAULT_OPERATORS): Map<string, Operator> =>
  new Map(ops.map((o) => [o.name, o]));
