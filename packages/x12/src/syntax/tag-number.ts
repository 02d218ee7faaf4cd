/**
 * @module syntax/tag-number
 * A small number for every segment tag (two or three of A-Z, 0-9, X12.6 segment identifiers),
 * found from the tag's bytes with one array index. The tokenizer numbers each segment it reads,
 * and the dictionary and the loop walker keep their per-tag data in arrays by this number, so a
 * segment costs no Map lookup on its way through (three per segment before; bench/x12.bench.ts).
 * The numbers are handed out as tags are first seen; there are at most 37³ of them.
 */

/** 0 for a byte that cannot be in a tag, else 1-36. */
const DIGIT = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) DIGIT[b] = b - 0x30 + 1;
for (let b = 0x41; b <= 0x5a; b++) DIGIT[b] = b - 0x41 + 11;

/** Tag number + 1 by slot (0: not numbered yet); a slot is c1·37² + c2·37 + c3 (c3 = 0 for two characters). */
const SLOTS = new Int32Array(37 * 37 * 37);
const TAGS: string[] = [];

function slotOf(c1: number, c2: number, c3: number): number {
  return (c1 * 37 + c2) * 37 + c3;
}

/**
 * The same string as the literal in code ('CLM'): V8 compares two internalized strings by
 * reference, and tags are compared with literals all the way down (reader, walker, mappers).
 * A string used as a property key is internalized, so an object's key is the shared copy.
 */
const internalized = (s: string): string => Object.keys({ [s]: 0 })[0] ?? s;

function numberAt(slot: number, text: () => string): number {
  const n = SLOTS[slot]!;
  if (n !== 0) return n - 1;
  TAGS.push(internalized(text()));
  SLOTS[slot] = TAGS.length;
  return TAGS.length - 1;
}

/** The number of the tag in bytes [a, a+n), or -1 when they are not a tag. */
export function tagNumberAt(buf: Uint8Array, a: number, n: number): number {
  if (n < 2 || n > 3) return -1;
  const c1 = DIGIT[buf[a]!]!;
  const c2 = DIGIT[buf[a + 1]!]!;
  const c3 = n === 3 ? DIGIT[buf[a + 2]!]! : 0;
  if (c1 === 0 || c2 === 0 || (n === 3 && c3 === 0)) return -1;
  const slot = slotOf(c1, c2, c3);
  const known = SLOTS[slot]!;
  if (known !== 0) return known - 1;
  return numberNew(slot, buf, a, n);
}

/**
 * A tag seen for the first time. Apart from `tagNumberAt` on purpose: a closure over its arguments
 * there would make V8 allocate a context on every call, that is for every segment read.
 */
function numberNew(slot: number, buf: Uint8Array, a: number, n: number): number {
  return numberAt(slot, () => String.fromCharCode(buf[a]!, buf[a + 1]!, ...(n === 3 ? [buf[a + 2]!] : [])));
}

/** The number of a tag given as text, or -1 when it is not a tag. */
export function tagNumber(tag: string): number {
  if (tag.length < 2 || tag.length > 3) return -1;
  const code = (k: number): number => {
    const c = tag.charCodeAt(k);
    return c < 256 ? DIGIT[c]! : 0;
  };
  const c1 = code(0);
  const c2 = code(1);
  const c3 = tag.length === 3 ? code(2) : 0;
  if (c1 === 0 || c2 === 0 || (tag.length === 3 && c3 === 0)) return -1;
  return numberAt(slotOf(c1, c2, c3), () => tag);
}

/** The text of a tag number. */
export const tagText = (n: number): string => TAGS[n]!;
