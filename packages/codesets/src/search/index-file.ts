/**
 * @module search/index-file
 * The index on disk: a magic word, a small JSON header (format, cache key, system ranges and
 * where each array sits), then the arrays themselves, each 8-byte aligned. Reading it back makes
 * typed-array views over the file's bytes: no parsing, no copying.
 */
import { ARRAY_FIELDS, type ArrayField, type SearchIndexData, type SystemRange } from './index-data.ts';

const MAGIC = 'MCSEARCH';
/** Bump when the file layout or the meaning of any array changes. */
export const INDEX_FORMAT = 9;

type ArrayKind = 'u8' | 'u32' | 'f64';
type AnyArray = Uint8Array | Uint32Array | Float64Array;

interface Header {
  format: number;
  key: string;
  systems: SystemRange[];
  arrays: { name: ArrayField; kind: ArrayKind; offset: number; length: number }[];
}

const kindOf = (a: AnyArray): ArrayKind =>
  a instanceof Uint8Array ? 'u8' : a instanceof Uint32Array ? 'u32' : 'f64';
const align8 = (n: number): number => (n + 7) & ~7;

export function encodeIndex(data: SearchIndexData, key: string): Uint8Array {
  const arrays: Header['arrays'] = [];
  let offset = 0;
  for (const name of ARRAY_FIELDS) {
    const a: AnyArray = data[name];
    arrays.push({ name, kind: kindOf(a), offset, length: a.length });
    offset = align8(offset + a.byteLength);
  }
  const header: Header = { format: INDEX_FORMAT, key, systems: data.systems, arrays };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = align8(MAGIC.length + 4 + json.length);
  const out = new Uint8Array(bodyStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  for (const [i, name] of ARRAY_FIELDS.entries()) {
    const a: AnyArray = data[name];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bodyStart + arrays[i]!.offset);
  }
  return out;
}

/**
 * The index in `bytes`, or undefined when the bytes are not an index of this format and key
 * (the caller rebuilds it). Views share `bytes`' memory.
 */
export function decodeIndex(input: Uint8Array, key: string): SearchIndexData | undefined {
  if (input.length < MAGIC.length + 4) return undefined;
  if (new TextDecoder().decode(input.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
  // Views need the arrays aligned in memory: copy in the rare case the buffer is not.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(MAGIC.length, true);
  let header: Header;
  try {
    header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength)),
    ) as Header;
  } catch {
    return undefined;
  }
  if (header.format !== INDEX_FORMAT || header.key !== key) return undefined;
  const bodyStart = align8(MAGIC.length + 4 + jsonLength);
  const out: Partial<Record<ArrayField, AnyArray>> = {};
  for (const a of header.arrays) {
    const at = bytes.byteOffset + bodyStart + a.offset;
    const width = a.kind === 'u8' ? 1 : a.kind === 'u32' ? 4 : 8;
    // A truncated file (a crash while writing it) is rebuilt like any stale one.
    if (bodyStart + a.offset + a.length * width > bytes.length) return undefined;
    out[a.name] =
      a.kind === 'u8'
        ? new Uint8Array(bytes.buffer, at, a.length)
        : a.kind === 'u32'
          ? new Uint32Array(bytes.buffer, at, a.length)
          : new Float64Array(bytes.buffer, at, a.length);
  }
  for (const name of ARRAY_FIELDS) if (out[name] === undefined) return undefined;
  return { systems: header.systems, ...out } as unknown as SearchIndexData;
}
