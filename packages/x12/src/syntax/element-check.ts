/**
 * @module syntax/element-check
 * Data element syntax checks on a segment view, straight from its bytes: required elements,
 * too many elements / components / repetitions, minimum and maximum length, numeric (N, R),
 * date (DT), time (TM) and invalid characters, reported with the IK403 code of the 999
 * (005010X231A1). Date formats qualified by a neighbouring element (DTP02 D8/RD8/DT/TM, DMG01,
 * DTM05, HI composites) are checked too. Nothing is allocated unless there is a problem.
 */
import { type ElementSpec, elementRef, segmentSpecOf } from '../dictionary/dictionary.ts';
import type { X12ProblemCode } from '../problems/registry.ts';
import { elementsClean, planOf, QUALIFIED } from './element-plan.ts';
import { SEG_FLAG, type SegmentView } from './segment-view.ts';

export interface ElementIssue {
  code: X12ProblemCode;
  element: number;
  component?: number;
  repetition?: number;
  ref?: string;
  value?: string;
  message: string;
  /** Set when the issue does not lose the value (a whole number written "1.00"). */
  severity?: 'warning';
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

function digitsOnly(buf: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isDigit(buf[i]!)) return false;
  return true;
}

function num(buf: Uint8Array, a: number, n: number): number {
  let v = 0;
  for (let i = a; i < a + n; i++) v = v * 10 + (buf[i]! - 0x30);
  return v;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** CCYYMMDD (8) or YYMMDD (6) at [a, b). */
export function validDate(buf: Uint8Array, a: number, b: number): boolean {
  const n = b - a;
  if ((n !== 8 && n !== 6) || !digitsOnly(buf, a, b)) return false;
  const y = n === 8 ? num(buf, a, 4) : 2000 + num(buf, a, 2);
  const m = num(buf, b - 4, 2);
  const d = num(buf, b - 2, 2);
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= DAYS[m - 1]!;
}

/** HHMM, HHMMSS, HHMMSSd or HHMMSSdd at [a, b). */
export function validTime(buf: Uint8Array, a: number, b: number): boolean {
  const n = b - a;
  if (n !== 4 && n !== 6 && n !== 7 && n !== 8) return false;
  if (!digitsOnly(buf, a, b)) return false;
  if (num(buf, a, 2) > 23 || num(buf, a + 2, 2) > 59) return false;
  return n === 4 || num(buf, a + 4, 2) <= 59;
}

/** Checks one segment's elements; appends issues to `out`. */
export function checkElements(view: SegmentView, out: ElementIssue[]): void {
  // Most segments are clean: a compiled plan says so over the bytes, and only the others are
  // walked below to say what is wrong (element-plan.ts).
  const plan = view.tagNo >= 0 ? planOf(view.tagNo, view.tag) : undefined;
  if (plan !== undefined && plan !== null && elementsClean(view, plan)) return;
  checkElementsFully(view, out);
}

/** Every check, element by element, with the issues it finds (the path of a segment that is not clean). */
export function checkElementsFully(view: SegmentView, out: ElementIssue[]): void {
  if ((view.flags & SEG_FLAG.CONTROL) !== 0) controlCharacters(view, out);
  const spec = segmentSpecOf(view.tagNo, view.tag);
  if (spec === undefined) return;
  const { sep, buf } = view;
  const defs = spec.elements;
  const count = view.count;
  if (count > defs.length || view.overflow > 0) {
    for (let k = defs.length + 1; k <= count; k++)
      if (view.len(k) > 0) {
        out.push({
          code: 'x12.element.too-many',
          element: k,
          message: `${view.tag} has ${count} data elements; it defines ${defs.length}`,
        });
        break;
      }
  }
  const rep = view.delimiters.repetition;
  const hasRep = (view.flags & SEG_FLAG.REPETITION) !== 0 && rep !== undefined;
  for (let k = 1; k <= defs.length; k++) {
    const e = defs[k - 1]!;
    const a = k <= count ? sep[k]! + 1 : 0;
    const b = k <= count ? sep[k + 1]! : 0;
    if (a >= b) {
      if (e.required)
        out.push({
          code: 'x12.element.required',
          element: k,
          ref: e.ref,
          message: `${view.tag}${pad(k)} is required`,
        });
      continue;
    }
    if (hasRep && buf.indexOf(rep, a) >= 0 && buf.indexOf(rep, a) < b) {
      let r = 1;
      let from = a;
      for (let p = a; p <= b; p++) {
        if (p === b || buf[p] === rep) {
          if (r > e.repeat) {
            out.push({
              code: 'x12.element.too-many-repetitions',
              element: k,
              repetition: r,
              ref: e.ref,
              message: `${view.tag}${pad(k)} repeats more than ${e.repeat} time(s)`,
            });
            break;
          }
          checkValue(view, e, from, p, k, r, out);
          r++;
          from = p + 1;
        }
      }
      continue;
    }
    // The common case, a plain code or string of the right length, without a call.
    if (
      e.composite === undefined &&
      (e.type === 'AN' || e.type === 'ID') &&
      (view.flags & SEG_FLAG.COMPONENT) === 0
    ) {
      if (b - a >= e.min && b - a <= e.max) continue;
    }
    checkValue(view, e, a, b, k, undefined, out);
  }
  const t = view.tag;
  if (t === 'DTP' || t === 'DMG' || t === 'PAT' || t === 'DTM') qualifiedDates(view, out);
}

function checkValue(
  view: SegmentView,
  e: ElementSpec,
  a: number,
  b: number,
  k: number,
  repetition: number | undefined,
  out: ElementIssue[],
): void {
  const buf = view.buf;
  const comp = view.delimiters.component;
  const composite = e.composite;
  if (composite === undefined) {
    if ((view.flags & SEG_FLAG.COMPONENT) !== 0) {
      const at = buf.indexOf(comp, a);
      if (at >= 0 && at < b) {
        out.push(
          withRep(
            {
              code: 'x12.element.too-many-components',
              element: k,
              ref: e.ref,
              value: view.buf.toString('latin1', a, b),
              message: `${view.tag}${pad(k)} is a simple element but holds a component separator`,
            },
            repetition,
          ),
        );
        return;
      }
    }
    checkSimple(view, e, a, b, k, undefined, repetition, out);
    return;
  }
  let j = 1;
  let from = a;
  for (let p = a; p <= b; p++) {
    if (p !== b && buf[p] !== comp) continue;
    const c = composite[j - 1];
    if (c === undefined) {
      out.push(
        withRep(
          {
            code: 'x12.element.too-many-components',
            element: k,
            component: j,
            message: `${view.tag}${pad(k)} has more than ${composite.length} components`,
          },
          repetition,
        ),
      );
      return;
    }
    if (from >= p) {
      if (c.required)
        out.push(
          withRep(
            {
              code: 'x12.element.required',
              element: k,
              component: j,
              ref: c.ref,
              message: `${view.tag}${pad(k)}-${j} is required`,
            },
            repetition,
          ),
        );
    } else checkSimple(view, c, from, p, k, j, repetition, out);
    j++;
    from = p + 1;
  }
  for (; j <= composite.length; j++)
    if (composite[j - 1]!.required)
      out.push(
        withRep(
          {
            code: 'x12.element.required',
            element: k,
            component: j,
            ref: composite[j - 1]!.ref,
            message: `${view.tag}${pad(k)}-${j} is required`,
          },
          repetition,
        ),
      );
}

function checkSimple(
  view: SegmentView,
  e: ElementSpec,
  a: number,
  b: number,
  k: number,
  component: number | undefined,
  repetition: number | undefined,
  out: ElementIssue[],
): void {
  const buf = view.buf;
  let length = b - a;
  let code: X12ProblemCode | undefined;
  let what = '';
  let warning = false;
  switch (e.type) {
    case 'N': {
      const neg = buf[a] === 0x2d ? 1 : 0;
      if (b - a - neg === 0 || !digitsOnly(buf, a + neg, b)) {
        code = 'x12.element.invalid-character';
        what = 'must be a whole number';
        // "1.00" still reads as 1: reported, but not as a loss of the value.
        warning = wholeWithZeroFraction(buf, a + neg, b);
      } else length -= neg;
      break;
    }
    case 'R': {
      let digits = 0;
      let dots = 0;
      let bad = false;
      for (let i = a; i < b; i++) {
        const c = buf[i]!;
        if (isDigit(c)) digits++;
        else if (c === 0x2e) dots++;
        else if (!(c === 0x2d && i === a)) bad = true;
      }
      if (bad || dots > 1 || digits === 0) {
        code = 'x12.element.invalid-character';
        what = 'must be a decimal number';
      } else length = digits;
      break;
    }
    case 'DT':
      if (!validDate(buf, a, b)) {
        code = 'x12.element.invalid-date';
        what = 'is not a valid date';
      }
      break;
    case 'TM':
      if (!validTime(buf, a, b)) {
        code = 'x12.element.invalid-time';
        what = 'is not a valid time';
      }
      break;
    default:
      break;
  }
  if (code === undefined) {
    if (length < e.min) {
      code = 'x12.element.too-short';
      what = `is shorter than ${e.min}`;
    } else if (length > e.max) {
      code = 'x12.element.too-long';
      what = `is longer than ${e.max}`;
    } else return;
  }
  // Built only when there is something to say: this runs for every element of every segment.
  const where = `${view.tag}${pad(k)}${component === undefined ? '' : `-${component}`}`;
  const i: ElementIssue = {
    code,
    element: k,
    ref: e.ref,
    value: buf.toString('latin1', a, b),
    message: `${where} ${what}`,
  };
  if (component !== undefined) i.component = component;
  if (warning) i.severity = 'warning';
  out.push(withRep(i, repetition));
}

function controlCharacters(view: SegmentView, out: ElementIssue[]): void {
  const { buf, sep } = view;
  for (let k = 1; k <= view.count; k++) {
    for (let p = sep[k]! + 1; p < sep[k + 1]!; p++) {
      const c = buf[p]!;
      if (c < 0x20 || c === 0x7f) {
        const issue: ElementIssue = {
          code: 'x12.element.invalid-character',
          element: k,
          message: `${view.tag}${pad(k)} holds a control character (0x${c.toString(16).padStart(2, '0')})`,
        };
        const ref = elementRef(view.tag, k);
        if (ref !== undefined) issue.ref = ref;
        out.push(issue);
        break;
      }
    }
  }
}

function qualifiedDates(view: SegmentView, out: ElementIssue[]): void {
  const pair = QUALIFIED[view.tag];
  if (pair === undefined) return;
  const [q, v] = pair;
  if (!view.has(q) || !view.has(v)) return;
  const a = view.sep[v]! + 1;
  const b = view.sep[v + 1]!;
  if (!validQualifiedDate(view.buf, a, b, view.code(q)))
    out.push({
      code: view.is(q, 'TM') ? 'x12.element.invalid-time' : 'x12.element.invalid-date',
      element: v,
      ref: '1251',
      value: view.buf.toString('latin1', a, b),
      message: `${view.tag}${pad(v)} does not match the format ${view.code(q)}`,
    });
}

/** A date in the format named by a date/time period format qualifier (data element 1250). */
export function validQualifiedDate(buf: Uint8Array, a: number, b: number, qualifier: string): boolean {
  switch (qualifier) {
    case 'D8':
      return b - a === 8 && validDate(buf, a, b);
    case 'RD8':
      return b - a === 17 && buf[a + 8] === 0x2d && validDate(buf, a, a + 8) && validDate(buf, a + 9, b);
    case 'DT':
      return b - a === 12 && validDate(buf, a, a + 8) && validTime(buf, a + 8, b);
    case 'TM':
      return validTime(buf, a, b);
    default:
      return true;
  }
}

function wholeWithZeroFraction(buf: Uint8Array, a: number, b: number): boolean {
  let i = a;
  while (i < b && isDigit(buf[i]!)) i++;
  if (i === a || i === b || buf[i] !== 0x2e) return false;
  for (i++; i < b; i++) if (buf[i] !== 0x30) return false;
  return true;
}

const pad = (k: number): string => String(k).padStart(2, '0');

function withRep(i: ElementIssue, repetition: number | undefined): ElementIssue {
  if (repetition !== undefined) i.repetition = repetition;
  return i;
}
