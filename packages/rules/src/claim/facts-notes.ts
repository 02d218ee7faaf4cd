/**
 * @module claim/facts-notes
 * What the tabular list's instructional notes say about the diagnoses on one claim, as lists of
 * problems (the items of `each` rules). A note kind at one level ("code first" under F02) is a
 * group: a lead-in ("the underlying physiological condition, such as:") and the alternatives,
 * each naming codes. The tabular is read as follows:
 * - Excludes1 (Guidelines I.A.12.a): each note names codes never reported with the code.
 * - "Code first" (I.A.13): a companion named by the group must come before the code; it is
 *   *missing* only when the group is definite (see `definite`).
 * - "Use additional code" (I.A.13, I.B.7): a definite group asks for a companion anywhere.
 * - "Code also" (I.A.17): a definite group asks for a companion, in any order.
 * A group is definite when it names codes, sits at the code or its subcategory (not a whole
 * category or block, where notes list what *may* apply), and has none of the words that make
 * it conditional ("such as", "if applicable", "if known", "any"). This is Medcode's reading,
 * chosen to avoid noise: the guidelines leave "if applicable" to the documentation.
 */
import { formatIcd10Cm } from '@medcode/domain';
import { CodeList } from '../engine/code-list.ts';
import type { EvidenceSource } from '@medcode/domain';
import type { TableRef, TabularNote } from '../tables.ts';
import { type ClaimAlmanac, claimBook as f, dxCode } from './book.ts';
import { dxNotes, tableEvidence } from './facts-codes.ts';

export interface NoteGroup {
  at: string;
  text: string;
  refs: string[];
  list: CodeList;
  definite: boolean;
}

const HEDGE = /such as|if applicable|if known|if present|any associated|\bany\b|, if\b|when applicable/i;

// Tables hand out the same note arrays for the same code (they memoise), so the groups and code
// lists built from them are kept with them: a batch builds each once.
const grouped = new WeakMap<readonly TabularNote[], NoteGroup[]>();
const lists = new WeakMap<TabularNote, CodeList>();
const unions = new WeakMap<readonly TabularNote[], CodeList>();

/** Every code a list of notes names, as one matcher: one test per pair of diagnoses. */
function unionList(notes: readonly TabularNote[]): CodeList {
  let l = unions.get(notes);
  if (!l) {
    l = new CodeList(notes.flatMap((n) => n.refs));
    unions.set(notes, l);
  }
  return l;
}

export function groupNotes(notes: readonly TabularNote[]): NoteGroup[] {
  let g = grouped.get(notes);
  if (!g) {
    g = buildGroups(notes);
    grouped.set(notes, g);
  }
  return g;
}

function noteList(n: TabularNote): CodeList {
  let l = lists.get(n);
  if (!l) {
    l = new CodeList(n.refs);
    lists.set(n, l);
  }
  return l;
}

function buildGroups(notes: readonly TabularNote[]): NoteGroup[] {
  const byAt = new Map<string, TabularNote[]>();
  for (const n of notes) {
    const l = byAt.get(n.at) ?? [];
    byAt.set(n.at, l);
    l.push(n);
  }
  return [...byAt].map(([at, ns]) => {
    const refs = [...new Set(ns.flatMap((n) => n.refs))];
    const text = ns.map((n) => n.text).join(' ');
    const level = at.replace(/\./g, '');
    const definite = refs.length > 0 && !HEDGE.test(text) && /^[A-Z][0-9A-Z]{3,6}$/.test(level);
    return { at, text, refs, list: new CodeList(refs), definite };
  });
}

const shown = (refs: readonly string[]): string => refs.join(', ');

export interface PairItem {
  /** The later-listed diagnosis (0-based): where the finding points. */
  diagnosis: number;
  other: number;
  code: string;
  otherCode: string;
  at: string;
  text: string;
  evidence: EvidenceSource;
}

const noteRow = (ref: TableRef, kind: string, at: string, text: string): EvidenceSource =>
  tableEvidence(ref, { level: formatIcd10Cm(at.replace(/\./g, '')), note: kind, text });

export const excludes1Pairs = f.define<PairItem[]>({
  name: 'claim.excludes1Pairs',
  scope: 'claim',
  description: 'pairs of diagnoses where one is in an Excludes1 note of the other',
  compute: (a) => {
    const dx = a.subject.diagnoses;
    const out: PairItem[] = [];
    // A pair needs two diagnoses.
    if (dx.length < 2) return out;
    const seen = new Set<string>();
    for (let i = 0; i < dx.length; i++) {
      const all = a.get(dxNotes, i);
      const notes = all?.excludes1;
      if (!all || !notes || notes.length === 0) continue;
      const any = unionList(notes);
      let named = false;
      for (let j = 0; j < dx.length && !named; j++) named = j !== i && any.has(dx[j]!.code);
      if (!named) continue;
      for (const n of notes) {
        const list = noteList(n);
        for (let j = 0; j < dx.length; j++) {
          const other = dx[j]!.code;
          if (j === i || other === dx[i]!.code || !list.has(other)) continue;
          const key = i < j ? `${i}:${j}` : `${j}:${i}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            diagnosis: Math.max(i, j),
            other: Math.min(i, j),
            code: formatIcd10Cm(dx[i]!.code),
            otherCode: formatIcd10Cm(other),
            at: n.at,
            text: n.text,
            evidence: noteRow(all.ref, 'excludes1', n.at, n.text),
          });
        }
      }
    }
    return out;
  },
});

export interface CompanionItem {
  diagnosis: number;
  code: string;
  at: string;
  text: string;
  refs: string;
  evidence: EvidenceSource;
  /** For sequencing problems: the companion listed after (0-based) and its code. */
  other?: number;
  otherCode?: string;
}

type Kind = 'codeFirst' | 'useAdditional' | 'codeAlso';

/** The first diagnosis other than `skip` that the list names, or -1. */
function firstNamed(dx: readonly { code: string }[], list: CodeList, skip: number): number {
  for (let k = 0; k < dx.length; k++) if (k !== skip && list.has(dx[k]!.code)) return k;
  return -1;
}

function companions(a: ClaimAlmanac, kind: Kind, want: 'missing' | 'after'): CompanionItem[] {
  const dx = a.subject.diagnoses;
  const out: CompanionItem[] = [];
  for (let i = 0; i < dx.length; i++) {
    const all = a.get(dxNotes, i);
    const notes = all?.[kind];
    if (!all || !notes || notes.length === 0) continue;
    for (const g of groupNotes(notes)) {
      // Only a definite group can be missing its companion: the others are not searched for.
      if (g.refs.length === 0 || (want === 'missing' && !g.definite)) continue;
      const at = firstNamed(dx, g.list, i);
      const missing = want === 'missing' && at === -1 && g.definite;
      // Listed after the code, and not also before it.
      const after = want === 'after' && at > i;
      // Most notes yield no item: it is built (strings, evidence row) only when it is kept.
      if (!missing && !after) continue;
      const item = {
        diagnosis: i,
        code: formatIcd10Cm(a.get(dxCode, i)),
        at: g.at,
        text: g.text,
        refs: shown(g.refs),
        evidence: noteRow(all.ref, kind, g.at, g.text),
      };
      out.push(missing ? item : { ...item, other: at, otherCode: formatIcd10Cm(dx[at]!.code) });
    }
  }
  return out;
}

f.define<CompanionItem[]>({
  name: 'claim.codeFirstMissing',
  scope: 'claim',
  description: 'diagnoses whose definite "code first" note names no code on the claim',
  compute: (a) => companions(a, 'codeFirst', 'missing'),
});
f.define<CompanionItem[]>({
  name: 'claim.codeFirstAfter',
  scope: 'claim',
  description: 'diagnoses whose "code first" companion is on the claim but listed after them',
  compute: (a) => companions(a, 'codeFirst', 'after'),
});
f.define<CompanionItem[]>({
  name: 'claim.useAdditionalMissing',
  scope: 'claim',
  description: 'diagnoses whose definite "use additional code" note names no code on the claim',
  compute: (a) => companions(a, 'useAdditional', 'missing'),
});
f.define<CompanionItem[]>({
  name: 'claim.codeAlsoMissing',
  scope: 'claim',
  description: 'diagnoses whose definite "code also" note names no code on the claim',
  compute: (a) => companions(a, 'codeAlso', 'missing'),
});
