/**
 * @module syntax/element-plan
 * The element definitions of a segment compiled into one array of integers, and a check that
 * answers only "nothing to report" over a segment view's byte ranges. Nearly every segment of a
 * batch is clean, and for those this one loop over integers replaces the full checker
 * (element-check.ts), which walks spec objects and builds issues. When the answer is not a
 * certain yes, the full checker runs and says what is wrong, so the issues are always its own.
 * A property test holds the two together (element-plan.test.ts).
 */
import { type ElementSpec, type SegmentSpec, segmentSpecOf } from '../dictionary/dictionary.ts';
import { SEG_FLAG, type SegmentView } from './segment-view.ts';

// Element types in a plan.
const T_ANY = 0;
const T_N = 3;
const T_R = 4;
const T_DT = 5;
const T_TM = 6;
const T_COMPOSITE = 7;
const TYPE: Readonly<Record<string, number>> = {
  '': T_ANY,
  AN: 1,
  ID: 2,
  N: T_N,
  R: T_R,
  DT: T_DT,
  TM: T_TM,
};

/** Integers per element (and per component) of a plan: type, min, max, required, first component. */
const W = 5;

/**
 * plan[0] = number of elements n; plan[1] = number of components m; plan[2], plan[3] = the
 * qualifier and the date element of a qualified date (0 when the segment has none); plan[4] =
 * the last required element (0 when none is), so absent trailing elements need no look; element k
 * (1-based) at HEAD + (k−1)·W; components after the elements at HEAD + n·W + c·W, an element's
 * own components from its "first component" index; then each element's number of components.
 */
export type ElementPlan = Int32Array;

const HEAD = 5;

/** Date/time values whose format a qualifier element names (D8, RD8, DT, TM): [qualifier, value]. */
export const QUALIFIED: Readonly<Record<string, readonly [number, number]>> = {
  DTP: [2, 3],
  DMG: [1, 2],
  PAT: [5, 6],
  DTM: [5, 6],
};

function compile(spec: SegmentSpec): ElementPlan {
  const defs = spec.elements;
  const comps: ElementSpec[] = [];
  const compCount: number[] = [];
  for (const e of defs) {
    compCount.push(e.composite?.length ?? 0);
    if (e.composite !== undefined) comps.push(...e.composite);
  }
  const plan = new Int32Array(HEAD + (defs.length + comps.length) * W + 2 * defs.length);
  plan[0] = defs.length;
  plan[1] = comps.length;
  const qualified = QUALIFIED[spec.tag];
  if (qualified !== undefined) [plan[2], plan[3]] = qualified;
  plan[4] = defs.reduce((last, e, k) => (e.required ? k + 1 : last), 0);
  const write = (at: number, e: ElementSpec, type: number, first: number): void => {
    plan[at] = type;
    plan[at + 1] = e.min;
    plan[at + 2] = Math.min(e.max, 0x7fffffff);
    plan[at + 3] = e.required ? 1 : 0;
    plan[at + 4] = first;
  };
  let c = 0;
  defs.forEach((e, k) => {
    const composite = e.composite !== undefined;
    write(
      HEAD + k * W,
      e,
      composite ? T_COMPOSITE : TYPE[e.type]!,
      composite ? HEAD + (defs.length + c) * W : 0,
    );
    if (e.composite !== undefined)
      for (const part of e.composite) {
        write(HEAD + (defs.length + c) * W, part, TYPE[part.type]!, 0);
        c++;
      }
  });
  // The number of components of each element, after the components; then its last required one.
  const counts = HEAD + (defs.length + comps.length) * W;
  compCount.forEach((n, k) => {
    plan[counts + k] = n;
  });
  defs.forEach((e, k) => {
    plan[counts + defs.length + k] = (e.composite ?? []).reduce(
      (last, c, j) => (c.required ? j + 1 : last),
      0,
    );
  });
  return plan;
}

const plans: (ElementPlan | null | undefined)[] = [];

/** The plan of a numbered segment tag; null when the dictionary does not define the segment. */
export function planOf(tagNo: number, tag: string): ElementPlan | null {
  const known = plans[tagNo];
  if (known !== undefined) return known;
  const spec = segmentSpecOf(tagNo, tag);
  const plan = spec === undefined ? null : compile(spec);
  while (plans.length <= tagNo) plans.push(undefined);
  plans[tagNo] = plan;
  return plan;
}

/** Flags that send a segment to the full checker: control characters, repetitions, lost elements. */
const SLOW = SEG_FLAG.CONTROL | SEG_FLAG.REPETITION;

/**
 * True only when the full checker (element-check.ts `checkElementsFully`) would report nothing
 * for this segment, qualified dates (DTP, DMG, PAT, DTM) included.
 */
export function elementsClean(view: SegmentView, plan: ElementPlan): boolean {
  if ((view.flags & SLOW) !== 0 || view.overflow > 0) return false;
  const n = plan[0]!;
  const count = view.count;
  const sep = view.sep;
  if (count > n) for (let k = n + 1; k <= count; k++) if (sep[k + 1]! - sep[k]! > 1) return false;
  const buf = view.buf;
  const comp = (view.flags & SEG_FLAG.COMPONENT) !== 0 ? view.delimiters.component : -1;
  const counts = HEAD + (n + plan[1]!) * W;
  // Elements past the last one sent are absent: clean unless one of them is required.
  if (count < plan[4]!) return false;
  const present = Math.min(count, n);
  for (let k = 1; k <= present; k++) {
    const at = HEAD + (k - 1) * W;
    const a = sep[k]! + 1;
    const b = sep[k + 1]!;
    if (a >= b) {
      if (plan[at + 3] === 1) return false;
      continue;
    }
    const type = plan[at]!;
    if (type === T_COMPOSITE) {
      const parts = plan[counts + k - 1]!;
      const required = plan[counts + n + k - 1]!;
      if (!compositeClean(buf, a, b, comp, plan, plan[at + 4]!, parts, required)) return false;
      continue;
    }
    if (comp >= 0) for (let p = a; p < b; p++) if (buf[p] === comp) return false;
    if (!valueClean(buf, a, b, type, plan[at + 1]!, plan[at + 2]!)) return false;
  }
  return plan[2] === 0 || qualifiedClean(view, plan[2]!, plan[3]!);
}

/** The date in element v has the format its qualifier q names (element-check.ts `validQualifiedDate`). */
function qualifiedClean(view: SegmentView, q: number, v: number): boolean {
  const count = view.count;
  if (q > count || v > count) return true;
  const sep = view.sep;
  const qa = sep[q]! + 1;
  const qb = sep[q + 1]!;
  const a = sep[v]! + 1;
  const b = sep[v + 1]!;
  if (qa >= qb || a >= b) return true;
  const buf = view.buf;
  const q0 = buf[qa];
  const q1 = buf[qa + 1];
  if (qb - qa === 2 && q0 === 0x44 && q1 === 0x38) return b - a === 8 && dateClean(buf, a, b); // D8
  if (qb - qa === 3 && q0 === 0x52 && q1 === 0x44 && buf[qa + 2] === 0x38)
    return b - a === 17 && buf[a + 8] === 0x2d && dateClean(buf, a, a + 8) && dateClean(buf, a + 9, b); // RD8
  if (qb - qa === 2 && q0 === 0x44 && q1 === 0x54)
    return b - a === 12 && dateClean(buf, a, a + 8) && timeClean(buf, a + 8, b); // DT
  if (qb - qa === 2 && q0 === 0x54 && q1 === 0x4d) return timeClean(buf, a, b); // TM
  return true;
}

function compositeClean(
  buf: Uint8Array,
  a: number,
  b: number,
  comp: number,
  plan: ElementPlan,
  first: number,
  parts: number,
  required: number,
): boolean {
  let j = 0;
  let from = a;
  for (let p = a; p <= b; p++) {
    if (p !== b && buf[p] !== comp) continue;
    if (j >= parts) return false;
    const at = first + j * W;
    if (from >= p) {
      if (plan[at + 3] === 1) return false;
    } else if (!valueClean(buf, from, p, plan[at]!, plan[at + 1]!, plan[at + 2]!)) return false;
    j++;
    from = p + 1;
  }
  // Components past the last one sent are absent: clean unless one of them is required.
  return j >= required;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** One value of a simple element (or component) is well formed and of an allowed length. */
function valueClean(buf: Uint8Array, a: number, b: number, type: number, min: number, max: number): boolean {
  let length = b - a;
  switch (type) {
    case T_N: {
      let p = a;
      if (buf[p] === 0x2d) p++;
      if (p === b) return false;
      for (let i = p; i < b; i++) if (!isDigit(buf[i]!)) return false;
      length = b - p;
      break;
    }
    case T_R: {
      let digits = 0;
      let dots = 0;
      for (let i = a; i < b; i++) {
        const c = buf[i]!;
        if (isDigit(c)) digits++;
        else if (c === 0x2e) dots++;
        else if (!(c === 0x2d && i === a)) return false;
      }
      if (dots > 1 || digits === 0) return false;
      length = digits;
      break;
    }
    case T_DT:
      if (!dateClean(buf, a, b)) return false;
      break;
    case T_TM:
      if (!timeClean(buf, a, b)) return false;
      break;
    default:
      break;
  }
  return length >= min && length <= max;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(buf: Uint8Array, a: number, n: number): number {
  let v = 0;
  for (let i = a; i < a + n; i++) {
    const c = buf[i]! - 0x30;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** CCYYMMDD (8) or YYMMDD (6), as element-check.ts `validDate`. */
export function dateClean(buf: Uint8Array, a: number, b: number): boolean {
  const n = b - a;
  if (n !== 8 && n !== 6) return false;
  const y = n === 8 ? digits(buf, a, 4) : digits(buf, a, 2);
  const m = digits(buf, b - 4, 2);
  const d = digits(buf, b - 2, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const year = n === 8 ? y : 2000 + y;
  if (m === 2 && d === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return d <= DAYS[m - 1]!;
}

/** HHMM, HHMMSS, HHMMSSd or HHMMSSdd, as element-check.ts `validTime`. */
export function timeClean(buf: Uint8Array, a: number, b: number): boolean {
  const n = b - a;
  if (n !== 4 && n !== 6 && n !== 7 && n !== 8) return false;
  const h = digits(buf, a, 2);
  const mi = digits(buf, a + 2, 2);
  if (h < 0 || mi < 0 || h > 23 || mi > 59) return false;
  if (n === 4) return true;
  const s = digits(buf, a + 4, 2);
  if (s < 0 || s > 59) return false;
  return n === 6 || digits(buf, a + 6, n - 6) >= 0;
}
