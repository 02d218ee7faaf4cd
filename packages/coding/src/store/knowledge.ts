/**
 * @module store/knowledge
 * Everything the coder reads, opened once from the installed code sets for a date of service:
 * the compiled index and tables, and the tabular list. Compiling takes about a second; reuse
 * the result for every note of a run.
 */
import type { CodeSetStore } from '@medcode/codesets';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { CodingKnowledge } from '../coder/coder.ts';
import { compileIndex } from '../index/compile.ts';
import { IndexFinder, indexSet } from '../index/finder.ts';
import { ProcedureMatcher } from '../procedures/hcpcs.ts';
import { INDEX_DATASETS, readIndexBook } from './index-source.ts';
import { procedureRows } from './procedure-source.ts';
import { StoreTabular, TABULAR_DATASETS } from './store-tabular.ts';

export function openKnowledge(store: CodeSetStore, on?: string): CodingKnowledge {
  const main = readIndexBook(store, 'main', on);
  if (!main || !store.has('icd10cm-codes'))
    throw new MedcodeError(
      ERROR_CODES.NOT_INSTALLED,
      'the ICD-10-CM index and code files are not installed: run `medcode setup` first',
    );
  const neoplasm = readIndexBook(store, 'neoplasm', on);
  const drug = readIndexBook(store, 'drug', on);
  const eindex = readIndexBook(store, 'eindex', on);
  const tabular = new StoreTabular(store, on);
  return {
    finder: new IndexFinder(
      indexSet(
        compileIndex(main),
        neoplasm ? compileIndex(neoplasm) : undefined,
        drug ? compileIndex(drug) : undefined,
      ),
    ),
    ...(eindex ? { externalCauses: new IndexFinder(indexSet(compileIndex(eindex))) } : {}),
    tabular,
    procedures: new ProcedureMatcher(procedureRows(store, on)),
    releases: { index: main.release, tabular: tabular.release },
  };
}

/** The datasets whose release a date of service picks for the coder's index and tabular. */
const DATASETS: readonly string[] = [
  ...new Set([...Object.values(INDEX_DATASETS), ...Object.values(TABULAR_DATASETS)]),
];

/**
 * Knowledge for notes of many dates (a FHIR export spans years): opened once per set of
 * ICD-10-CM releases the dates pick, not once per date, since compiling takes about a second.
 * Notes whose dates pick the same releases share the knowledge opened on the first of them, so
 * HCPCS codes added or ended between two such dates count as of that first date.
 */
export class KnowledgeByDate {
  private readonly opened = new Map<string, CodingKnowledge>();

  constructor(private readonly store: CodeSetStore) {}

  on(date?: string): CodingKnowledge {
    const key = DATASETS.map((d) => this.store.releaseOn(d, date)?.release.id ?? '-').join('|');
    let k = this.opened.get(key);
    if (k === undefined) {
      k = openKnowledge(this.store, date);
      this.opened.set(key, k);
    }
    return k;
  }
}
