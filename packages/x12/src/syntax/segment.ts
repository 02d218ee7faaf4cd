/**
 * @module syntax/segment
 * A segment kept beyond the tokenizer's callback: its text, the delimiters of its interchange (to
 * split composites and repetitions), and where it sat in the input. Elements are found in the
 * text when asked for, not split up front: splitting every segment into arrays of strings was
 * the largest cost of reading a batch (see bench/x12.bench.ts).
 */
import type { Delimiters } from './delimiters.ts';

export class X12Segment {
  private split: readonly string[] | undefined;
  /** Index of each element separator in `raw`, found on first use. */
  private bounds: number[] | undefined;

  constructor(
    readonly tag: string,
    /** The segment's text without its terminator. */
    readonly raw: string,
    readonly d: Delimiters,
    /** 1-based position in its transaction set, ST being 1 (the 999's IK302); 0 outside one. */
    readonly position: number,
    /** Absolute byte offset in the input. */
    readonly offset: number,
    /** 1-based ordinal of the segment in the input. */
    readonly index: number,
    /** 1-based text line. */
    readonly line: number,
  ) {}

  /** Element i (1-based) or ''. */
  el(i: number): string {
    const b = this.bounds ?? this.findBounds();
    if (i < 1 || i >= b.length) return '';
    return this.raw.substring(b[i - 1]! + 1, b[i]!);
  }

  /** Whether element i equals `value`, without building the element's string. */
  is(i: number, value: string): boolean {
    const b = this.bounds ?? this.findBounds();
    if (i < 1 || i >= b.length) return value === '';
    const from = b[i - 1]! + 1;
    return b[i]! - from === value.length && this.raw.startsWith(value, from);
  }

  private findBounds(): number[] {
    const raw = this.raw;
    const sep = this.d.element;
    let n = 1;
    for (let p = 0; p < raw.length; p++) if (raw.charCodeAt(p) === sep) n++;
    const b = new Array<number>(n);
    let k = 0;
    for (let p = 0; p < raw.length; p++) if (raw.charCodeAt(p) === sep) b[k++] = p;
    b[k] = raw.length;
    this.bounds = b;
    return b;
  }

  /** All elements: e[0] is the tag, e[i] element i as sent (composites not split). */
  get e(): readonly string[] {
    this.split ??= this.raw.split(String.fromCharCode(this.d.element));
    return this.split;
  }
}

/** Element i (1-based) or ''. */
export const el = (s: X12Segment, i: number): string => s.el(i);

/** Whether element i equals `value`, without building the element's string. */
export const elIs = (s: X12Segment, i: number, value: string): boolean => s.is(i, value);

/** Components of element i (a lone value is one component). */
export function comps(s: X12Segment, i: number): string[] {
  const v = el(s, i);
  if (v === '') return [];
  return v.split(String.fromCharCode(s.d.component));
}

/** Component j (1-based) of element i, or ''. */
export const comp = (s: X12Segment, i: number, j: number): string => comps(s, i)[j - 1] ?? '';

/** Number of elements after the tag (trailing empty ones included). */
export function elementCount(s: X12Segment): number {
  const sep = String.fromCharCode(s.d.element);
  let n = 0;
  for (let p = s.raw.indexOf(sep); p >= 0; p = s.raw.indexOf(sep, p + 1)) n++;
  return n;
}

/** Repetitions of element i (5010 repetition separator), each still a composite string. */
export function reps(s: X12Segment, i: number): string[] {
  const v = el(s, i);
  if (v === '') return [];
  if (s.d.repetition === undefined) return [v];
  return v.split(String.fromCharCode(s.d.repetition));
}
