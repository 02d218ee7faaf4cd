/**
 * @module rules
 * The lab-order rule set: rules as data on the lab-order fact book (book.ts), run by the same
 * engine as the claim edits. Each rule version cites what it enforces. The claim edit library's
 * rules of kind "labOrder" (code validity, ICD-10-CM conventions, patient age/sex, MUE, payer
 * packs) run on the order too (review.ts); these are the checks that only an order has.
 */
import { type Citation, Engine, type RuleSpec } from '@medcode/rules';
import { labBook } from './book.ts';
import { LAB_FINDINGS } from './findings.ts';
import { SCREENING_GUIDELINES } from './screening.ts';

const FROM = '2015-10-01';
const policy = (document: string, section?: string): Citation => ({
  kind: 'policy',
  document,
  ...(section !== undefined ? { section } : {}),
});

const NCD_LISTS = policy(
  'CMS lab NCD ICD-10-CM coding spreadsheet (NCDs 190.12-190.34)',
  'resolution 1 covered, 2 never covered, 3 does not support medical necessity; @@@@@@@ every code not listed',
);
const NCD_MANUAL = policy(
  'Medicare National Coverage Determinations Manual (Pub. 100-03), chapter 1, part 3, 190.12-190.34',
);
const ORDERING = policy(
  '42 CFR 410.32(a) and 424.507: a diagnostic laboratory test is ordered by the treating practitioner, identified by NPI',
);
const NPI_CHECK = policy(
  'CMS, Requirements for National Provider Identifier check digit (Luhn over 80840 + the first 9 digits)',
);
const SIGNATURE = policy(
  'Medicare Program Integrity Manual (Pub. 100-08), chapter 3, section 3.3.2.4: the order must be signed, or documented in the signed medical record',
);
const ABN = policy(
  'Medicare Claims Processing Manual (Pub. 100-04), chapter 30, section 50 (ABN, form CMS-R-131)',
);

export const LAB_RULES: readonly RuleSpec[] = [
  {
    id: 'lab.no-test',
    finding: 'LB006',
    contexts: ['labOrder'],
    scope: 'order',
    when: { fact: 'order.testCount', operator: 'equal', value: 0 },
    message: 'the order {order.id} names no test',
    field: 'tests',
    versions: [{ from: FROM }],
  },
  {
    id: 'lab.npi-missing',
    finding: 'LB001',
    contexts: ['labOrder'],
    scope: 'order',
    when: { fact: 'order.npi', operator: 'exists', value: false },
    message: 'the order does not give the ordering provider NPI',
    field: 'orderingProvider.npi',
    fixText: 'ask the ordering office for the ordering practitioner NPI',
    versions: [{ from: FROM, cite: [ORDERING] }],
  },
  {
    id: 'lab.npi-check-digit',
    finding: 'LB002',
    contexts: ['labOrder'],
    scope: 'order',
    when: { fact: 'order.npiValid', operator: 'equal', value: false },
    message: 'ordering provider NPI {order.npi} fails the check digit',
    field: 'orderingProvider.npi',
    fixText: 'ask the ordering office for the correct NPI',
    versions: [{ from: FROM, cite: [ORDERING, NPI_CHECK] }],
  },
  {
    id: 'lab.no-diagnosis',
    finding: 'LB003',
    contexts: ['labOrder'],
    scope: 'order',
    when: {
      all: [
        { fact: 'order.diagnosisCount', operator: 'equal', value: 0 },
        { fact: 'order.testCount', operator: 'greaterThan', value: 0 },
      ],
    },
    message: 'the order gives no diagnosis: nothing says why the tests are ordered',
    field: 'diagnoses',
    versions: [
      {
        from: FROM,
        cite: [
          policy(
            '42 CFR 410.32(d)(2): the ordering practitioner provides the diagnosis information with the order',
          ),
          NCD_MANUAL,
        ],
      },
    ],
  },
  {
    id: 'lab.unsigned',
    finding: 'LB004',
    contexts: ['labOrder'],
    scope: 'order',
    when: {
      all: [
        { fact: 'order.signed', operator: 'equal', value: false },
        { fact: 'order.testCount', operator: 'greaterThan', value: 0 },
      ],
    },
    message: 'the order is not signed by the ordering practitioner',
    field: 'signaturePresent',
    fixText: 'obtain the signed order, or the signed medical record entry that documents it',
    versions: [{ from: FROM, cite: [SIGNATURE] }],
  },
  {
    id: 'lab.no-collection-date',
    finding: 'LB005',
    contexts: ['labOrder'],
    scope: 'order',
    when: { fact: 'order.collectionDate', operator: 'exists', value: false },
    message: 'the order has no collection date: the review used {order.on} as the date of service',
    field: 'collectionDate',
    versions: [
      {
        from: FROM,
        cite: [
          policy(
            '42 CFR 414.510: the date of service of a clinical laboratory test is the date the specimen was collected',
          ),
        ],
      },
    ],
  },
  {
    id: 'lab.pack-missing',
    finding: 'LB012',
    contexts: ['labOrder'],
    scope: 'order',
    when: { fact: 'order.packMissing', operator: 'exists', value: true },
    message:
      'the coverage names payer pack {order.packMissing}, which this service does not have: its rules did not run',
    field: 'coverage.payerPack',
    versions: [{ from: FROM }],
  },
  {
    id: 'lab.screening-on-diagnostic',
    finding: 'LB007',
    contexts: ['labOrder'],
    scope: 'test',
    when: { fact: 'test.screeningOnly', operator: 'equal', value: true },
    message:
      'test {test.number} ({test.code}) is a diagnostic test, ordered with examination/screening codes only ({test.screeningCodes}): the order does not give the sign, symptom or condition the test evaluates',
    field: 'diagnoses',
    versions: [{ from: FROM, cite: [...SCREENING_GUIDELINES, NCD_MANUAL] }],
  },
  {
    id: 'lab.ncd-not-necessary',
    finding: 'LB008',
    contexts: ['labOrder'],
    scope: 'test',
    when: {
      all: [
        { fact: 'order.medicare', operator: 'equal', value: true },
        { fact: 'test.ncdGap', path: 'status', operator: 'equal', value: 'not-necessary' },
      ],
    },
    message:
      'test {test.number} ({test.code}) falls under NCD {test.ncdGap.section} {test.ncdGap.title} (list {test.ncdGap.ncd}), which covers none of the diagnoses given: {test.ncdGap.diagnoses}. Covered diagnoses near them: {test.ncdGap.wouldCover}',
    field: 'diagnoses',
    evidence: ['test.ncdGap.evidence'],
    fixText:
      'ask the ordering office for the clinical reason for the test; if none the NCD covers, the patient is given an ABN before the test',
    versions: [{ from: FROM, cite: [NCD_MANUAL, NCD_LISTS] }],
  },
  {
    id: 'lab.ncd-never-covered',
    finding: 'LB009',
    contexts: ['labOrder'],
    scope: 'test',
    when: {
      all: [
        { fact: 'order.medicare', operator: 'equal', value: true },
        { fact: 'test.ncdGap', path: 'status', operator: 'equal', value: 'never-covered' },
      ],
    },
    message:
      'test {test.number} ({test.code}): every diagnosis given is on the never-covered list of NCD {test.ncdGap.section} {test.ncdGap.title} (list {test.ncdGap.ncd}): {test.ncdGap.diagnoses}',
    field: 'diagnoses',
    evidence: ['test.ncdGap.evidence'],
    versions: [
      {
        from: FROM,
        cite: [
          NCD_LISTS,
          policy('Social Security Act §1862(a)(7): routine physical checkups are excluded from coverage'),
        ],
      },
    ],
  },
  {
    id: 'lab.ncd-frequency',
    finding: 'LB010',
    contexts: ['labOrder'],
    scope: 'test',
    when: { fact: 'test.frequencyExceeded', operator: 'exists', value: true },
    message:
      'test {test.number} ({test.code}): {test.frequencyExceeded.title}; earlier: {test.frequencyExceeded.earlierText}; within the limit again on {test.frequencyExceeded.nextAllowed}',
    field: 'tests',
    evidence: ['test.frequencyExceeded.cite'],
    versions: [{ from: FROM, cite: [NCD_MANUAL] }],
  },
  {
    id: 'lab.frequency-unknown',
    finding: 'LB013',
    contexts: ['labOrder'],
    scope: 'test',
    when: { fact: 'test.frequencyUnknown', operator: 'exists', value: true },
    message:
      "test {test.number} ({test.code}) has a frequency limit ({test.frequencyUnknown.title}) and the patient's earlier orders are not known",
    field: 'priorOrders',
    evidence: ['test.frequencyUnknown.cite'],
    versions: [{ from: FROM }],
  },
  {
    id: 'lab.abn',
    finding: 'LB011',
    contexts: ['labOrder'],
    scope: 'test',
    when: { fact: 'test.abn', operator: 'exists', value: true },
    message:
      'test {test.number} ({test.code}): Medicare will likely deny it: "{test.abnText.reason}" {test.abnText.kind}; modifier {test.abnText.modifiers}; estimated cost {test.abnText.cost}',
    field: 'modifiers',
    evidence: ['test.abnText.evidence'],
    versions: [{ from: FROM, cite: [ABN] }],
  },
];

export const labEngine = new Engine(labBook, LAB_FINDINGS);
export const labRuleSet = labEngine.compile({ kind: 'labOrder', rules: LAB_RULES });
