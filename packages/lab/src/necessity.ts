/**
 * @module necessity
 * Medical necessity of each ordered test under the Medicare lab NCDs (NCD Manual 190.12-190.34
 * and the CMS lab NCD ICD-10-CM code lists). For every NCD that lists the test on the date, each
 * diagnosis of the order is looked up: resolution 1 (the NCD's covered list), 2 (the list of
 * codes never covered: routine examinations and screening, statutorily excluded), 3 (does not
 * support medical necessity; an unlisted code takes the NCD's "all other codes" row). A test is
 * covered by an NCD when one diagnosis is covered (CMS: the claim needs one covering diagnosis);
 * when none is, the NCD's covered list is searched for codes sharing the given diagnoses'
 * subcategories and categories (what WOULD make it covered), most specific first.
 * A test that a screening benefit covers with the order's screening diagnosis (screening.ts) is
 * not a diagnostic test, and the NCD does not govern it.
 */
import type { NcdResolution, TableEvidence } from '@medcode/codesets';
import { formatIcd10Cm, type HcpcsCode, type Icd10CmCode, type IsoDate } from '@medcode/domain';
import { CodeList } from '@medcode/rules';
import type { LabOrder } from './order.ts';
import { SCREENING_BENEFITS, type ScreeningBenefit } from './screening.ts';
import type { CoveredDiagnosis, LabTables } from './tables.ts';

export type NcdList = 'covered' | 'never covered' | 'does not support medical necessity';

const LIST: Record<1 | 2 | 3, NcdList> = {
  1: 'covered',
  2: 'never covered',
  3: 'does not support medical necessity',
};

export interface DiagnosisVerdict {
  code: Icd10CmCode;
  resolution: 1 | 2 | 3;
  list: NcdList;
  /** "code": the NCD lists the diagnosis; "all other codes": the NCD's @@@@@@@ row answered. */
  matched: 'code' | 'all other codes';
  effective: string;
  terminated?: string;
  evidence: TableEvidence;
}

export type NecessityStatus =
  | 'covered'
  | 'not-necessary'
  | 'never-covered'
  | 'no-ncd'
  | 'no-diagnosis'
  | 'screening-benefit';

export interface NcdVerdict {
  /** As the CMS list numbers it: "190.23B" (a manual section may have several lists). */
  ncd: string;
  /** The manual section: "190.23". */
  section: string;
  title: string;
  /** True when the NCD lists the covered diagnoses (its all-other-codes row is 3). */
  listsCovered: boolean;
  status: 'covered' | 'not-necessary' | 'never-covered';
  diagnoses: DiagnosisVerdict[];
  /** Covered diagnoses near the given ones (when the test is not covered and the NCD lists covered codes). */
  wouldCover: CoveredDiagnosis[];
  /** The NCD's row for the test. */
  evidence: TableEvidence;
}

export interface TestNecessity {
  test: HcpcsCode;
  /** 1-based position of the test on the order. */
  line: number;
  status: NecessityStatus;
  ncds: NcdVerdict[];
  benefit?: ScreeningBenefit;
}

/** How many covered diagnoses to suggest per NCD. */
export const WOULD_COVER_LIMIT = 5;

const section = (ncd: string): string => ncd.replace(/[A-Z]$/, '');

/** The given codes, their subcategories and categories: E11.65 → E1165, E116, E11. */
export function prefixesOf(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const c of codes) for (let n = c.length; n >= 3; n--) out.add(c.slice(0, n));
  return [...out];
}

export function screeningBenefit(test: HcpcsCode, dx: readonly Icd10CmCode[]): ScreeningBenefit | undefined {
  return SCREENING_BENEFITS.find(
    (b) => new CodeList(b.tests).has(test) && dx.some((d) => new CodeList(b.diagnoses).has(d)),
  );
}

function verdict(r: NcdResolution): DiagnosisVerdict {
  return {
    code: r.icd10cm,
    resolution: r.resolution,
    list: LIST[r.resolution],
    matched: r.matched,
    effective: r.effective,
    ...(r.terminated !== undefined ? { terminated: r.terminated } : {}),
    evidence: r.evidence,
  };
}

export function testNecessity(order: LabOrder, index: number, tables: LabTables, on: IsoDate): TestNecessity {
  const t = order.tests[index]!;
  const base = { test: t.code, line: index + 1 };
  const dx = order.diagnoses;
  const benefit = screeningBenefit(t.code, dx);
  if (benefit) return { ...base, status: 'screening-benefit', ncds: [], benefit };
  const ncds = tables.ncdsFor(t.code, on);
  if (ncds.length === 0) return { ...base, status: 'no-ncd', ncds: [] };
  if (dx.length === 0) return { ...base, status: 'no-diagnosis', ncds: [] };
  const verdicts: NcdVerdict[] = ncds.map((n) => {
    const diagnoses = dx.flatMap((d) => {
      const r = tables.ncdResolution(n.ncd, d, on);
      return r ? [verdict(r)] : [];
    });
    const listsCovered = n.allOtherCodes !== 1;
    const status = diagnoses.some((d) => d.resolution === 1)
      ? 'covered'
      : diagnoses.length > 0 && diagnoses.every((d) => d.resolution === 2)
        ? 'never-covered'
        : 'not-necessary';
    const wouldCover =
      status !== 'covered' && listsCovered
        ? tables.coveredLike(n.ncd, prefixesOf(dx), on, WOULD_COVER_LIMIT)
        : [];
    return {
      ncd: n.ncd,
      section: section(n.ncd),
      title: n.description,
      listsCovered,
      status,
      diagnoses,
      wouldCover,
      evidence: n.evidence,
    };
  });
  const status = verdicts.some((v) => v.status === 'not-necessary')
    ? 'not-necessary'
    : verdicts.some((v) => v.status === 'never-covered')
      ? 'never-covered'
      : 'covered';
  return { ...base, status, ncds: verdicts };
}

/** "E78.5 (covered), Z00.00 (never covered)" for messages. */
export const describeDiagnoses = (v: NcdVerdict): string =>
  v.diagnoses
    .map(
      (d) => `${formatIcd10Cm(d.code)} (${d.list}${d.matched === 'all other codes' ? ', not listed' : ''})`,
    )
    .join(', ');
