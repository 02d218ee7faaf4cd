/**
 * @module icd10cm/rules-read
 * What the rules engine reads from the ICD-10-CM tabular list, as typed values over the store:
 * - Excludes1 / Excludes2 between two codes (Guidelines Section I.A.12: Excludes1, never
 *   together unless the conditions are unrelated; Excludes2, may be coded together);
 * - code first / use additional code / code also references (Section I.A.13, I.A.17);
 * - manifestation codes, "in diseases classified elsewhere", never first-listed (I.A.13);
 * - 7th-character requirements (Section I.A.5: required where a level above defines them).
 * Notes are inherited from every level above the code. A code the tabular list lacks has none:
 * every answer says which tabular year it read (`notesFrom`) and whether the code was there.
 */
import { formatIcd10Cm, parseIcd10Cm } from '@medcode/domain';
import type { CodeSetStore } from '../store.ts';
import { type CodeRange, inRange, parseCodeRefs } from './code-ranges.ts';
import { locate, notesAt, type TabularNote, type TabularPlace, tabularSource } from './tabular-read.ts';

export interface CodeNotes {
  /** Display form: E11.22. */
  code: string;
  /** The tabular list read ("2023"). */
  notesFrom: string;
  /** False when the tabular list lacks the code: then `notes` is empty, not "no notes apply". */
  inTabular: boolean;
  notes: TabularNote[];
  place?: TabularPlace;
}

const canon = (code: string): string | undefined => {
  const p = parseIcd10Cm(code);
  return p.ok ? (p.value as string) : undefined;
};

/** Every note that applies to `code` (inherited), or undefined when the tabular list is not installed. */
export function codeNotes(store: CodeSetStore, code: string, on?: string): CodeNotes | undefined {
  const tab = tabularSource(store, on);
  const c = canon(code);
  if (!tab || c === undefined) return undefined;
  const place = locate(tab.db, c);
  const base = { code: formatIcd10Cm(c), notesFrom: tab.version };
  return place
    ? { ...base, inTabular: true, notes: notesAt(tab.db, place), place }
    : { ...base, inTabular: false, notes: [] };
}

export interface ExcludesFinding {
  kind: 'excludes1' | 'excludes2';
  /** The code whose notes carry the excludes note (display form). */
  noted: string;
  /** The other code, which the note's reference covers. */
  excluded: string;
  note: TabularNote;
  notesFrom: string;
}

function excludesFrom(n: CodeNotes, other: string): ExcludesFinding[] {
  const c = canon(other);
  if (c === undefined) return [];
  return n.notes
    .filter((x) => (x.kind === 'excludes1' || x.kind === 'excludes2') && x.ranges.some((r) => inRange(c, r)))
    .map((note) => ({
      kind: note.kind as 'excludes1' | 'excludes2',
      noted: n.code,
      excluded: formatIcd10Cm(c),
      note,
      notesFrom: n.notesFrom,
    }));
}

/** Excludes notes between `a` and `b`, read from both codes' notes (they are not always mutual). */
export function excludesBetween(store: CodeSetStore, a: string, b: string, on?: string): ExcludesFinding[] {
  const na = codeNotes(store, a, on);
  const nb = codeNotes(store, b, on);
  return [...(na ? excludesFrom(na, b) : []), ...(nb ? excludesFrom(nb, a) : [])];
}

export interface SequencingRefs {
  code: string;
  notesFrom: string;
  inTabular: boolean;
  /** "Code first": the etiology to sequence before this code. */
  codeFirst: TabularNote[];
  /** "Use additional code": a code to add after this one. */
  useAdditionalCode: TabularNote[];
  /** "Code also": a second code, sequencing free. */
  codeAlso: TabularNote[];
}

export function sequencingRefs(store: CodeSetStore, code: string, on?: string): SequencingRefs | undefined {
  const n = codeNotes(store, code, on);
  if (!n) return undefined;
  const of = (k: TabularNote['kind']): TabularNote[] => n.notes.filter((x) => x.kind === k);
  return {
    code: n.code,
    notesFrom: n.notesFrom,
    inTabular: n.inTabular,
    codeFirst: of('codeFirst'),
    useAdditionalCode: of('useAdditionalCode'),
    codeAlso: of('codeAlso'),
  };
}

const ELSEWHERE = /in (?:other )?diseases classified elsewhere/i;

export interface ManifestationFact {
  code: string;
  notesFrom: string;
  /** The code or a level above it is titled "... in diseases classified elsewhere". */
  manifestation: boolean;
  /** The level whose title says so. */
  titledAt?: string;
  /** The code-first notes naming the etiology to list before it. */
  codeFirst: TabularNote[];
}

/**
 * Whether `code` is a manifestation code (Section I.A.13: never first-listed or principal).
 * Undefined when the tabular list is not installed or lacks the code.
 */
export function manifestation(store: CodeSetStore, code: string, on?: string): ManifestationFact | undefined {
  const n = codeNotes(store, code, on);
  if (!n?.place) return undefined;
  const titled = [...n.place.lineage].reverse().find((x) => x.level !== 'chapter' && ELSEWHERE.test(x.title));
  return {
    code: n.code,
    notesFrom: n.notesFrom,
    manifestation: titled !== undefined,
    ...(titled ? { titledAt: titled.id } : {}),
    codeFirst: n.notes.filter((x) => x.kind === 'codeFirst'),
  };
}

export interface SeventhCharacterRule {
  code: string;
  notesFrom: string;
  /** A level above defines 7th characters for this code. */
  required: boolean;
  /** The code as given carries one of them (it was found through its base). */
  present: boolean;
  chars: { char: string; text: string; from: string }[];
}

/**
 * The 7th characters `code` takes (Section I.A.5). For a base code such as S00.81 the rule says
 * `required: true, present: false`: it is not reportable without its 7th character.
 */
export function seventhCharacter(
  store: CodeSetStore,
  code: string,
  on?: string,
): SeventhCharacterRule | undefined {
  const n = codeNotes(store, code, on);
  if (!n?.place) return undefined;
  const defs = n.notes.filter((x) => x.kind === 'sevenChrDef' && x.char !== undefined);
  // Only a code (no subdivisions) takes the 7th character; a subcategory's defs reach its codes.
  const leaf = n.place.node.level === 'code' || n.place.seventh !== undefined;
  return {
    code: n.code,
    notesFrom: n.notesFrom,
    required: defs.length > 0 && leaf,
    present: n.place.seventh !== undefined,
    chars: defs.map((d) => ({ char: d.char ?? '', text: d.text, from: d.from.id })),
  };
}

export interface ExcludesPair {
  kind: 'excludes1' | 'excludes2';
  /** The level carrying the note: "E11", "E08-E13" (section), "4" (chapter). */
  at: string;
  /** Codes the note stands over (the level's own codes). */
  scope: CodeRange;
  /** Codes the note's reference covers. */
  excluded: CodeRange;
  /** The note as printed. */
  text: string;
}

interface PairRow {
  id: string;
  level: string;
  key: string;
  title: string;
  ref_from: string;
  ref_to: string;
  text: string;
  note: string;
}

/**
 * Every Excludes1 or Excludes2 pair of the tabular list, for building an edit table. A pair
 * holds for codes in `scope` against codes in `excluded`; sections and chapters scope by the
 * range in their id or title ("E08-E13", "(E00-E89)").
 */
export function excludesPairs(
  store: CodeSetStore,
  kind: 'excludes1' | 'excludes2',
  on?: string,
): ExcludesPair[] {
  const tab = tabularSource(store, on);
  if (!tab) return [];
  const rows = tab.db
    .prepare(
      `SELECT n.id, n.level, n.key, n.title, r.ref_from, r.ref_to, r.text, t.text AS note
       FROM note_refs r JOIN nodes n ON n.key = r.node JOIN notes t ON t.node = r.node AND t.seq = r.seq
       WHERE r.kind = ? ORDER BY n.ord, r.seq`,
    )
    .all(kind) as PairRow[];
  const out: ExcludesPair[] = [];
  for (const r of rows) {
    const scope =
      r.level === 'chapter' || r.level === 'section'
        ? parseCodeRefs(r.level === 'section' ? r.id : r.title, { single: 'withChildren' }).at(-1)
        : { text: r.id, from: r.key, to: `${r.key}~` };
    if (!scope) continue;
    out.push({
      kind,
      at: r.id,
      scope,
      excluded: { text: r.text, from: r.ref_from, to: r.ref_to },
      text: r.note,
    });
  }
  return out;
}
