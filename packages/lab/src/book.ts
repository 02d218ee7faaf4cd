/**
 * @module book
 * Lab orders as a subject of the rule engine (@medcode/rules engine): three scopes (the order,
 * its tests, its diagnoses), the collection date picks rule versions (the day of the check when
 * the order has none), a finding points at the order (`claimId` is the order id), a test
 * (`line`, 1-based) or a diagnosis (`diagnosis`, 1-based). The facts here are what the
 * lab-order rules read; each is computed once per order and item.
 */
import { type ClaimPath, formatIcd10Cm, type IsoDate, isValidNpi } from '@medcode/domain';
import { type Almanac, CodeList, FactBook, type SubjectModel } from '@medcode/rules';
import { type AbnItem, abnItem, abnReason } from './abn.ts';
import { type FrequencyCheck, frequencyChecks } from './frequency-check.ts';
import { describeDiagnoses, type TestNecessity, testNecessity } from './necessity.ts';
import type { LabOrder, QueryTopic } from './order.ts';
import { SCREENING_CODES } from './screening.ts';
import type { LabTables } from './tables.ts';

/** What the lab-order rules read besides the order. */
export interface LabEnv {
  tables: LabTables;
  /** The day of the check. */
  today: IsoDate;
  /** The date of service the review uses: the collection date, else `today`. */
  on: IsoDate;
  /** Payer packs the service has, by id (to say when the coverage names one it lacks). */
  packIds: ReadonlySet<string>;
}

export type LabAlmanac = Almanac<LabOrder, LabEnv>;

export const labModel: SubjectModel<LabOrder, LabEnv> = {
  name: 'lab order',
  root: 'order',
  scopes: {
    order: () => 1,
    test: (o) => o.tests.length,
    diagnosis: (o) => o.diagnoses.length,
  },
  dateOf: (a) => a.env.on,
  path(a, scope, index) {
    const p: ClaimPath = { claimId: a.subject.id };
    if (scope === 'test') p.line = index + 1;
    if (scope === 'diagnosis') p.diagnosis = index + 1;
    return p;
  },
  fallbackDate: (a) => a.env.on,
};

export const labBook = new FactBook<LabOrder, LabEnv>(labModel);
const f = labBook;

const answered = (a: LabAlmanac, topic: QueryTopic): boolean =>
  (a.subject.answers ?? []).some((x) => x.topic === topic);

// --- order -------------------------------------------------------------------------------------

f.define({ name: 'order.id', scope: 'order', description: 'the order id', compute: (a) => a.subject.id });
f.define({
  name: 'order.on',
  scope: 'order',
  description: 'the date of service the review uses',
  compute: (a) => a.env.on as string,
});
f.define({
  name: 'order.medicare',
  scope: 'order',
  description: 'the patient is covered by Medicare (the lab NCDs and the ABN apply)',
  compute: (a) => a.subject.coverage.kind === 'medicare',
});
f.define({
  name: 'order.npi',
  scope: 'order',
  description: 'the ordering provider NPI as given',
  compute: (a) => a.subject.orderingProvider.npi as string | undefined,
});
f.define({
  name: 'order.npiValid',
  scope: 'order',
  description: 'the ordering provider NPI passes the check digit (undefined when absent)',
  compute: (a) => {
    const n = a.subject.orderingProvider.npi;
    return n === undefined ? undefined : isValidNpi(n);
  },
});
f.define({
  name: 'order.diagnosisCount',
  scope: 'order',
  description: 'diagnoses on the order',
  compute: (a) => a.subject.diagnoses.length,
});
f.define({
  name: 'order.testCount',
  scope: 'order',
  description: 'tests on the order',
  compute: (a) => a.subject.tests.length,
});
f.define({
  name: 'order.signed',
  scope: 'order',
  description: 'the order is signed by the ordering practitioner',
  compute: (a) => a.subject.signaturePresent,
});
f.define({
  name: 'order.collectionDate',
  scope: 'order',
  description: 'the collection date',
  compute: (a) => a.subject.collectionDate as string | undefined,
});
f.define({
  name: 'order.packMissing',
  scope: 'order',
  description: 'the payer pack the coverage names, when the service does not have it',
  compute: (a) => {
    const p = a.subject.coverage.payerPack;
    return p !== undefined && !a.env.packIds.has(p) ? p : undefined;
  },
});

// --- test --------------------------------------------------------------------------------------

f.define({
  name: 'test.number',
  scope: 'test',
  description: '1-based position of the test',
  compute: (_a, i) => i + 1,
});
f.define({
  name: 'test.code',
  scope: 'test',
  description: 'the test code',
  compute: (a, i) => a.subject.tests[i]!.code as string,
});

export const testNecessityFact = f.define<TestNecessity>({
  name: 'test.necessity',
  scope: 'test',
  description: 'the lab NCDs of the test and what each diagnosis does for them',
  compute: (a, i) => testNecessity(a.subject, i, a.env.tables, a.env.on),
});

export interface NcdGap {
  ncd: string;
  section: string;
  title: string;
  status: 'not-necessary' | 'never-covered';
  diagnoses: string;
  wouldCover: string;
  evidence: unknown[];
}

f.define<NcdGap | undefined>({
  name: 'test.ncdGap',
  scope: 'test',
  description: 'the first lab NCD of the test that none of the diagnoses satisfies',
  compute: (a, i) => {
    const n = a.get(testNecessityFact, i);
    const v =
      n.ncds.find((x) => x.status === 'not-necessary') ?? n.ncds.find((x) => x.status === 'never-covered');
    if (!v || v.status === 'covered') return undefined;
    const would = v.listsCovered
      ? v.wouldCover.length > 0
        ? v.wouldCover.map((c) => `${formatIcd10Cm(c.code)}${c.title ? ` ${c.title}` : ''}`).join('; ')
        : 'no covered diagnosis shares a category with the ones given (see the NCD covered list)'
      : 'any diagnosis not on the NCD list of non-covered codes';
    return {
      ncd: v.ncd,
      section: v.section,
      title: v.title,
      status: v.status,
      diagnoses: describeDiagnoses(v),
      wouldCover: would,
      evidence: [v.evidence, ...v.diagnoses.map((d) => d.evidence), ...v.wouldCover.map((c) => c.evidence)],
    };
  },
});

/** A test the NCDs govern (a diagnostic test), read only against examination/screening codes. */
f.define<boolean>({
  name: 'test.screeningOnly',
  scope: 'test',
  description: 'a diagnostic (NCD) test whose only diagnoses are examination or screening Z codes (Z00-Z13)',
  compute: (a, i) => {
    const n = a.get(testNecessityFact, i);
    if (n.status === 'no-ncd' || n.status === 'screening-benefit' || n.status === 'no-diagnosis')
      return false;
    // An NCD that lists a screening code as covered (190.21 and Z13.1 since 2024) says itself
    // that the code supports the test.
    if (n.ncds.some((v) => v.diagnoses.some((d) => d.resolution === 1))) return false;
    const z = new CodeList(SCREENING_CODES);
    return a.subject.diagnoses.every((d) => z.has(d));
  },
});
f.define({
  name: 'test.screeningCodes',
  scope: 'test',
  description: 'the screening codes of the order, for messages',
  compute: (a) => a.subject.diagnoses.map(formatIcd10Cm).join(', '),
});

export const testFrequencyFact = f.define<FrequencyCheck[]>({
  name: 'test.frequency',
  scope: 'test',
  description: 'the frequency limits of the test checked against the earlier orders (Medicare)',
  compute: (a, i) =>
    a.subject.coverage.kind === 'medicare'
      ? frequencyChecks(a.subject, i, a.get(testNecessityFact, i), a.env.on)
      : [],
});
f.define({
  name: 'test.frequencyExceeded',
  scope: 'test',
  description: 'the first frequency limit the test passes',
  compute: (a, i) => {
    const c = a.get(testFrequencyFact, i).find((x) => x.exceeded === true);
    return c && { ...c, earlierText: c.earlier.map((e) => `${e.date} (${e.test})`).join(', ') };
  },
});
f.define({
  name: 'test.frequencyUnknown',
  scope: 'test',
  description: 'a frequency limit that could not be checked (earlier orders unknown)',
  compute: (a, i) => a.get(testFrequencyFact, i).find((x) => x.exceeded === undefined),
});

export const testAbnFact = f.define<AbnItem | undefined>({
  name: 'test.abn',
  scope: 'test',
  description: 'why Medicare would likely deny the test, the ABN item and the line modifiers',
  compute: (a, i) => {
    const reason = abnReason(
      a.subject,
      a.get(testNecessityFact, i),
      a.get(testFrequencyFact, i),
      answered(a, 'screening') && a.get(labBook.fact('test.screeningOnly')!, i) === true,
    );
    return reason ? abnItem(a.subject, i, reason, a.env.tables, a.env.on) : undefined;
  },
});
f.define({
  name: 'test.abnText',
  scope: 'test',
  description: 'the ABN item in words, for messages',
  compute: (a, i) => {
    const x = a.get(testAbnFact, i);
    if (!x) return undefined;
    const cost =
      x.estimatedCost !== undefined
        ? `$${(x.estimatedCost / 100).toFixed(2)}`
        : 'no CLFS rate: the lab states its charge';
    return {
      modifiers: x.modifiers.join(' + '),
      cost,
      kind: x.required ? 'ABN required' : 'voluntary ABN (statutory exclusion)',
      reason: x.reasonText,
      evidence: x.costEvidence ? [x.costEvidence] : [],
    };
  },
});

// --- diagnosis ---------------------------------------------------------------------------------

f.define({
  name: 'dx.code',
  scope: 'diagnosis',
  description: 'the diagnosis code as shown (E78.5)',
  compute: (a, i) => formatIcd10Cm(a.subject.diagnoses[i]!),
});
