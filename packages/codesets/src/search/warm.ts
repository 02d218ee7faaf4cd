/**
 * @module search/warm
 * The installer's derived-artifact step for the search: after `medcode setup` switches the store,
 * build the search index of the releases in force today, so the first search after an install
 * answers as quickly as any other. Nothing to do when no searchable system is installed.
 */
import { todayIso } from '@medcode/domain';
import { CodeSetStore } from '../store.ts';
import { warmSearchIndex } from './open-search.ts';
import { SEARCH_SOURCES } from './sources.ts';

/** Builds today's search index in the store of `home` unless it is there; true when it built. */
export function warmSearchIndexAt(home: string): boolean {
  const store = CodeSetStore.open(home);
  try {
    const searchable = store.releases.some((r) => SEARCH_SOURCES.some((s) => s.reads(r.dataset)));
    return searchable ? warmSearchIndex(store, todayIso()) : false;
  } finally {
    store.close();
  }
}
