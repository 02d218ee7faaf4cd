/**
 * @module dictionary/dictionary
 * The element definitions of dictionary/segments.ts, compiled once into arrays the syntax checker
 * walks without parsing strings.
 */
import { tagNumber } from '../syntax/tag-number.ts';
import { COMPOSITES, SEGMENTS } from './segments.ts';

export type ElementType = 'AN' | 'ID' | 'N' | 'R' | 'DT' | 'TM' | '';

export interface ElementSpec {
  readonly ref: string;
  readonly required: boolean;
  readonly type: ElementType;
  readonly min: number;
  readonly max: number;
  readonly repeat: number;
  readonly composite?: readonly ElementSpec[];
}

export interface SegmentSpec {
  readonly tag: string;
  readonly elements: readonly ElementSpec[];
}

function compileToken(token: string): ElementSpec {
  const required = token[0] === 'M';
  const body = token.slice(1);
  const [head, rep] = body.split('*') as [string, string | undefined];
  const repeat = rep === undefined ? 1 : Number(rep);
  if (/^C\d{3}$/.test(head)) {
    const spec = COMPOSITES[head];
    if (spec === undefined) throw new Error(`unknown composite ${head}`);
    return { ref: head, required, type: '', min: 0, max: 0, repeat, composite: compileList(spec) };
  }
  if (head === '-') return { ref: '', required, type: '', min: 0, max: Number.MAX_SAFE_INTEGER, repeat };
  const [ref, type, min, max] = head.split(':') as [
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  return {
    ref,
    required,
    type: (type ?? '') as ElementType,
    min: min === undefined ? 0 : Number(min),
    max: max === undefined ? Number.MAX_SAFE_INTEGER : Number(max),
    repeat,
  };
}

const compileList = (spec: string): ElementSpec[] => spec.split(' ').map(compileToken);

const compiled = new Map<string, SegmentSpec>();
for (const [tag, spec] of Object.entries(SEGMENTS)) compiled.set(tag, { tag, elements: compileList(spec) });

export const segmentSpec = (tag: string): SegmentSpec | undefined => compiled.get(tag);

/** The same by tag number (syntax/tag-number.ts): the syntax checker asks for every segment. */
const byNumber: (SegmentSpec | undefined)[] = [];
for (const [tag, spec] of compiled) {
  const n = tagNumber(tag);
  if (n < 0) continue;
  while (byNumber.length <= n) byNumber.push(undefined);
  byNumber[n] = spec;
}

/** The spec of a segment from its tag number, or from its tag when it has none (-1). */
export const segmentSpecOf = (tagNo: number, tag: string): SegmentSpec | undefined =>
  tagNo >= 0 ? byNumber[tagNo] : compiled.get(tag);

/** Data element reference number of element i (1-based) of a segment, when the dictionary knows it. */
export function elementRef(tag: string, i: number, component?: number): string | undefined {
  const e = compiled.get(tag)?.elements[i - 1];
  if (e === undefined) return undefined;
  if (e.composite !== undefined) return component === undefined ? undefined : e.composite[component - 1]?.ref;
  return e.ref === '' ? undefined : e.ref;
}
