/**
 * @module tabular/classifiable
 * The family history categories (Z80-Z84) say by reference which conditions they are for:
 * Z80.0 "Family history of malignant neoplasm of digestive organs" has the inclusion term
 * "Conditions classifiable to C15-C26", Z83.3 "Family history of diabetes mellitus" "Conditions
 * classifiable to E08-E13". A coder who knows the condition's own code (colon cancer, C18.9)
 * finds its family history code there, where the index lists only some sites ("History,
 * family, malignant neoplasm" names no colon). The table is read from the tabular list itself,
 * once per release.
 */
import type { Tabular, TabularEntry } from './model.ts';
import { type CodeRef, inRef, refsOfList } from './refs.ts';

const CLASSIFIABLE = /\bconditions classifiable (elsewhere )?(?:in|to)\s+(.+)$/i;

/** The family history categories (ICD-10-CM Z80-Z84, Guidelines I.C.21.c.4). */
const FAMILY_HISTORY_ROOTS = ['Z80', 'Z81', 'Z82', 'Z83', 'Z84'] as const;

interface ClassRow {
  entry: TabularEntry;
  refs: CodeRef[];
  note: string;
  /** "Conditions classifiable elsewhere in F01-F99": the residual of its range. */
  residual: boolean;
}

export interface Classified {
  /** The history code, billable, or a category whose subdivision the caller chooses. */
  entry: TabularEntry;
  /** The inclusion term that names the condition's range: "Conditions classifiable to C15-C26". */
  note: string;
}

const tables = new WeakMap<Tabular, ClassRow[]>();

function tableOf(tabular: Tabular): ClassRow[] {
  let rows = tables.get(tabular);
  if (rows) return rows;
  rows = [];
  const walk = (code: string): void => {
    const e = tabular.get(code);
    if (!e) return;
    for (const t of e.inclusionTerms ?? []) {
      const m = CLASSIFIABLE.exec(t);
      const refs = m ? refsOfList(m[2]!) : [];
      if (refs.length > 0) rows!.push({ entry: e, refs, note: t, residual: m![1] !== undefined });
    }
    for (const c of e.children) walk(c);
  };
  for (const r of FAMILY_HISTORY_ROOTS) walk(r);
  tables.set(tabular, rows);
  return rows;
}

/**
 * The family history code whose inclusion term covers `condition` (a dotted or undotted code):
 * the narrowest reference wins ("classifiable to F10.-" over "elsewhere in F01-F99").
 */
export function familyHistoryClass(tabular: Tabular, condition: string): Classified | undefined {
  let best: { row: ClassRow; ref: CodeRef } | undefined;
  for (const row of tableOf(tabular)) {
    const ref = row.refs.find((r) => inRef(condition, r));
    if (!ref) continue;
    if (!best || narrower(row, ref, best.row, best.ref)) best = { row, ref };
  }
  return best ? { entry: best.row.entry, note: best.row.note } : undefined;
}

function narrower(a: ClassRow, ar: CodeRef, b: ClassRow, br: CodeRef): boolean {
  if (a.residual !== b.residual) return !a.residual;
  if (ar.from.length !== br.from.length) return ar.from.length > br.from.length;
  return ar.from === ar.to && br.from !== br.to;
}
