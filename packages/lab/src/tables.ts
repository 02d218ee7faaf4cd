/**
 * @module tables
 * What the lab-order review reads besides the order: the claim library's `ScrubTables` (code
 * validity, conventions, MCE, MUE) and the lab tables, each read taking the date of service:
 * the lab NCDs a test falls under and what a diagnosis does for one (with the NCD list row as
 * evidence), the covered diagnoses of an NCD near the given ones (what WOULD make the test
 * covered), ICD-10-CM titles, and the clinical laboratory fee schedule rate (the ABN's
 * estimated cost). `StoreLabTables` reads the installed code sets (tables-store.ts).
 */
import type { ClfsRate, NcdForCode, NcdResolution, TableEvidence } from '@medcode/codesets';
import type { HcpcsCode, Icd10CmCode, IsoDate } from '@medcode/domain';
import type { ScrubTables } from '@medcode/rules';

/** A covered diagnosis of an NCD, with its list row. */
export interface CoveredDiagnosis {
  code: Icd10CmCode;
  title?: string;
  evidence: TableEvidence;
}

export interface LabTables {
  scrub: ScrubTables;
  /** The lab NCDs whose code list has the test on the date. */
  ncdsFor(test: HcpcsCode, on: IsoDate): readonly NcdForCode[];
  /** What a diagnosis does for an NCD on the date (its row, or the NCD's all-other-codes row). */
  ncdResolution(ncd: string, dx: Icd10CmCode, on: IsoDate): NcdResolution | undefined;
  /**
   * Covered diagnoses (resolution 1, billable on the date) of an NCD that start with one of the
   * prefixes, most specific first (longest shared prefix, then code order), at most `limit`.
   */
  coveredLike(ncd: string, prefixes: readonly string[], on: IsoDate, limit: number): CoveredDiagnosis[];
  /** The ICD-10-CM long title of a code or header on the date. */
  icd10cmTitle(code: string, on: IsoDate): string | undefined;
  /** The clinical laboratory fee schedule rate of the test on the date. */
  clfsRate(test: HcpcsCode, on: IsoDate): ClfsRate | undefined;
}
