/**
 * @module search/build-index
 * Builds the search index from the code systems' documents. Each document gives terms: its
 * title, then every other text that names it (short title, alphabetic-index entries, inclusion
 * terms), each kept once. Words are normalised and stemmed here exactly as queries are.
 */
import type { CodeSystem } from '@medcode/domain';
import {
  CODE_WIDTH,
  type SearchIndexData,
  type SystemRange,
  WORD_NONESSENTIAL,
  WORD_SHIFT,
  WORD_STOP,
} from './index-data.ts';
import { collectTerms } from './collect-terms.ts';
import { buildFuzzyTable } from './fuzzy.ts';
import type { SearchDocument } from './types.ts';

/** The order systems are listed in (and code-prefix hits are given in). */
export const SYSTEM_ORDER: readonly CodeSystem[] = ['icd10cm', 'icd10pcs', 'hcpcs'];

const encoder = new TextEncoder();

/** The code as a search key: upper case, letters and digits only ("E11.22" → "E1122"). */
export const codeKey = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function packStrings(strings: readonly string[]): { bytes: Uint8Array; starts: Uint32Array } {
  const starts = new Uint32Array(strings.length + 1);
  let total = 0;
  for (const [i, s] of strings.entries()) {
    starts[i] = total;
    total += Buffer.byteLength(s, 'utf8');
  }
  starts[strings.length] = total;
  const bytes = new Uint8Array(total);
  for (const [i, s] of strings.entries()) encoder.encodeInto(s, bytes.subarray(starts[i]!, starts[i + 1]!));
  return { bytes, starts };
}

function sortDocuments(docs: readonly SearchDocument[]): SearchDocument[] {
  const rank = (s: CodeSystem): number => {
    const i = SYSTEM_ORDER.indexOf(s);
    return i < 0 ? SYSTEM_ORDER.length : i;
  };
  const seen = new Set<string>();
  const unique = docs.filter((d) => {
    const k = `${d.system}\t${codeKey(d.code)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort((a, b) => {
    const r = rank(a.system) - rank(b.system) || a.system.localeCompare(b.system);
    if (r !== 0) return r;
    const ka = codeKey(a.code);
    const kb = codeKey(b.code);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** The index without shortcut answers (see shortcuts.ts, which adds them). */
export function buildIndexData(input: readonly SearchDocument[]): SearchIndexData {
  const docs = sortDocuments(input);
  const systems: SystemRange[] = [];
  for (const [i, d] of docs.entries()) {
    const last = systems[systems.length - 1];
    if (last && last.system === d.system) last.end = i + 1;
    else systems.push({ system: d.system, start: i, end: i + 1 });
  }

  const collected = collectTerms(docs);
  const surfaceList = collected.surfaces;
  const surfaceStemOf = collected.stems;

  // Surface words and stems in sorted order, so a prefix is a range of ids.
  const order = surfaceList.map((_, i) => i).sort((a, b) => (surfaceList[a]! < surfaceList[b]! ? -1 : 1));
  const newId = new Uint32Array(order.length);
  for (const [rank, old] of order.entries()) newId[old] = rank;
  const surfaces = order.map((i) => surfaceList[i]!);
  const stems = [...new Set(surfaceStemOf)].sort();
  const stemIndex = new Map(stems.map((s, i) => [s, i]));
  const surfaceStem = new Uint32Array(surfaces.length);
  for (const [old, s] of surfaceStemOf.entries()) surfaceStem[newId[old]!] = stemIndex.get(s)!;
  const stemSurfaceStart = new Uint32Array(stems.length + 1);
  for (const s of surfaceStem) stemSurfaceStart[s + 1]!++;
  for (let i = 0; i < stems.length; i++) stemSurfaceStart[i + 1]! += stemSurfaceStart[i]!;
  const stemSurfaces = new Uint32Array(surfaces.length);
  {
    const fill = stemSurfaceStart.slice(0, stems.length);
    for (let id = 0; id < surfaces.length; id++) stemSurfaces[fill[surfaceStem[id]!]!++] = id;
  }

  // Terms fewest essential words first, then heaviest, then in code order.
  const c = collected;
  const m = c.count;
  const terms = Array.from({ length: m }, (_, i) => i).sort(
    (a, b) =>
      c.essential[a]! - c.essential[b]! || c.weight[b]! - c.weight[a]! || c.doc[a]! - c.doc[b]! || a - b,
  );
  const termDoc = new Uint32Array(m);
  const termSource = new Uint8Array(m);
  const termEssential = new Uint8Array(m);
  const termWordStart = new Uint32Array(m + 1);
  let wordCount = 0;
  for (const [i, t] of terms.entries()) {
    termDoc[i] = c.doc[t]!;
    termSource[i] = c.source[t]!;
    termEssential[i] = c.essential[t]!;
    termWordStart[i] = wordCount;
    wordCount += c.wordStart[t + 1]! - c.wordStart[t]!;
  }
  termWordStart[m] = wordCount;
  const termWords = new Uint32Array(wordCount);
  const postingStart = new Uint32Array(surfaces.length + 1);
  // Per term and word: does the word count towards the term's coverage somewhere in it?
  const counts = (entry: number): boolean => (entry & (WORD_NONESSENTIAL | WORD_STOP)) === 0;
  const qualifierOnly = new Uint32Array(surfaces.length);
  for (const [i, t] of terms.entries()) {
    let k = termWordStart[i]!;
    const distinct = new Map<number, boolean>();
    for (let j = c.wordStart[t]!; j < c.wordStart[t + 1]!; j++) {
      const w = c.words[j]!;
      const id = newId[w >>> WORD_SHIFT]!;
      const entry = (id << WORD_SHIFT) | (w & ((1 << WORD_SHIFT) - 1));
      termWords[k++] = entry;
      distinct.set(id, (distinct.get(id) ?? false) || counts(entry));
    }
    for (const [id, counted] of distinct) {
      postingStart[id + 1]!++;
      if (!counted) qualifierOnly[id]!++;
    }
  }
  for (let i = 0; i < surfaces.length; i++) postingStart[i + 1]! += postingStart[i]!;
  // Each word's postings: first the terms where it counts, then those where it only qualifies
  // (a modifier, a stop word, a 7th-character tail), each part in term order.
  const postingSplit = new Uint32Array(surfaces.length);
  for (let i = 0; i < surfaces.length; i++) postingSplit[i] = postingStart[i + 1]! - qualifierOnly[i]!;
  const postings = new Uint32Array(postingStart[surfaces.length]!);
  {
    const fill = postingStart.slice(0, surfaces.length);
    const fillQualifier = postingSplit.slice();
    const seen = new Int32Array(surfaces.length).fill(-1);
    const counted = new Uint8Array(surfaces.length);
    for (let t = 0; t < m; t++) {
      const ws = termWordStart[t]!;
      const we = termWordStart[t + 1]!;
      for (let k = ws; k < we; k++) {
        const id = termWords[k]! >>> WORD_SHIFT;
        if (seen[id] !== t) {
          seen[id] = t;
          counted[id] = 0;
        }
        if (counts(termWords[k]!)) counted[id] = 1;
      }
      for (let k = ws; k < we; k++) {
        const id = termWords[k]! >>> WORD_SHIFT;
        if (seen[id] !== t) continue;
        seen[id] = -2 - t; // placed
        if (counted[id] === 1) postings[fill[id]!++] = t;
        else postings[fillQualifier[id]!++] = t;
      }
    }
  }

  const texts = packStrings(terms.map((t) => c.text[t]!));
  const codes = packStrings(docs.map((d) => d.code));
  const titles = packStrings(docs.map((d) => d.title));
  const docFlags = new Uint8Array(docs.length);
  const docCodeKeys = new Uint8Array(docs.length * CODE_WIDTH);
  for (const [i, d] of docs.entries()) {
    docFlags[i] = d.billable ? 1 : 0;
    const k = codeKey(d.code).slice(0, CODE_WIDTH);
    for (let j = 0; j < k.length; j++) docCodeKeys[i * CODE_WIDTH + j] = k.charCodeAt(j);
  }
  const fuzzy = buildFuzzyTable(surfaces);
  return {
    systems,
    docFlags,
    docCodeKeys,
    docCodeText: codes.bytes,
    docCodeStart: codes.starts,
    docTitleText: titles.bytes,
    docTitleStart: titles.starts,
    termDoc,
    termSource,
    termEssential,
    termWordStart,
    termWords,
    termText: texts.bytes,
    termTextStart: texts.starts,
    surfaceText: encoder.encode(surfaces.join('\n')),
    surfaceStem,
    stemText: encoder.encode(stems.join('\n')),
    stemSurfaceStart,
    stemSurfaces,
    postingStart,
    postingSplit,
    postings,
    fuzzyHashes: fuzzy.hashes,
    fuzzyWords: fuzzy.words,
    shortcutText: new Uint8Array(0),
    shortcutStart: new Uint32Array(1),
    shortcutDocs: new Uint32Array(0),
    shortcutTerms: new Uint32Array(0),
    shortcutScores: new Float64Array(0),
  };
}
