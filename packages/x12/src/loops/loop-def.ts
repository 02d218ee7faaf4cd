/**
 * @module loops/loop-def
 * An implementation guide's loop structure as data: each loop names the segment (and the
 * qualifier values) that starts it, how often it may repeat, which segments it holds and how
 * often, and its child loops. The walker (loops/walker.ts) reads any transaction with one of these.
 */
import { tagNumber } from '../syntax/tag-number.ts';

export interface SegmentRule {
  readonly max: number;
  /** Missing is reported: 'warn' as a warning, 'error' as an error. */
  readonly required: false | 'warn' | 'error';
}

export interface LoopTrigger {
  readonly tag: string;
  /** Element whose value identifies the loop (NM101, HL03 ...), with the values that do. */
  readonly element?: number;
  readonly values?: readonly string[];
}

export interface LoopDef {
  readonly id: string;
  readonly name: string;
  readonly trigger: LoopTrigger;
  readonly max: number;
  readonly required: false | 'warn' | 'error';
  /**
   * The parent does not keep this loop once it closes (HL levels, claims, remittance claims), so
   * a batch of any size is read in flat memory.
   */
  readonly detached: boolean;
  readonly segments: ReadonlyMap<string, SegmentRule>;
  readonly loops: readonly LoopDef[];
  /** The segments and child loops whose absence is reported (precomputed from the above). */
  readonly requiredSegments: readonly (readonly [string, SegmentRule])[];
  readonly requiredLoops: readonly number[];
  /** Child loops by the tag of their trigger segment, so a segment is matched without trying every child. */
  readonly triggers: ReadonlyMap<string, readonly number[]>;
  /**
   * `segments` and `triggers` again, indexed by tag number: the walker asks them for every open loop
   * of every segment, and an array index is several times cheaper than a Map lookup.
   */
  readonly rulesById: readonly (SegmentRule | undefined)[];
  readonly triggersById: readonly (readonly number[] | undefined)[];
  /**
   * By tag number: the segment's maximum in this loop (0: not allowed here), and 1 when it starts
   * a child loop. Typed arrays of one length for every loop, so that the walker's lookup for each
   * open loop of each segment is one load of a known kind (a tag numbered later reads past the end).
   */
  readonly maxById: Int32Array;
  readonly startsById: Uint8Array;
}

/** Values by tag number (syntax/tag-number.ts); the loop definitions' tags are all numbered. */
function byId<T>(map: ReadonlyMap<string, T>): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (const [tag, v] of map) {
    const id = tagNumber(tag);
    if (id < 0) throw new Error(`"${tag}" is not a segment tag`);
    while (out.length <= id) out.push(undefined);
    out[id] = v;
  }
  return out;
}

export interface LoopOptions {
  max?: number;
  required?: false | 'warn' | 'error';
  detached?: boolean;
}

/**
 * A loop from compact notation. `trigger` is "CLM" or "NM1:1=85" or "NM1:1=DN,P3" or "HL:3=22";
 * `segments` lists "TAG[:max][!|!!]" ("!" required, reported as a warning; "!!" as an error).
 * The trigger segment is added as required, max 1.
 */
export function loop(
  id: string,
  name: string,
  trigger: string,
  opts: LoopOptions,
  segments: string,
  loops: readonly LoopDef[] = [],
): LoopDef {
  const [tag, cond] = trigger.split(':') as [string, string | undefined];
  let t: LoopTrigger = { tag };
  if (cond !== undefined) {
    const [el, vals] = cond.split('=') as [string, string];
    t = { tag, element: Number(el), values: vals.split(',') };
  }
  const map = new Map<string, SegmentRule>();
  if (tag !== '') map.set(tag, { max: 1, required: 'error' });
  for (const token of segments.split(' ').filter((s) => s !== '')) {
    const m = /^([A-Z0-9]{2,3})(?::(\d+))?(!!|!)?$/.exec(token);
    if (m === null) throw new Error(`bad segment rule "${token}" in loop ${id}`);
    const [, segTag, max, req] = m as unknown as [string, string, string | undefined, string | undefined];
    map.set(segTag, {
      max: max === undefined ? 1 : Number(max),
      required: req === '!!' ? 'error' : req === '!' ? 'warn' : false,
    });
  }
  const triggers = loops.reduce(
    (m, l, i) => m.set(l.trigger.tag, [...(m.get(l.trigger.tag) ?? []), i]),
    new Map<string, number[]>(),
  );
  return {
    id,
    name,
    trigger: t,
    max: opts.max ?? 1,
    required: opts.required ?? false,
    detached: opts.detached ?? false,
    segments: map,
    loops,
    requiredSegments: [...map].filter(([, r]) => r.required !== false),
    requiredLoops: loops.flatMap((l, i) => (l.required === false ? [] : [i])),
    triggers,
    rulesById: byId(map),
    triggersById: byId(triggers),
    maxById: flags(map, (r) => r.max, map, triggers),
    startsById: Uint8Array.from(flags(triggers, () => 1, map, triggers)),
  };
}

/** Numbers by tag number, 0 for tags not in the map; as long as the longest of `all`. */
function flags<T>(
  map: ReadonlyMap<string, T>,
  of: (v: T) => number,
  ...all: ReadonlyMap<string, unknown>[]
): Int32Array {
  const values = byId(map);
  const out = new Int32Array(Math.max(...all.map((m) => byId(m).length)));
  values.forEach((v, i) => {
    if (v !== undefined) out[i] = of(v);
  });
  return out;
}

/** Every segment tag a transaction's loops allow (to tell "unexpected here" from "not in this set"). */
export function allTags(root: LoopDef): Set<string> {
  const out = new Set<string>();
  const visit = (d: LoopDef): void => {
    for (const t of d.segments.keys()) out.add(t);
    for (const c of d.loops) visit(c);
  };
  visit(root);
  return out;
}

export const MANY = 1_000_000;
