/**
 * @module syntax/segment
 * A segment kept beyond the tokenizer's callback: its elements as strings, the delimiters of its
 * interchange (to split composites and repetitions), and where it sat in the input.
 */
import type { Delimiters } from './delimiters.ts';

export interface X12Segment {
  readonly tag: string;
  /** e[0] is the tag, e[i] element i as sent (composites not split). */
  readonly e: readonly string[];
  readonly d: Delimiters;
  /** 1-based position in its transaction set, ST being 1 (the 999's IK302); 0 outside one. */
  readonly position: number;
  /** Absolute byte offset in the input. */
  readonly offset: number;
  /** 1-based ordinal of the segment in the input. */
  readonly index: number;
  /** 1-based text line. */
  readonly line: number;
}

/** Element i (1-based) or ''. */
export const el = (s: X12Segment, i: number): string => s.e[i] ?? '';

/** Components of element i (a lone value is one component). */
export function comps(s: X12Segment, i: number): string[] {
  const v = s.e[i];
  if (v === undefined || v === '') return [];
  return v.split(String.fromCharCode(s.d.component));
}

/** Component j (1-based) of element i, or ''. */
export const comp = (s: X12Segment, i: number, j: number): string => comps(s, i)[j - 1] ?? '';

/** Repetitions of element i (5010 repetition separator), each still a composite string. */
export function reps(s: X12Segment, i: number): string[] {
  const v = s.e[i];
  if (v === undefined || v === '') return [];
  if (s.d.repetition === undefined) return [v];
  return v.split(String.fromCharCode(s.d.repetition));
}
