/**
 * @module loops/loop-node
 * The typed loop tree: a loop instance with its segments and child loops, and a link to its
 * parent (2300 → 2000B → 2000A). Readers of a loop use the helpers below instead of indexing
 * segments by hand.
 */
import type { X12Problem } from '../problems/problem.ts';
import type { X12Segment } from '../syntax/segment.ts';
import type { LoopDef } from './loop-def.ts';

export interface LoopNode {
  readonly id: string;
  readonly def: LoopDef;
  readonly parent: LoopNode | undefined;
  readonly segments: X12Segment[];
  /**
   * Child loops kept by this loop (detached children are not kept). Most loops have none: they
   * share one frozen empty array until the first child comes (`addLoop`).
   */
  loops: readonly LoopNode[];
  /** Problems found in this loop and the kept loops below it (shared empty until `addProblem`). */
  problems: readonly X12Problem[];
  /** Child loops opened so far, by index in def.loops (created with the first child). */
  childCounts: number[] | undefined;
  /** The required-segment check has run. */
  checked: boolean;
}

const NO_LOOPS: readonly LoopNode[] = Object.freeze([]);
const NO_PROBLEMS: readonly X12Problem[] = Object.freeze([]);

/** A loop opened by its first (trigger) segment. */
export function newNode(def: LoopDef, parent: LoopNode | undefined, first: X12Segment): LoopNode {
  return {
    id: def.id,
    def,
    parent,
    segments: [first],
    loops: NO_LOOPS,
    problems: NO_PROBLEMS,
    childCounts: undefined,
    checked: false,
  };
}

/** The root of a transaction set's tree (it has no trigger segment). */
export function newRoot(def: LoopDef): LoopNode {
  return {
    id: def.id,
    def,
    parent: undefined,
    segments: [],
    loops: NO_LOOPS,
    problems: NO_PROBLEMS,
    childCounts: undefined,
    checked: false,
  };
}

export function addLoop(parent: LoopNode, node: LoopNode): void {
  if (parent.loops === NO_LOOPS) parent.loops = [node];
  else (parent.loops as LoopNode[]).push(node);
}

export function addProblem(node: LoopNode, p: X12Problem): void {
  if (node.problems === NO_PROBLEMS) node.problems = [p];
  else (node.problems as X12Problem[]).push(p);
}

/** The first segment with this tag (and element `i` equal to `a` or `b`). */
export function seg(node: LoopNode, tag: string, i?: number, a?: string, b?: string): X12Segment | undefined {
  const segments = node.segments;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    if (s.tag !== tag) continue;
    if (i === undefined) return s;
    if (s.is(i, a ?? '') || (b !== undefined && s.is(i, b))) return s;
  }
  return undefined;
}

export function segs(node: LoopNode, tag: string, i?: number, a?: string): X12Segment[] {
  const out: X12Segment[] = [];
  const segments = node.segments;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    if (s.tag === tag && (i === undefined || s.is(i, a ?? ''))) out.push(s);
  }
  return out;
}

/** How many segments with this tag the loop holds. */
export function uses(node: LoopNode, tag: string): number {
  let n = 0;
  const segments = node.segments;
  for (let k = 0; k < segments.length; k++) if (segments[k]!.tag === tag) n++;
  return n;
}

export function child(node: LoopNode, id: string): LoopNode | undefined {
  const loops = node.loops;
  for (let k = 0; k < loops.length; k++) if (loops[k]!.id === id) return loops[k];
  return undefined;
}

export const children = (node: LoopNode, id: string): LoopNode[] => node.loops.filter((l) => l.id === id);

/** The nearest enclosing loop with this id. */
export function ancestor(node: LoopNode, id: string): LoopNode | undefined {
  for (let n = node.parent; n !== undefined; n = n.parent) if (n.id === id) return n;
  return undefined;
}

/** The loop's first segment (its trigger). */
export const head = (node: LoopNode): X12Segment | undefined => node.segments[0];
