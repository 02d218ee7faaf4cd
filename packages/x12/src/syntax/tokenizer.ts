/**
 * @module syntax/tokenizer
 * A streaming X12 tokenizer: bytes in, segments out, in flat memory. It reads the delimiters
 * from each ISA (so interchanges with different delimiters can follow each other), skips a UTF-8
 * byte-order mark and the CR/LF that many senders put after segment terminators, and scans bytes
 * with a 256-entry class table: no regular expressions and no allocation per segment. Only the
 * bytes of a segment cut by a chunk boundary are copied.
 */
import { type Delimiters, scanIsa } from './delimiters.ts';
import { MAX_ELEMENTS, SEG_FLAG, SegmentView } from './segment-view.ts';
import { tagNumberAt, tagText } from './tag-number.ts';

export interface TokenProblem {
  kind: 'not-x12' | 'isa' | 'too-long' | 'unterminated';
  message: string;
  offset: number;
  line: number;
  /** TA1 note code (X12 TA105) for interchange-level problems. */
  ta1?: string;
}

export interface TokenizerSink {
  segment(view: SegmentView): void;
  problem(p: TokenProblem): void;
}

/** A segment longer than this is not X12 (the longest 5010 segments are a few kilobytes). */
export const MAX_SEGMENT_BYTES = 1 << 20;

// Byte classes.
const C_ELEMENT = 1;
const C_SEGMENT = 2;
const C_COMPONENT = 3;
const C_REPETITION = 4;
const C_CONTROL = 5;
const C_HIGH = 6;
const FLAG_OF = [0, 0, 0, SEG_FLAG.COMPONENT, SEG_FLAG.REPETITION, SEG_FLAG.CONTROL, SEG_FLAG.HIGH];

const CR = 0x0d;
const LF = 0x0a;

function classTable(d: Delimiters): Uint8Array {
  const t = new Uint8Array(256);
  for (let b = 0; b < 0x20; b++) t[b] = C_CONTROL;
  t[0x7f] = C_CONTROL;
  for (let b = 0x80; b < 256; b++) t[b] = C_HIGH;
  t[d.component] = C_COMPONENT;
  if (d.repetition !== undefined) t[d.repetition] = C_REPETITION;
  t[d.element] = C_ELEMENT;
  t[d.segment] = C_SEGMENT;
  return t;
}

export class Tokenizer {
  private readonly sink: TokenizerSink;
  private readonly view = new SegmentView();
  private delims: Delimiters | undefined;
  private cls: Uint8Array = new Uint8Array(256);
  /** Bytes of an unfinished segment from the previous chunk. */
  private carry: Buffer | undefined;
  /** Absolute offset of the first byte of the buffer being scanned. */
  private base = 0;
  private line = 1;
  private index = 0;
  private stopped = false;
  /** Discarding bytes until the next terminator after an overlong segment. */
  private skipping = false;

  constructor(sink: TokenizerSink) {
    this.sink = sink;
  }

  /** Bytes consumed so far (for progress). */
  get consumed(): number {
    return this.base + (this.carry?.length ?? 0);
  }

  push(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    let data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.carry !== undefined && this.delims !== undefined && !this.skipping) {
      // Finish the cut segment with the bytes up to the first terminator only, then go on in the chunk.
      const term = data.indexOf(this.delims.segment);
      if (term >= 0 && term + 1 < data.length) {
        const head = Buffer.concat([this.carry, data.subarray(0, term + 1)]);
        this.carry = undefined;
        const used = this.scan(head, false);
        if (used < head.length) {
          // The head held an ISA that needs more bytes: keep everything for the next round.
          this.carry = Buffer.concat([head.subarray(used), data.subarray(term + 1)]);
          return;
        }
        data = data.subarray(term + 1);
      }
    }
    if (this.carry !== undefined) {
      data = Buffer.concat([this.carry, data]);
      this.carry = undefined;
    }
    const used = this.scan(data, false);
    if (used < data.length) this.carry = Buffer.from(data.subarray(used));
  }

  /** Signals the end of input: a last segment without terminator is still delivered. */
  end(): void {
    if (this.stopped) return;
    const data = this.carry;
    this.carry = undefined;
    if (data !== undefined && data.length > 0) this.scan(data, true);
    if (this.delims === undefined && !this.stopped && this.index === 0)
      this.sink.problem({
        kind: 'not-x12',
        message: 'no ISA segment: the input is empty or not X12',
        offset: this.base,
        line: this.line,
        ta1: '023',
      });
  }

  /**
   * Tokenizes `data` from its start; returns how many bytes were consumed. Unconsumed bytes (a
   * cut segment) are left for the caller to carry, unless `ended`.
   */
  private scan(data: Buffer, ended: boolean): number {
    const n = data.length;
    let pos = 0;
    if (this.skipping) {
      const term = this.delims === undefined ? -1 : data.indexOf(this.delims.segment);
      if (term < 0) {
        this.base += n;
        return n;
      }
      this.skipping = false;
      pos = term + 1;
    }
    const view = this.view;
    const sep = view.sep;
    while (pos < n) {
      // Line breaks after terminators, and a byte-order mark at the very start.
      const b = data[pos]!;
      if (b === CR || b === LF || b === 0x20 || b === 0x09) {
        if (b === LF) this.line++;
        pos++;
        continue;
      }
      if (this.base + pos === 0 && b === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        pos += 3;
        continue;
      }
      // An ISA (re)sets the delimiters; wait for three bytes to know whether one starts here.
      if (n - pos < 3 && !ended) break;
      if (b === 0x49 && data[pos + 1] === 0x53 && data[pos + 2] === 0x41) {
        if (n - pos < 4 && !ended) break;
        const next = data[pos + 3];
        const alnum = next !== undefined && /[0-9A-Za-z]/.test(String.fromCharCode(next));
        if (!alnum) {
          const r = scanIsa(data, pos, n, ended);
          if (r.kind === 'more') break;
          if (r.kind === 'bad') {
            this.sink.problem({
              kind: 'isa',
              message: r.reason,
              offset: this.base + pos,
              line: this.line,
              ta1: r.ta1,
            });
            if (this.delims === undefined) {
              this.stopped = true;
              return n;
            }
          } else if (this.delims === undefined || !sameDelimiters(this.delims, r.delimiters)) {
            this.delims = r.delimiters;
            this.cls = classTable(r.delimiters);
          }
        }
      } else if (this.delims === undefined) {
        this.sink.problem({
          kind: 'not-x12',
          message: 'the input does not start with an ISA segment',
          offset: this.base + pos,
          line: this.line,
          ta1: '022',
        });
        this.stopped = true;
        return n;
      }
      if (this.delims === undefined) break;
      // Scan one segment.
      const cls = this.cls;
      let k = 0;
      let flags = 0;
      let overflow = 0;
      sep[0] = pos - 1;
      let i = pos;
      for (; i < n; i++) {
        const c = cls[data[i]!]!;
        if (c === 0) continue;
        if (c === C_ELEMENT) {
          if (k < MAX_ELEMENTS) sep[++k] = i;
          else overflow++;
          continue;
        }
        if (c === C_SEGMENT) break;
        flags |= FLAG_OF[c]!;
        if (c === C_CONTROL && data[i] === LF) this.line++;
      }
      if (i - pos > MAX_SEGMENT_BYTES) {
        this.sink.problem({
          kind: 'too-long',
          message: `a segment longer than ${MAX_SEGMENT_BYTES} bytes: the segment terminator is missing or wrong`,
          offset: this.base + pos,
          line: this.line,
        });
        if (i === n) {
          this.skipping = true;
          this.base += n;
          return n;
        }
        pos = i + 1;
        continue;
      }
      if (i === n && !ended) break;
      let end = i;
      // With LF as terminator, a CR before it belongs to the line break, not to the data.
      if (this.delims.segment === LF && end > pos && data[end - 1] === CR) end--;
      if (i === n) flags |= SEG_FLAG.UNTERMINATED;
      sep[k + 1] = end;
      const tagEnd = k > 0 ? sep[1]! : end;
      view.buf = data;
      view.count = k;
      view.overflow = overflow;
      view.flags = flags;
      view.delimiters = this.delims;
      view.offset = this.base + pos;
      view.line = this.line;
      view.index = ++this.index;
      const tagNo = tagNumberAt(data, pos, tagEnd - pos);
      view.tagNo = tagNo;
      view.tag = tagNo >= 0 ? tagText(tagNo) : data.toString('latin1', pos, tagEnd);
      if (this.delims.segment === LF) this.line++;
      this.sink.segment(view);
      if (this.stopped) return n;
      pos = i + 1;
      if (i === n) {
        this.sink.problem({
          kind: 'unterminated',
          message: 'the last segment has no segment terminator',
          offset: view.offset,
          line: view.line,
        });
      }
    }
    if (ended) {
      this.base += n;
      return n;
    }
    this.base += pos;
    return pos;
  }

  /**
   * Switches the component separator for the rest of the interchange: some senders declare one
   * in ISA16 and use another (TR3 examples write ">" with ISA16 ":"); the reader detects it.
   */
  useComponentSeparator(byte: number): Delimiters | undefined {
    if (this.delims === undefined) return undefined;
    this.delims = { ...this.delims, component: byte };
    this.cls = classTable(this.delims);
    return this.delims;
  }

  /** Stops tokenizing (the consumer has seen enough). */
  stop(): void {
    this.stopped = true;
  }
}

const sameDelimiters = (a: Delimiters, b: Delimiters): boolean =>
  a.element === b.element &&
  a.component === b.component &&
  a.repetition === b.repetition &&
  a.segment === b.segment;
