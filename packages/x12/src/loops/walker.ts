/**
 * @module loops/walker
 * Places each segment of a transaction set into its loop. Triggers and allowed segments are
 * looked up from the innermost open loop outward, the way X12 loop nesting works: a segment that
 * belongs to the current loop stays there; one that starts a child loop opens it; otherwise the
 * walker climbs. What fits nowhere, repeats too often or is missing is reported with the IK304
 * code of the 999. Ordering inside a loop is not enforced (many senders reorder REF/DTP).
 */
import { segmentSpec } from '../dictionary/dictionary.ts';
import type { X12ProblemCode } from '../problems/registry.ts';
import type { X12Segment } from '../syntax/segment.ts';
import type { SegmentView } from '../syntax/segment-view.ts';
import { allTags, type LoopDef } from './loop-def.ts';
import { addLoop, type LoopNode, newNode, newRoot, uses } from './loop-node.ts';

export interface WalkerEvents {
  /** A loop opened (its trigger segment is in it). */
  open(node: LoopNode): void;
  /**
   * A loop closed: it and everything below it are complete. Returning true says nothing will
   * read the loop's segments again (they are then filled anew for segments read later).
   */
  close(node: LoopNode): boolean | undefined;
  /** A structural problem at a segment (or, for a missing one, at the loop's first segment). */
  problem(
    code: X12ProblemCode,
    message: string,
    at: X12Segment | SegmentView,
    node: LoopNode,
    severity?: 'error' | 'warning',
    segmentId?: string,
  ): void;
}

export class LoopWalker {
  readonly root: LoopNode;
  private readonly stack: LoopNode[];
  private readonly events: WalkerEvents;
  private readonly known: Set<string>;
  private last: X12Segment | undefined;
  /** Segments of closed loops that no one reads any more, to be filled again (`recycle`). */
  private readonly spare: X12Segment[] = [];

  constructor(def: LoopDef, events: WalkerEvents) {
    this.root = newRoot(def);
    this.stack = [this.root];
    this.events = events;
    this.known = allTags(def);
  }

  get current(): LoopNode {
    return this.stack[this.stack.length - 1]!;
  }

  /** Places one segment; returns the loop it went into (undefined when it fits nowhere). */
  segment(view: SegmentView, position: number): LoopNode | undefined {
    const tag = view.tag;
    const id = view.tagNo;
    const stack = this.stack;
    for (let d = id < 0 ? -1 : stack.length - 1; d >= 0; d--) {
      const node = stack[d]!;
      const def = node.def;
      if (id >= def.maxById.length) continue;
      const max = def.maxById[id]!;
      if (max !== 0 && (max === 1 ? !hasTag(node, tag) : uses(node, tag) < max)) {
        this.closeAbove(d);
        return this.attach(node, view, position);
      }
      if (def.startsById[id] === 1) {
        const candidates = def.triggersById[id]!;
        for (let k = 0; k < candidates.length; k++) {
          const c = candidates[k]!;
          if (!triggers(node.def.loops[c]!, view)) continue;
          this.closeAbove(d);
          return this.openChild(node, c, view, position);
        }
      }
    }
    const s = view.materialize(position, this.spare.pop());
    this.last = s;
    // It fits nowhere: say why, the most specific reason first.
    for (let d = stack.length - 1; d >= 0; d--) {
      const node = stack[d]!;
      const rule = node.def.segments.get(tag);
      if (rule !== undefined) {
        this.events.problem(
          'x12.segment.over-max',
          `${tag} appears more than ${rule.max} time(s) in loop ${node.id}`,
          s,
          node,
        );
        this.closeAbove(d);
        node.segments.push(s);
        return node;
      }
    }
    const here = this.current;
    if (this.known.has(tag))
      this.events.problem('x12.segment.unexpected', `${tag} is not expected in loop ${here.id}`, s, here);
    else if (segmentSpec(tag) !== undefined || /^[A-Z][A-Z0-9]{1,2}$/.test(tag))
      this.events.problem(
        'x12.segment.not-in-set',
        `${tag} is not a segment of this transaction set`,
        s,
        here,
      );
    else this.events.problem('x12.segment.unrecognized', `"${tag}" is not a segment ID`, s, here);
    return undefined;
  }

  /** Closes every open loop (at SE). */
  finish(): void {
    this.closeAbove(0);
    if (!this.root.checked) this.check(this.root);
  }

  private attach(node: LoopNode, view: SegmentView, position: number): LoopNode {
    const s = view.materialize(position, this.spare.pop());
    this.last = s;
    node.segments.push(s);
    return node;
  }

  private openChild(parent: LoopNode, index: number, view: SegmentView, position: number): LoopNode {
    const def = parent.def.loops[index]!;
    parent.childCounts ??= zeros(parent.def.loops.length);
    const count = ++parent.childCounts[index]!;
    // A detached child (an HL level, a claim) follows its parent's own segments: check them now,
    // while the parent is still small.
    if (def.detached && !parent.checked) this.check(parent);
    const first = view.materialize(position, this.spare.pop());
    this.last = first;
    const node = newNode(def, parent, first);
    if (!def.detached) addLoop(parent, node);
    this.stack.push(node);
    if (count > def.max)
      this.events.problem(
        'x12.loop.over-max',
        `loop ${def.id} (${def.name}) repeats more than ${def.max} time(s)`,
        node.segments[0]!,
        node,
      );
    this.events.open(node);
    return node;
  }

  private closeAbove(depth: number): void {
    while (this.stack.length - 1 > depth) {
      const node = this.stack.pop()!;
      if (!node.checked) this.check(node);
      if (this.events.close(node) === true) this.recycle(node);
    }
  }

  /**
   * Hands the segments of a closed loop and of the loops it keeps back for reuse. The loop must
   * be read no more: the close event's owner says so (an 837 claim once mapped, unless its loops
   * are asked for). The segment last read is kept as it is: a later check may name its place.
   */
  private recycle(node: LoopNode): void {
    const spare = this.spare;
    const segments = node.segments;
    for (let k = 0; k < segments.length; k++) {
      const s = segments[k]!;
      if (s !== this.last && spare.length < MAX_SPARE) spare.push(s);
    }
    const loops = node.loops;
    for (let k = 0; k < loops.length; k++) this.recycle(loops[k]!);
  }

  /** Required segments and required (kept) child loops. */
  private check(node: LoopNode): void {
    node.checked = true;
    const at = node.segments[0] ?? this.last;
    if (at === undefined) return;
    const required = node.def.requiredSegments;
    for (let r = 0; r < required.length; r++) {
      const [tag, rule] = required[r]!;
      if (hasTag(node, tag)) continue;
      this.events.problem(
        'x12.segment.required',
        `loop ${node.id} (${node.def.name}) has no ${tag} segment`,
        at,
        node,
        rule.required === 'error' ? 'error' : 'warning',
        tag,
      );
    }
    const loops = node.def.requiredLoops;
    for (let r = 0; r < loops.length; r++) {
      const i = loops[r]!;
      if ((node.childCounts?.[i] ?? 0) > 0) continue;
      const c = node.def.loops[i]!;
      this.events.problem(
        'x12.segment.required-loop',
        `loop ${node.id} has no loop ${c.id} (${c.name})`,
        at,
        node,
        c.required === 'error' ? 'error' : 'warning',
        c.trigger.tag,
      );
    }
  }
}

/** More spare segments than a large claim has are not kept. */
const MAX_SPARE = 4096;

function hasTag(node: LoopNode, tag: string): boolean {
  const segments = node.segments;
  for (let i = 0; i < segments.length; i++) if (segments[i]!.tag === tag) return true;
  return false;
}

/** Whether the segment starts loop `def`; its tag is the trigger's (it was found by it in `triggersById`). */
function triggers(def: LoopDef, view: SegmentView): boolean {
  const t = def.trigger;
  if (t.element === undefined) return true;
  // Compared in place: no string for the qualifier.
  const values = t.values!;
  for (let k = 0; k < values.length; k++) if (view.is(t.element, values[k]!)) return true;
  return false;
}

function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}
