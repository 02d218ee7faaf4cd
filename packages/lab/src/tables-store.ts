/**
 * @module tables-store
 * `LabTables` over the installed code sets: the NCD, CLFS and ICD-10-CM reads of
 * @medcode/codesets, memoised per key and date, and the claim library's `StoreTables`.
 *
 * `coveredLike` has no read in @medcode/codesets yet (it lists rows of an NCD rather than
 * answering for one code): it queries the installed `ncd-lab` release through the store's
 * public `releaseOn`/`db`, on the `ncd_icd` table the NCD loader writes (ncd-loader.ts
 * NCD_SCHEMA). It belongs beside `ncdResolution`; until it moves there, this is the one place
 * that knows that table.
 */
import {
  type ClfsRate,
  type CodeSetStore,
  clfsRate,
  codesOn,
  NCD_DATASET,
  type NcdForCode,
  type NcdResolution,
  ncdFor,
  ncdResolution,
  type TableEvidence,
} from '@medcode/codesets';
import type { HcpcsCode, Icd10CmCode, IsoDate } from '@medcode/domain';
import { type ScrubTables, StoreTables } from '@medcode/rules';
import type { CoveredDiagnosis, LabTables } from './tables.ts';

function memo<T>(): (key: string, make: () => T) => T {
  const m = new Map<string, T>();
  return (key, make) => {
    if (m.has(key)) return m.get(key) as T;
    const v = make();
    m.set(key, v);
    return v;
  };
}

interface Row {
  icd: string;
  effective: string;
  terminated: string | null;
  resolution: number;
  row: number;
}

export class StoreLabTables implements LabTables {
  readonly store: CodeSetStore;
  readonly scrub: ScrubTables;
  readonly #ncds = memo<readonly NcdForCode[]>();
  readonly #res = memo<NcdResolution | undefined>();
  readonly #clfs = memo<ClfsRate | undefined>();
  readonly #like = memo<CoveredDiagnosis[]>();

  constructor(store: CodeSetStore, scrub?: ScrubTables) {
    this.store = store;
    this.scrub = scrub ?? new StoreTables(store);
  }

  ncdsFor(test: HcpcsCode, on: IsoDate): readonly NcdForCode[] {
    return this.#ncds(`${test}|${on}`, () => ncdFor(this.store, test, on));
  }

  ncdResolution(ncd: string, dx: Icd10CmCode, on: IsoDate): NcdResolution | undefined {
    return this.#res(`${ncd}|${dx}|${on}`, () => ncdResolution(this.store, ncd, dx, on));
  }

  icd10cmTitle(code: string, on: IsoDate): string | undefined {
    return codesOn(this.store, on)?.header(code);
  }

  clfsRate(test: HcpcsCode, on: IsoDate): ClfsRate | undefined {
    return this.#clfs(`${test}|${on}`, () => clfsRate(this.store, test, on));
  }

  coveredLike(ncd: string, prefixes: readonly string[], on: IsoDate, limit: number): CoveredDiagnosis[] {
    return this.#like(`${ncd}|${prefixes.join(',')}|${on}|${limit}`, () =>
      this.#coveredLike(ncd, prefixes, on, limit),
    );
  }

  #coveredLike(ncd: string, prefixes: readonly string[], on: IsoDate, limit: number): CoveredDiagnosis[] {
    const choice = this.store.releaseOn(NCD_DATASET, on);
    if (!choice) return [];
    const db = this.store.db(choice.release.id);
    const codes = codesOn(this.store, on);
    const st = db.prepare(
      `SELECT icd, effective, terminated, resolution, row FROM ncd_icd
       WHERE ncd = ? AND resolution = 1 AND icd LIKE ? AND effective <= ? AND (terminated IS NULL OR terminated >= ?)
       ORDER BY length(icd) DESC, icd LIMIT 200`,
    );
    const file = (
      db.prepare("SELECT value FROM meta WHERE key = 'file'").get() as { value: string } | undefined
    )?.value;
    const out: CoveredDiagnosis[] = [];
    const seen = new Set<string>();
    // Longest prefixes first: a code sharing E11.6 with the given E11.65 before one sharing E11.
    const ordered = [...new Set(prefixes)].sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const prefix of ordered) {
      for (const r of st.all(ncd, `${prefix}%`, on, on) as Row[]) {
        if (out.length >= limit) return out;
        if (seen.has(r.icd)) continue;
        const row = codes?.code(r.icd);
        if (codes && !row?.billable) continue;
        seen.add(r.icd);
        const evidence: TableEvidence = {
          kind: 'table',
          table: choice.release.dataset,
          release: choice.release.id,
          version: choice.release.version,
          covers: choice.covers,
          ...(file !== undefined ? { file } : {}),
          line: r.row,
          row: {
            'NCD Number': ncd,
            'ICD-10 CODE': r.icd,
            'ICD-10 EFF DATE': r.effective,
            'ICD-10 TERM DATE': r.terminated,
            'RESOLUTION CODE': r.resolution,
          },
        };
        out.push({ code: r.icd as Icd10CmCode, ...(row ? { title: row.long } : {}), evidence });
      }
    }
    return out;
  }
}
