/**
 * @module cms/mce/read
 * What the Medicare Code Editor says about one code: the lists it is on, with the edit, the
 * section title of the document, the age range of age edits and any mark (`*`). For diagnoses,
 * edit 2 (external cause as principal diagnosis) is a rule on the first letter, not a list, and
 * is reported here too.
 */
import type { InstalledRelease } from '../../install/installer.ts';
import type { CodeSetStore } from '../../store.ts';
import { MCE_EXTERNAL_CAUSE_FIRST_LETTERS, type MceListId } from './lists.ts';

export const MCE_DATASET = 'mce';

export interface MceMembership {
  list: MceListId | 'external-cause-pdx';
  edit: number;
  editTitle: string;
  /** Active, or deactivated / discontinued by CMS (the sex conflict edit since 10/01/2024). */
  editStatus: 'active' | 'deactivated' | 'discontinued';
  /** The document's section title or list heading. */
  section: string;
  kind: 'diagnosis' | 'procedure';
  ages?: { min: number; max: number };
  /** "*" on 9 "Unacceptable principal diagnosis": acceptable with a secondary diagnosis. */
  flag?: string;
}

export interface MceAnswer {
  code: string;
  lists: MceMembership[];
  release: InstalledRelease;
  covers: boolean;
}

interface Row {
  list_id: MceListId;
  flag: string;
  edit_no: number;
  section: string;
  kind: 'diagnosis' | 'procedure';
  age_min: number | null;
  age_max: number | null;
  title: string;
  status: 'active' | 'deactivated' | 'discontinued';
}

function lookup(store: CodeSetStore, code: string, on?: string): MceAnswer | undefined {
  const choice = store.releaseOn(MCE_DATASET, on);
  if (!choice) return undefined;
  const db = store.db(choice.release.id);
  const rows = db
    .prepare(
      `SELECT c.list_id, c.flag, l.edit_no, l.section, l.kind, l.age_min, l.age_max, e.title, e.status
       FROM mce_codes c JOIN mce_lists l ON l.id = c.list_id JOIN mce_edits e ON e.no = l.edit_no
       WHERE c.code = ? ORDER BY l.edit_no, l.first_line`,
    )
    .all(code) as Row[];
  const lists: MceMembership[] = rows.map((r) => ({
    list: r.list_id,
    edit: r.edit_no,
    editTitle: r.title,
    editStatus: r.status,
    section: r.section,
    kind: r.kind,
    ...(r.age_min !== null && r.age_max !== null ? { ages: { min: r.age_min, max: r.age_max } } : {}),
    ...(r.flag !== '' ? { flag: r.flag } : {}),
  }));
  return { code, lists, release: choice.release, covers: choice.covers };
}

/** MCE lists an ICD-10-CM code (dotless or dotted) is on, edit 2 included. */
export function mceEditsFor(store: CodeSetStore, icd10cmCode: string, on?: string): MceAnswer | undefined {
  const code = icd10cmCode.trim().toUpperCase().replace('.', '');
  const answer = lookup(store, code, on);
  if (!answer) return undefined;
  if ((MCE_EXTERNAL_CAUSE_FIRST_LETTERS as readonly string[]).includes(code[0] ?? '')) {
    const e = store.db(answer.release.id).prepare('SELECT title, status FROM mce_edits WHERE no = 2').get() as
      | { title: string; status: MceMembership['editStatus'] }
      | undefined;
    if (e)
      answer.lists.unshift({
        list: 'external-cause-pdx',
        edit: 2,
        editTitle: e.title,
        editStatus: e.status,
        section: e.title,
        kind: 'diagnosis',
      });
  }
  answer.lists = answer.lists.filter((l) => l.kind === 'diagnosis');
  return answer;
}

/** MCE lists an ICD-10-PCS code is on (non-covered, limited coverage, questionable obstetric ...). */
export function mceProcedureEditsFor(
  store: CodeSetStore,
  pcsCode: string,
  on?: string,
): MceAnswer | undefined {
  const answer = lookup(store, pcsCode.trim().toUpperCase(), on);
  if (answer) answer.lists = answer.lists.filter((l) => l.kind === 'procedure');
  return answer;
}

/** Every code of one list (for rules that need the whole list, such as 11D's diagnoses). */
export function mceListCodes(store: CodeSetStore, list: MceListId, on?: string): string[] {
  const choice = store.releaseOn(MCE_DATASET, on);
  if (!choice) return [];
  return (
    store
      .db(choice.release.id)
      .prepare('SELECT code FROM mce_codes WHERE list_id = ? ORDER BY line')
      .all(list) as {
      code: string;
    }[]
  ).map((r) => r.code);
}

/** Edit 16: the discharge status values (UB-04) and their notes, as the document lists them. */
export function mceDischargeStatuses(
  store: CodeSetStore,
  on?: string,
): { code: string; description: string }[] {
  const choice = store.releaseOn(MCE_DATASET, on);
  if (!choice) return [];
  return store
    .db(choice.release.id)
    .prepare('SELECT code, description FROM mce_discharge_status ORDER BY line')
    .all() as { code: string; description: string }[];
}
