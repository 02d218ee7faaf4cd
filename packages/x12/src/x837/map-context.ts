/**
 * @module x837/map-context
 * What the 837 mappers share while turning one claim's loops into the claim model: the claim's
 * kind, a place to report problems positioned at the exact segment/element, and small readers
 * for amounts, dates and numbers that report instead of throwing.
 */
import {
  type Cents,
  type IsoDate,
  type Provider,
  parseCents,
  parseIsoDate,
  type Result,
} from '@medcode/domain';
import type { LoopNode } from '../loops/loop-node.ts';
import { problem, type X12Position, type X12Problem } from '../problems/problem.ts';
import type { X12ProblemCode } from '../problems/registry.ts';
import { el, type X12Segment } from '../syntax/segment.ts';
import type { RememberedParser } from './code-cache.ts';

export interface MapContext {
  readonly kind: 'professional' | 'institutional';
  readonly problems: X12Problem[];
  /** Position of a segment (and element/component) of this claim. */
  at(seg: X12Segment, loop: LoopNode | undefined, element?: number, component?: number): X12Position;
  claimId: string | undefined;
  /**
   * The billing provider last read, by its 2000A loop: the claims of one billing provider share
   * it, and it is copied instead of read again when reading it reported nothing (and the 2000A
   * loop, whose PRV it reads, has not grown since).
   */
  billing?: { hl: LoopNode | undefined; segments: number; provider: Provider | undefined };
}

export function report(
  ctx: MapContext,
  code: X12ProblemCode,
  message: string,
  seg: X12Segment,
  loop: LoopNode | undefined,
  element?: number,
  component?: number,
  value?: string,
): void {
  ctx.problems.push(
    problem(code, message, ctx.at(seg, loop, element, component), value === undefined ? {} : { value }),
  );
}

/**
 * Component j of element i through a remembered parser, looked up in place (code-cache.ts `at`);
 * undefined when the component is empty or absent.
 */
export function parsedComp<T>(
  s: X12Segment,
  i: number,
  j: number,
  parse: RememberedParser<T>,
): Result<T> | undefined {
  const from = s.compStart(i, j);
  if (from < 0) return undefined;
  const to = s.compEnd(i, from);
  return from < to ? parse.at(s.source, from, to) : undefined;
}

/** Element i through a remembered parser, in place; undefined when it is empty. */
export function parsedEl<T>(s: X12Segment, i: number, parse: RememberedParser<T>): Result<T> | undefined {
  return s.has(i) ? parse.at(s.source, s.start(i), s.end(i)) : undefined;
}

/** Reads a parse result into a value, reporting the failure at the element. */
export function take<T>(
  ctx: MapContext,
  r: Result<T>,
  code: X12ProblemCode,
  seg: X12Segment,
  loop: LoopNode | undefined,
  element: number,
  component?: number,
): T | undefined {
  if (r.ok) return r.value;
  report(ctx, code, r.error, seg, loop, element, component);
  return undefined;
}

/**
 * An X12 amount (R: optional minus, digits, optional point and up to two decimals) as cents, read
 * by hand for the common case; undefined sends anything else to `parseCents`, which says why.
 */
function quickCents(v: string, from: number, to: number): Cents | undefined {
  const n = to - from;
  if (n > 15) return undefined;
  let k = from;
  const neg = v.charCodeAt(k) === 0x2d;
  if (neg) k++;
  let whole = 0;
  let digits = 0;
  for (; k < to; k++) {
    const c = v.charCodeAt(k) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    digits++;
  }
  let frac = 0;
  if (k < to) {
    if (v.charCodeAt(k) !== 0x2e || to - k - 1 > 2) return undefined;
    const places = to - k - 1;
    for (k++; k < to; k++) {
      const c = v.charCodeAt(k) - 48;
      if (c < 0 || c > 9) return undefined;
      frac = frac * 10 + c;
      digits++;
    }
    if (places === 1) frac *= 10;
  }
  const cents = whole * 100 + frac;
  if (digits === 0 || !Number.isSafeInteger(cents)) return undefined;
  return (neg ? -cents : cents) as Cents;
}

/** An amount element as cents, read in place; a malformed one is reported at the element. */
function centsOf(ctx: MapContext, seg: X12Segment, loop: LoopNode | undefined, i: number): Cents | undefined {
  return (
    quickCents(seg.source, seg.start(i), seg.end(i)) ??
    take(ctx, parseCents(el(seg, i)), 'x12.claim.value', seg, loop, i)
  );
}

/** A required amount (R) as cents; reports and returns 0 when missing or malformed. */
export function amount(ctx: MapContext, seg: X12Segment, loop: LoopNode | undefined, i: number): Cents {
  if (!seg.has(i)) {
    report(ctx, 'x12.claim.value', `${seg.tag}${pad(i)} (amount) is missing`, seg, loop, i);
    return 0 as Cents;
  }
  return centsOf(ctx, seg, loop, i) ?? (0 as Cents);
}

/** An optional amount as cents. */
export function optAmount(
  ctx: MapContext,
  seg: X12Segment,
  loop: LoopNode | undefined,
  i: number,
): Cents | undefined {
  if (!seg.has(i)) return undefined;
  return centsOf(ctx, seg, loop, i);
}

/** A decimal quantity (units); undefined when missing or malformed (malformed is reported). */
export function quantity(
  ctx: MapContext,
  seg: X12Segment,
  loop: LoopNode | undefined,
  i: number,
): number | undefined {
  // Units are mostly a few digits: read in place.
  const whole = seg.digits(i);
  if (whole >= 0) return whole;
  const v = el(seg, i);
  if (v === '') return undefined;
  const n = wholeNumber(v) ?? Number(v);
  if (!Number.isFinite(n) || !decimalText(v)) {
    report(ctx, 'x12.claim.value', `${seg.tag}${pad(i)} "${v}" is not a number`, seg, loop, i, undefined, v);
    return undefined;
  }
  return n;
}

/** A short run of digits as a number (units are mostly "1"); undefined for anything else. */
function wholeNumber(v: string): number | undefined {
  if (v.length > 9) return undefined;
  let n = 0;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}

/** The text matches /^-?\d*\.?\d*$/ (what Number would also read otherwise: hex, exponents, spaces). */
function decimalText(v: string): boolean {
  let k = v.charCodeAt(0) === 0x2d ? 1 : 0;
  let point = false;
  for (; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c === 0x2e && !point) point = true;
    else if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** CCYYMMDD at [from, to) to an ISO date by hand (the common case); undefined sends it to parseIsoDate. */
function isoOf(v: string, from: number, to: number): IsoDate | undefined {
  if (to - from !== 8) return undefined;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = v.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  const slot = (n ^ (n >>> 12)) & (ISO_DATES_KEPT - 1);
  if (isoKeys[slot] === n && n !== 0) return isoDates[slot]!;
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]!) return undefined;
  if (m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return undefined;
  const iso =
    `${v.substring(from, from + 4)}-${v.substring(from + 4, from + 6)}-${v.substring(from + 6, to)}` as IsoDate;
  isoKeys[slot] = n;
  isoDates[slot] = iso;
  return iso;
}

/**
 * Valid dates already written as ISO text, by their CCYYMMDD number: a batch repeats a few hundred
 * dates, and building the text is most of what reading a date costs (strings are immutable, so
 * claims can share them). Direct-mapped (a date takes its slot from the one there before): a
 * Map's hashing and, for the many birth dates seen once, its growing and clearing cost more than
 * the rare collision.
 */
const ISO_DATES_KEPT = 4096;
/** The CCYYMMDD number in each slot (0: none; 0 is not a valid date). */
const isoKeys = new Int32Array(ISO_DATES_KEPT);
const isoDates: IsoDate[] = new Array<IsoDate>(ISO_DATES_KEPT).fill('' as IsoDate);

/** A CCYYMMDD date element. */
export function date(
  ctx: MapContext,
  seg: X12Segment,
  loop: LoopNode | undefined,
  i: number,
  value?: string,
): IsoDate | undefined {
  if (value === undefined) {
    // The element itself: read in place, its string built only for a date that is not CCYYMMDD.
    if (!seg.has(i)) return undefined;
    return (
      isoOf(seg.source, seg.start(i), seg.end(i)) ??
      take(ctx, parseIsoDate(el(seg, i)), 'x12.claim.value', seg, loop, i)
    );
  }
  if (value === '') return undefined;
  return isoOf(value, 0, value.length) ?? take(ctx, parseIsoDate(value), 'x12.claim.value', seg, loop, i);
}

/** DTP02/DTP03: D8 → one date; RD8 → a span; DT → date and HHMM. */
export function dtp(
  ctx: MapContext,
  seg: X12Segment,
  loop: LoopNode | undefined,
): { from: IsoDate; to?: IsoDate; time?: string } | undefined {
  if (seg.is(2, 'D8')) {
    const from = date(ctx, seg, loop, 3);
    return from === undefined ? undefined : { from };
  }
  const q = el(seg, 2);
  const v = el(seg, 3);
  if (q === 'RD8') {
    const [a, b] = v.split('-');
    const from = date(ctx, seg, loop, 3, a ?? '');
    const to = date(ctx, seg, loop, 3, b ?? '');
    if (from === undefined) return undefined;
    return to === undefined ? { from } : { from, to };
  }
  if (q === 'DT') {
    const from = date(ctx, seg, loop, 3, v.slice(0, 8));
    if (from === undefined) return undefined;
    return v.length > 8 ? { from, time: v.slice(8) } : { from };
  }
  return undefined;
}

export const pad = (k: number): string => String(k).padStart(2, '0');

/** Assigns only defined values (exactOptionalPropertyTypes forbids writing undefined). */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== '') target[key] = value;
}

/**
 * The array at its length. A pushed-to array keeps room for 16 more elements (V8 grows a
 * backing store by half plus 16), and a set's claims are held until its SE: their few-element
 * arrays were a fifth of what a held claim kept (bench/x12.bench.ts).
 */
export const fitted = <T>(xs: T[]): T[] => (xs.length === 0 ? xs : xs.slice());
