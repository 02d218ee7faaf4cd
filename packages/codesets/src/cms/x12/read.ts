/**
 * @module cms/x12/read
 * CARC and RARC lookup with the code's standing on a date: in use from its Start date through
 * its Stop date (the code list's "Stop" is the last day; a deactivated code is refused after it).
 */
import type { CodeSetStore } from '../../store.ts';
import { within } from '../common/dates.ts';
import { opt } from '../common/optional.ts';
import type { X12Code } from './code-list.ts';

export const CARC_DATASET = 'x12-carc';
export const RARC_DATASET = 'x12-rarc';

export interface X12CodeOn extends Omit<X12Code, 'line'> {
  /** Whether the code may be used on the date asked about. */
  active: boolean;
}

interface Row {
  list: 'carc' | 'rarc';
  code: string;
  description: string;
  alert: number;
  start_date: string | null;
  last_modified: string | null;
  stop_date: string | null;
  notes: string | null;
}

function find(store: CodeSetStore, dataset: string, code: string, on: string): X12CodeOn | undefined {
  const choice = store.releaseOn(dataset);
  if (!choice) return undefined;
  const r = store
    .db(choice.release.id)
    .prepare('SELECT * FROM x12_codes WHERE code = ?')
    .get(code.trim().toUpperCase()) as Row | undefined;
  if (!r) return undefined;
  const start = r.start_date ?? undefined;
  const stop = r.stop_date ?? undefined;
  return {
    list: r.list,
    code: r.code,
    description: r.description,
    alert: r.alert === 1,
    ...opt('start', start),
    ...opt('lastModified', r.last_modified ?? undefined),
    ...opt('stop', stop),
    ...opt('notes', r.notes ?? undefined),
    active: within(on, start, stop),
  };
}

/** A Claim Adjustment Reason Code ("45", "CO-45" is group CO with CARC 45). */
export const carc = (store: CodeSetStore, code: string, on: string): X12CodeOn | undefined =>
  find(store, CARC_DATASET, code, on);

/** A Remittance Advice Remark Code ("N130", "MA130"). */
export const rarc = (store: CodeSetStore, code: string, on: string): X12CodeOn | undefined =>
  find(store, RARC_DATASET, code, on);
