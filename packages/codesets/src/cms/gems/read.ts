/**
 * @module cms/gems/read
 * Looking codes up in the GEMs: forward (ICD-9 → ICD-10) or backward (ICD-10 → ICD-9), for
 * diagnoses (cm) or procedures (pcs). Entries of a combination map share a scenario and are read
 * together: one target from each choice list makes up the combination (GEMs technical
 * documentation, "Combination entries").
 */
import type { CodeSetStore } from '../../store.ts';

export const GEMS_DATASET = 'gems';

export type GemSystem = 'cm' | 'pcs';
/** I9I10: ICD-9-CM source, ICD-10 target; I10I9: the reverse. */
export type GemDirection = 'I9I10' | 'I10I9';

export interface GemEntry {
  source: string;
  /** Absent when the source has no map (target NoDx / NoPCS). */
  target?: string;
  approximate: boolean;
  noMap: boolean;
  combination: boolean;
  scenario: number;
  choiceList: number;
}

interface Row {
  source: string;
  target: string | null;
  approximate: number;
  no_map: number;
  combination: number;
  scenario: number;
  choice_list: number;
}

const toEntry = (r: Row): GemEntry => ({
  source: r.source,
  ...(r.target !== null ? { target: r.target } : {}),
  approximate: r.approximate === 1,
  noMap: r.no_map === 1,
  combination: r.combination === 1,
  scenario: r.scenario,
  choiceList: r.choice_list,
});

/** The GEM entries whose source is `code` (dotless, as in the files), in file order. */
export function gemsFrom(
  store: CodeSetStore,
  system: GemSystem,
  direction: GemDirection,
  code: string,
): GemEntry[] {
  const choice = store.releaseOn(GEMS_DATASET);
  if (!choice) return [];
  return (
    store
      .db(choice.release.id)
      .prepare('SELECT * FROM gems WHERE system = ? AND direction = ? AND source = ? ORDER BY rowid')
      .all(system, direction, code.replace('.', '').toUpperCase()) as Row[]
  ).map(toEntry);
}

/** The GEM entries that point at `code`: which codes of the other edition map to it. */
export function gemsTo(
  store: CodeSetStore,
  system: GemSystem,
  direction: GemDirection,
  code: string,
): GemEntry[] {
  const choice = store.releaseOn(GEMS_DATASET);
  if (!choice) return [];
  return (
    store
      .db(choice.release.id)
      .prepare('SELECT * FROM gems WHERE system = ? AND direction = ? AND target = ? ORDER BY rowid')
      .all(system, direction, code.replace('.', '').toUpperCase()) as Row[]
  ).map(toEntry);
}
