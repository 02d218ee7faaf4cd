/**
 * @module cms/icd10pcs/read
 * Reading installed ICD-10-PCS releases: a code's titles and whether it is valid on a date.
 *
 * One order file describes one fiscal year (October 1 - September 30; CMS also publishes April 1
 * updates). Its addenda say what changed from the year before, so the year before can be
 * answered exactly too: a code added this year was not valid then, a code deleted this year was.
 * Dates further back have no release on hand and are reported as not covered.
 */
import type Database from 'better-sqlite3';
import type { InstalledRelease } from '../../install/installer.ts';
import type { CodeSetStore } from '../../store.ts';

export const PCS_DATASET = 'icd10pcs-codes';

export interface PcsCode {
  code: string;
  short: string;
  long: string;
  /** False for a 3-character table header, which is never reported on a claim. */
  isCode: boolean;
  valid: boolean;
  validFrom?: string;
  validTo?: string;
  /** The addenda action of the answering release for this code, if any. */
  change?: 'added' | 'deleted' | 'revised';
  release: InstalledRelease;
  /** False when no installed release covers the date and the answer is the nearest one's. */
  covers: boolean;
}

interface CodeRow {
  code: string;
  valid: number;
  short: string;
  long: string;
}
interface AddendaRow {
  action: string;
  short: string;
  long: string;
}

const yearBefore = (iso: string): string => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
const dayBefore = (iso: string): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function addendaFor(db: Database.Database, code: string): AddendaRow[] {
  return db
    .prepare('SELECT action, short, long FROM pcs_addenda WHERE code = ? ORDER BY line')
    .all(code) as AddendaRow[];
}

export function pcsCode(store: CodeSetStore, code: string, on: string): PcsCode | undefined {
  const choice = store.releaseOn(PCS_DATASET, on);
  if (!choice) return undefined;
  const { release } = choice;
  const db = store.db(release.id);
  const row = db.prepare('SELECT code, valid, short, long FROM pcs_codes WHERE code = ?').get(code) as
    | CodeRow
    | undefined;
  const actions = addendaFor(db, code);
  const from = release.effectiveFrom;
  // The year before the release is answered from its addenda; earlier dates are not covered.
  const priorYear = on < from && on >= yearBefore(from);
  const covers = choice.covers || priorYear;
  if (row) {
    const added = actions.some((a) => a.action === 'add');
    const isCode = row.valid === 1;
    return {
      code,
      short: row.short,
      long: row.long,
      isCode,
      valid: isCode && !(added && on < from),
      ...(added ? { validFrom: from } : {}),
      ...(added ? { change: 'added' as const } : actions.length > 0 ? { change: 'revised' as const } : {}),
      release,
      covers,
    };
  }
  const deleted = actions.find((a) => a.action === 'delete');
  if (!deleted) return undefined;
  return {
    code,
    short: deleted.short,
    long: deleted.long,
    isCode: code.length === 7,
    valid: code.length === 7 && priorYear,
    validTo: dayBefore(from),
    change: 'deleted',
    release,
    covers,
  };
}

/** The long title of a code's table (its first three characters), from the header rows. */
export function pcsTableTitle(
  store: CodeSetStore,
  release: InstalledRelease,
  code: string,
): string | undefined {
  const row = store
    .db(release.id)
    .prepare('SELECT long FROM pcs_codes WHERE code = ? AND valid = 0')
    .get(code.slice(0, 3)) as { long: string } | undefined;
  return row?.long;
}

export interface PcsCounts {
  valid: number;
  release: InstalledRelease;
  covers: boolean;
}

/** How many PCS codes are valid on a date (every valid PCS code is billable). */
export function pcsCounts(store: CodeSetStore, on: string): PcsCounts | undefined {
  const choice = store.releaseOn(PCS_DATASET, on);
  if (!choice) return undefined;
  const { release } = choice;
  const db = store.db(release.id);
  const meta = (key: string): number | undefined => {
    const r = db.prepare('SELECT value FROM pcs_meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return r === undefined ? undefined : Number(r.value);
  };
  const valid = meta('validCodes') ?? 0;
  if (on >= release.effectiveFrom) return { valid, release, covers: choice.covers };
  if (on < yearBefore(release.effectiveFrom)) return undefined;
  // The prior year: the addenda's own count when given, else this year's minus adds plus deletes.
  const fy = meta('fiscalYear');
  const stated = fy === undefined ? undefined : meta(`codes:${fy - 1}`);
  if (stated !== undefined) return { valid: stated, release, covers: true };
  const change = db
    .prepare(
      `SELECT SUM(action = 'add') AS adds, SUM(action = 'delete') AS deletes
       FROM pcs_addenda WHERE length(code) = 7`,
    )
    .get() as { adds: number | null; deletes: number | null };
  return { valid: valid - (change.adds ?? 0) + (change.deletes ?? 0), release, covers: true };
}

/** Every valid code of the release in force on a date, in order-file order. */
export function* pcsValidCodes(
  store: CodeSetStore,
  on?: string,
): Generator<{ code: string; short: string; long: string }> {
  const choice = store.releaseOn(PCS_DATASET, on);
  if (!choice) return;
  const stmt = store
    .db(choice.release.id)
    .prepare('SELECT code, short, long FROM pcs_codes WHERE valid = 1 ORDER BY order_no');
  for (const r of stmt.iterate() as IterableIterator<{ code: string; short: string; long: string }>) yield r;
}
