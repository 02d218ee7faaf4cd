/**
 * @module syntax/segment-view
 * A window onto one segment inside the tokenizer's buffer: where each data element starts and
 * ends, and what unusual bytes the segment holds. The tokenizer reuses one view for every segment,
 * so reading it allocates nothing until a caller asks for an element's text; a view is valid
 * only inside the callback that received it (call `materialize()` to keep a segment).
 */
import { type Delimiters, DEFAULT_DELIMITERS } from './delimiters.ts';
import { BoundsArena, segmentFromText, X12Segment } from './segment.ts';

/** Bits of `SegmentView.flags`: which kinds of byte the segment's data holds. */
export const SEG_FLAG = {
  COMPONENT: 1,
  REPETITION: 2,
  CONTROL: 4,
  HIGH: 8,
  UNTERMINATED: 16,
} as const;

export const MAX_ELEMENTS = 255;

const EMPTY = Buffer.alloc(0);

/** Short codes (qualifiers) are interned, so reading one allocates nothing after the first time. */
const interned = new Map<number, string>();
/** Random input could otherwise fill the table with every short string. */
const INTERN_LIMIT = 20_000;

export class SegmentView {
  buf: Buffer = EMPTY;
  /** sep[k] is the index of the separator before element k (sep[0] = start − 1); sep[count + 1] = end. */
  readonly sep = new Int32Array(MAX_ELEMENTS + 2);
  /** Number of data elements after the tag (trailing empty ones included). */
  count = 0;
  /** Elements past MAX_ELEMENTS are counted here but not located. */
  overflow = 0;
  tag = '';
  /** The tag's number (syntax/tag-number.ts), or -1 when the tag is not 2-3 of A-Z, 0-9. */
  tagNo = -1;
  /** Absolute byte offset of the segment's first byte in the input. */
  offset = 0;
  /** 1-based ordinal of the segment in the input. */
  index = 0;
  /** 1-based text line the segment starts on (files often break lines after terminators). */
  line = 1;
  flags = 0;
  delimiters: Delimiters = DEFAULT_DELIMITERS;

  get start(): number {
    return this.sep[0]! + 1;
  }

  get end(): number {
    return this.sep[this.count + 1]!;
  }

  /** Element i (1-based) as text; '' when absent. Element 0 is the tag. */
  el(i: number): string {
    if (i > this.count) return '';
    const a = this.sep[i]! + 1;
    const b = this.sep[i + 1]!;
    if (a >= b) return '';
    return this.decode(a, b);
  }

  /** Byte length of element i. */
  len(i: number): number {
    if (i > this.count) return 0;
    return this.sep[i + 1]! - this.sep[i]! - 1;
  }

  has(i: number): boolean {
    return this.len(i) > 0;
  }

  /** Element i as an interned string when it is short ASCII (qualifiers and codes), else as `el`. */
  code(i: number): string {
    const n = this.len(i);
    if (n === 0) return '';
    if (n > 3) return this.el(i);
    const a = this.sep[i]! + 1;
    const buf = this.buf;
    let key = n;
    for (let k = 0; k < n; k++) {
      const b = buf[a + k]!;
      if (b >= 0x80) return this.el(i);
      key = key * 128 + b;
    }
    let s = interned.get(key);
    if (s === undefined) {
      s = buf.toString('latin1', a, a + n);
      if (interned.size < INTERN_LIMIT) interned.set(key, s);
    }
    return s;
  }

  /** Whether element i equals an ASCII string, without decoding it. */
  is(i: number, value: string): boolean {
    const n = this.len(i);
    if (n !== value.length) return false;
    const a = this.sep[i]! + 1;
    for (let k = 0; k < n; k++) if (this.buf[a + k] !== value.charCodeAt(k)) return false;
    return true;
  }

  /** Component j (1-based) of element i. */
  component(i: number, j: number): string {
    if (i > this.count) return '';
    const a = this.sep[i]! + 1;
    const b = this.sep[i + 1]!;
    const comp = this.delimiters.component;
    let from = a;
    let k = 1;
    for (let p = a; p <= b; p++) {
      if (p === b || this.buf[p] === comp) {
        if (k === j) return from < p ? this.decode(from, p) : '';
        k++;
        from = p + 1;
      }
    }
    return '';
  }

  /** The segment's text without its terminator. */
  raw(): string {
    return this.decode(this.start, this.end);
  }

  /** The whole buffer as text, decoded once: segments and elements are substrings of it. */
  private text = '';
  private textOf: Buffer | undefined;

  private decode(a: number, b: number): string {
    if ((this.flags & SEG_FLAG.HIGH) !== 0) return this.buf.toString('utf8', a, b);
    if (this.textOf !== this.buf) {
      this.text = this.buf.toString('latin1');
      this.textOf = this.buf;
    }
    return this.text.substring(a, b);
  }

  /** Element bounds of kept segments (see segment.ts). */
  private readonly arena = new BoundsArena();

  /**
   * A durable segment: its bounds are copied into a shared block and its text is the decoded
   * chunk, so keeping it allocates one object, or none when a segment no longer used is given
   * back to be filled again (`into`, see X12Segment.reuse).
   */
  materialize(position: number, into?: X12Segment): X12Segment {
    if ((this.flags & SEG_FLAG.HIGH) !== 0 || this.overflow > 0)
      return segmentFromText(
        this.tag,
        this.raw(),
        this.delimiters,
        position,
        this.offset,
        this.index,
        this.line,
      );
    if (this.textOf !== this.buf) {
      this.text = this.buf.toString('latin1');
      this.textOf = this.buf;
    }
    const arena = this.arena;
    const count = this.count;
    const at = arena.take(count + 3);
    const block = arena.current;
    const sep = this.sep;
    block[at] = count;
    for (let k = 0; k <= count + 1; k++) block[at + 1 + k] = sep[k]!;
    if (into !== undefined)
      return into.reuse(
        this.tag,
        this.text,
        block,
        at,
        this.delimiters,
        position,
        this.offset,
        this.index,
        this.line,
      );
    return new X12Segment(
      this.tag,
      this.text,
      block,
      at,
      this.delimiters,
      position,
      this.offset,
      this.index,
      this.line,
    );
  }
}
