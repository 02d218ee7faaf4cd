/**
 * @module cms/pos/read
 * Place of service lookup (derived from the CMS web table; see cms/pos/loader.ts).
 */
import type { CodeSetStore } from '../../store.ts';
import { POS_DATASET, type PlaceOfService } from './loader.ts';

interface Row {
  code: string;
  name: string;
  description: string;
  assigned: number;
  facility_type_per_author: string | null;
}

const toPos = (r: Row): PlaceOfService => ({
  code: r.code,
  name: r.name,
  description: r.description,
  assigned: r.assigned === 1,
  ...(r.facility_type_per_author !== null ? { facilityTypePerAuthor: r.facility_type_per_author } : {}),
});

export function placeOfService(store: CodeSetStore, code: string): PlaceOfService | undefined {
  const choice = store.releaseOn(POS_DATASET);
  if (!choice) return undefined;
  const r = store.db(choice.release.id).prepare('SELECT * FROM pos_codes WHERE code = ?').get(code.trim()) as
    | Row
    | undefined;
  return r && toPos(r);
}

export function placesOfService(store: CodeSetStore): PlaceOfService[] {
  const choice = store.releaseOn(POS_DATASET);
  if (!choice) return [];
  return (store.db(choice.release.id).prepare('SELECT * FROM pos_codes ORDER BY code').all() as Row[]).map(
    toPos,
  );
}
