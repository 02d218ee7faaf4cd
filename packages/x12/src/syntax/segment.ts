/**
 * @module syntax/segment
 * A segment kept beyond the tokenizer's callback: the text it sits in, where its elements start
 * and end, the delimiters of its interchange (to split composites and repetitions), and where it
 * sat in the input. Nothing is copied when a segment is kept: the text is the decoded chunk the
 * tokenizer read it from, and the element bounds the tokenizer found are written into a block of
 * integers shared with the segments read after it (`BoundsArena`). Element strings are built only
 * when asked for. Keeping a copy of each segment's text and splitting it into arrays of strings
 * was the largest cost of reading a batch (see bench/x12.bench.ts).
 */
import type { Delimiters } from './delimiters.ts';
import { owned, shared } from './shared-strings.ts';

export class X12Segment {
  private split: readonly string[] | undefined;

  constructor(
    readonly tag: string,
    /** A text holding the segment (the decoded chunk, or the segment alone). */
    private readonly text: string,
    /**
     * `block[at]` is the number of data elements n; `block[at + k]` (k = 1..n+1) the index in
     * `text` of the separator before element k − 1 (k = 1: one before the tag), then the end.
     */
    private readonly block: Int32Array,
    private readonly at: number,
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

  /**
   * The same object for another segment: a reader that knows a segment is no longer used (an
   * 837 claim's loops once the claim is read, loops/walker.ts `recycle`) hands it back to be
   * filled again, instead of one new object per segment read.
   */
  reuse(
    tag: string,
    text: string,
    block: Int32Array,
    at: number,
    d: Delimiters,
    position: number,
    offset: number,
    index: number,
    line: number,
  ): this {
    const self = this as unknown as Mutable;
    self.tag = tag;
    self.text = text;
    self.block = block;
    self.at = at;
    self.d = d;
    self.position = position;
    self.offset = offset;
    self.index = index;
    self.line = line;
    self.split = undefined;
    return this;
  }

  /** The segment's text without its terminator. */
  get raw(): string {
    const b = this.block;
    const at = this.at;
    return this.text.substring(b[at + 1]! + 1, b[at + b[at]! + 2]!);
  }

  /** Number of data elements after the tag (trailing empty ones included). */
  get count(): number {
    return this.block[this.at]!;
  }

  /** Element i (1-based) or ''. A string of its own (see shared-strings.ts `owned`). */
  el(i: number): string {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return '';
    const from = b[at + i + 1]! + 1;
    const to = b[at + i + 2]!;
    return from < to ? owned(this.text, from, to) : '';
  }

  /**
   * Element i as `el`, shared with earlier equal values (shared-strings.ts): for the short codes
   * and names a batch repeats on every claim, which the model keeps.
   */
  code(i: number): string {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return '';
    const from = b[at + i + 1]! + 1;
    const to = b[at + i + 2]!;
    return from < to ? shared(this.text, from, to) : '';
  }

  /**
   * The text element i sits in, from `start(i)` to `end(i)` (equal when the element is empty or
   * absent): for readers that parse a value in place instead of building its string first.
   */
  get source(): string {
    return this.text;
  }

  start(i: number): number {
    const b = this.block;
    return i < 1 || i > b[this.at]! ? 0 : b[this.at + i + 1]! + 1;
  }

  end(i: number): number {
    const b = this.block;
    return i < 1 || i > b[this.at]! ? 0 : b[this.at + i + 2]!;
  }

  /** Element i as a whole number when it is 1-15 digits, else -1; read in place. */
  digits(i: number): number {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return -1;
    const from = b[at + i + 1]! + 1;
    const to = b[at + i + 2]!;
    if (from >= to || to - from > 15) return -1;
    const text = this.text;
    let n = 0;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p) - 48;
      if (c < 0 || c > 9) return -1;
      n = n * 10 + c;
    }
    return n;
  }

  /** Whether element i is present (not empty). */
  has(i: number): boolean {
    const b = this.block;
    const at = this.at;
    return i >= 1 && i <= b[at]! && b[at + i + 2]! - b[at + i + 1]! > 1;
  }

  /** Whether element i equals `value`, without building the element's string. */
  is(i: number, value: string): boolean {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return value === '';
    const from = b[at + i + 1]! + 1;
    const n = b[at + i + 2]! - from;
    if (n !== value.length) return false;
    const text = this.text;
    for (let k = 0; k < n; k++) if (text.charCodeAt(from + k) !== value.charCodeAt(k)) return false;
    return true;
  }

  /** Component j (1-based) of element i, or '' (a lone value is component 1). */
  comp(i: number, j: number): string {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return '';
    const text = this.text;
    const sep = this.d.component;
    const to = b[at + i + 2]!;
    let from = b[at + i + 1]! + 1;
    let k = 1;
    for (let p = from; p <= to; p++) {
      if (p === to || text.charCodeAt(p) === sep) {
        if (k === j) return from < p ? owned(text, from, p) : '';
        k++;
        from = p + 1;
      }
    }
    return '';
  }

  /**
   * Where component j (1-based) of element i starts in `source`, or -1 when the element has
   * fewer components; with `compEnd`, for readers that look a value up in place.
   */
  compStart(i: number, j: number): number {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return -1;
    const text = this.text;
    const sep = this.d.component;
    const to = b[at + i + 2]!;
    let from = b[at + i + 1]! + 1;
    for (let k = 1; k < j; k++) {
      while (from < to && text.charCodeAt(from) !== sep) from++;
      if (from === to) return -1;
      from++;
    }
    return from;
  }

  /** Where the component of element i that starts at `from` (see `compStart`) ends. */
  compEnd(i: number, from: number): number {
    const to = this.end(i);
    const text = this.text;
    const sep = this.d.component;
    let p = from;
    while (p < to && text.charCodeAt(p) !== sep) p++;
    return p;
  }

  /** Number of components of element i (0 when it is empty). */
  compCount(i: number): number {
    const b = this.block;
    const at = this.at;
    if (i < 1 || i > b[at]!) return 0;
    const from = b[at + i + 1]! + 1;
    const to = b[at + i + 2]!;
    if (from >= to) return 0;
    const text = this.text;
    const sep = this.d.component;
    let n = 1;
    for (let p = from; p < to; p++) if (text.charCodeAt(p) === sep) n++;
    return n;
  }

  /** All elements: e[0] is the tag, e[i] element i as sent (composites not split). */
  get e(): readonly string[] {
    if (this.split === undefined) {
      const n = this.count;
      const out = new Array<string>(n + 1);
      out[0] = this.text.substring(this.block[this.at + 1]! + 1, this.block[this.at + 2]!);
      for (let i = 1; i <= n; i++) out[i] = this.el(i);
      this.split = out;
    }
    return this.split;
  }
}

/**
 * 8 KB blocks: the block being filled is alive at every young-generation collection and is
 * copied by it, so a small block is cheaper to keep than a large one (64 KB before).
 */
const BLOCK = 1 << 11;

/** X12Segment's fields, writable: only `reuse` writes them after construction. */
interface Mutable {
  tag: string;
  text: string;
  block: Int32Array;
  at: number;
  d: Delimiters;
  position: number;
  offset: number;
  index: number;
  line: number;
  split: readonly string[] | undefined;
}

/**
 * Blocks of integers that kept segments write their element bounds into. A block is dropped by
 * the arena when full and collected once no segment read into it is kept, so memory stays flat.
 */
export class BoundsArena {
  private block = new Int32Array(BLOCK);
  private used = 0;

  get current(): Int32Array {
    return this.block;
  }

  /** Room for `n` ≤ ARENA_BLOCK integers: the index to write them at in `current`. */
  take(n: number): number {
    if (this.used + n > BLOCK) {
      this.block = new Int32Array(BLOCK);
      this.used = 0;
    }
    const at = this.used;
    this.used += n;
    return at;
  }
}

/** The most integers `BoundsArena.take` hands out at once. */
export const ARENA_BLOCK = BLOCK;

/** A segment kept from its own text (bytes decoded as UTF-8, or more elements than a view locates). */
export function segmentFromText(
  tag: string,
  raw: string,
  d: Delimiters,
  position: number,
  offset: number,
  index: number,
  line: number,
): X12Segment {
  const sep = d.element;
  let n = 0;
  for (let p = 0; p < raw.length; p++) if (raw.charCodeAt(p) === sep) n++;
  const b = new Int32Array(n + 3);
  b[0] = n;
  b[1] = -1;
  let k = 2;
  for (let p = 0; p < raw.length; p++) if (raw.charCodeAt(p) === sep) b[k++] = p;
  b[k] = raw.length;
  return new X12Segment(tag, raw, b, 0, d, position, offset, index, line);
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
export const comp = (s: X12Segment, i: number, j: number): string => s.comp(i, j);

/** Number of elements after the tag (trailing empty ones included). */
export const elementCount = (s: X12Segment): number => s.count;

/** Repetitions of element i (5010 repetition separator), each still a composite string. */
export function reps(s: X12Segment, i: number): string[] {
  const v = el(s, i);
  if (v === '') return [];
  if (s.d.repetition === undefined) return [v];
  return v.split(String.fromCharCode(s.d.repetition));
}
