/**
 * @module store/edition
 * Mapping a code to an earlier edition of ICD-10-CM, for scoring against gold codes assigned
 * in that edition (CodiEsp: Spain's 2018 edition, whose codes are the US FY2017 ones). From the history dataset (icd10cm-history:
 * validity spans per fiscal year, and the conversion tables): a code valid in the edition stays;
 * a code created later goes back to the code the conversion table says it came from, else to
 * its nearest ancestor valid in the edition (R51.9, created FY2021 → R51).
 */
import type { CodeSetStore } from '@medcode/codesets';

export type EditionMap = (code: string) => string;

export function editionMap(store: CodeSetStore, fiscalYear: number): EditionMap | undefined {
  const choice = store.releaseOn('icd10cm-history');
  if (!choice) return undefined;
  const db = store.db(choice.release.id);
  const valid = db.prepare('SELECT 1 FROM spans WHERE code = ? AND first_fy <= ? AND last_fy >= ? LIMIT 1');
  const previous = db.prepare('SELECT previous FROM conversion WHERE code = ?');
  const cache = new Map<string, string>();
  const isValid = (c: string): boolean => valid.get(c, fiscalYear, fiscalYear) !== undefined;
  const dot = (c: string): string => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);
  return (code) => {
    const c = code.replace('.', '').toUpperCase();
    const hit = cache.get(c);
    if (hit) return hit;
    let out = c;
    if (!isValid(c)) {
      const prev = (previous.all(c) as { previous: string }[])
        .flatMap((r) => r.previous.split(/[\s,;]+/))
        .map((p) => p.replace('.', '').trim())
        .find((p) => p.length >= 3 && isValid(p));
      if (prev) out = prev;
      else {
        for (let n = c.length - 1; n >= 3; n--) {
          if (isValid(c.slice(0, n))) {
            out = c.slice(0, n);
            break;
          }
        }
      }
    }
    const d = dot(out);
    cache.set(c, d);
    return d;
  };
}
