/**
 * @module edits/validity
 * Edit 1, code validity on the date of service. ICD-10-CM: only codes, not categories or
 * subcategories, may be reported (Guidelines I.A.2-3), valid in the fiscal year of the date of
 * service (a release per October 1); a deleted code is reported with its successor from the
 * conversion table. HCPCS Level II: active between its add and termination dates. CPT: the
 * descriptions are licensed, so a CPT code is checked by form and by its presence in the public
 * CMS tables (RVU, MUE, PTP, lab fee schedule).
 */
import { formatIcd10Cm, type SuggestedFix } from '@medcode/domain';
import { claimBook as f } from '../claim/book.ts';
import {
  ALWAYS,
  GUIDELINES_FY2025,
  GUIDELINES_FY2026,
  guideline,
  ICD10_START,
  policy,
} from '../claim/cite.ts';
import { dxStatus, lineHcpcs } from '../claim/facts-codes.ts';
import type { Citation, RuleSpec, RuleVersion } from '../engine/types.ts';

// The guideline paragraphs these edits enforce have kept their numbers since FY2016; the
// versions differ only in the document they cite.
const byFiscalYear = (section: string, text: string): RuleVersion[] => [
  { from: ICD10_START, to: '2025-09-30', cite: [guideline(GUIDELINES_FY2025, section, text)] },
  { from: '2025-10-01', cite: [guideline(GUIDELINES_FY2026, section, text)] },
];

const USE_OF_CODES =
  'For reporting purposes only codes are permissible, not categories or subcategories, and any applicable 7th character is required.';

f.define<string>({
  name: 'dx.validity',
  scope: 'diagnosis',
  description: 'what the table says about an invalid code, in words',
  compute: (a, i) => {
    const s = a.get(dxStatus, i);
    if (!s) return '';
    if (s.validTo) return `deleted: valid through ${s.validTo}`;
    if (s.validFrom) return `valid from ${s.validFrom}`;
    return s.state;
  },
});

f.define<SuggestedFix | undefined>({
  name: 'dx.fixReplacement',
  scope: 'diagnosis',
  description: 'the successor(s) of a deleted code (conversion table)',
  compute: (a, i) => {
    const next = a.get(dxStatus, i)?.replacedBy ?? [];
    if (next.length === 0) return undefined;
    const shown = next.map(formatIcd10Cm).join(', ');
    if (next.length > 1)
      return { description: `report the successor that the documentation supports: ${shown}` };
    return {
      description: `report ${shown} instead`,
      patch: [{ op: 'replace', path: `/diagnoses/${i}/code`, value: next[0] }],
    };
  },
});

f.define<string>({
  name: 'line.hcpcsSpan',
  scope: 'line',
  description: "the HCPCS code's active span, in words",
  compute: (a, i) => {
    const s = a.get(lineHcpcs, i);
    if (!s) return '';
    const from = s.addedOn ? `added ${s.addedOn}` : '';
    const to = s.terminatedOn ? `terminated ${s.terminatedOn}` : '';
    return [from, to].filter(Boolean).join(', ');
  },
});

const icd10 = { fact: 'dx.system', operator: 'equal', value: 'icd10cm' } as const;

/**
 * A HCPCS state found in the release in force is a rejection; found only in the nearest
 * release (none covers the date of service), it is a warning that says so: a code missing from
 * the 2019 file may well have existed in 2005.
 */
function hcpcsRules(
  state: 'inactive' | 'unknown',
  finding: string,
  what: string,
  cite: Citation[],
): RuleSpec[] {
  return [true, false].map((covers) => ({
    id: `validity.hcpcs-${state}${covers ? '' : '-nearest'}`,
    finding,
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'line',
    when: {
      all: [
        { fact: 'line.hcpcs', path: 'state', operator: 'equal', value: state },
        { fact: 'line.hcpcs', path: 'ref.covers', operator: 'equal', value: covers },
      ],
    },
    ...(covers ? {} : { severity: 'warn' as const }),
    message: covers
      ? `line {line.number}: {line.procedure} ${what}`
      : `line {line.number}: {line.procedure} ${what}; no HCPCS release on hand covers {line.dos}, so this is the nearest release's answer`,
    field: 'procedure',
    evidence: ['line.hcpcsEvidence'],
    versions: [{ from: ALWAYS, cite }],
  }));
}

export const validityRules: RuleSpec[] = [
  {
    id: 'validity.icd10cm-unknown',
    finding: 'CV001',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: {
      all: [
        icd10,
        { fact: 'dx.status', path: 'state', operator: 'equal', value: 'invalid' },
        { fact: 'dx.status', path: 'validTo', operator: 'exists', value: false },
        { fact: 'dx.status', path: 'validFrom', operator: 'exists', value: false },
      ],
    },
    message: '{dx.display} is not an ICD-10-CM code (checked against the {dx.status.ref.release} code set)',
    field: 'code',
    evidence: ['dx.statusEvidence'],
    versions: byFiscalYear('I.A.3', USE_OF_CODES),
  },
  {
    id: 'validity.icd10cm-header',
    finding: 'CV002',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: { all: [icd10, { fact: 'dx.status', path: 'state', operator: 'equal', value: 'header' }] },
    message:
      '{dx.display} ({dx.status.description}) is a category or subcategory, not a code: report the code with all its characters',
    field: 'code',
    evidence: ['dx.statusEvidence'],
    fix: 'dx.fixReplacement',
    versions: byFiscalYear('I.A.3', USE_OF_CODES),
  },
  {
    id: 'validity.icd10cm-deleted',
    finding: 'CV003',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: {
      all: [
        icd10,
        { fact: 'dx.status', path: 'state', operator: 'equal', value: 'invalid' },
        { fact: 'dx.status', path: 'validTo', operator: 'exists', value: true },
      ],
    },
    message: '{dx.display} is not valid on {dx.date} ({dx.validity})',
    field: 'code',
    evidence: ['dx.statusEvidence'],
    fix: 'dx.fixReplacement',
    versions: byFiscalYear('I.A.3', USE_OF_CODES),
  },
  {
    id: 'validity.icd10cm-not-yet',
    finding: 'CV004',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: {
      all: [
        icd10,
        { fact: 'dx.status', path: 'state', operator: 'equal', value: 'invalid' },
        { fact: 'dx.status', path: 'validFrom', operator: 'exists', value: true },
      ],
    },
    message: '{dx.display} is not valid yet on {dx.date} ({dx.validity})',
    field: 'code',
    evidence: ['dx.statusEvidence'],
    versions: byFiscalYear('I.A.3', USE_OF_CODES),
  },
  {
    id: 'validity.icd9cm',
    finding: 'CV010',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: { fact: 'dx.system', operator: 'equal', value: 'icd9cm' },
    message: '{dx.code} is an ICD-9-CM code; dates of service from October 1, 2015 take ICD-10-CM',
    field: 'code',
    versions: [
      {
        from: ICD10_START,
        cite: [policy('45 CFR 162.1002(c): ICD-10-CM for diagnoses on and after October 1, 2015')],
      },
    ],
  },
  ...hcpcsRules('inactive', 'CV005', 'is not active on {line.dos} ({line.hcpcsSpan})', [
    policy('CMS HCPCS Level II quarterly update: action and termination dates'),
  ]),
  ...hcpcsRules('unknown', 'CV006', 'is not in the HCPCS Level II file ({line.hcpcs.ref.release})', [
    policy('CMS HCPCS Level II alpha-numeric file'),
  ]),
  {
    id: 'validity.cpt-unlisted',
    finding: 'CV007',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'line',
    when: {
      all: [
        { fact: 'line.procedureKind', operator: 'equal', value: 'cpt' },
        { fact: 'line.cptListed', operator: 'exists', value: false },
      ],
    },
    message:
      'line {line.number}: CPT {line.procedure} is listed in no CMS table on hand for {line.dos} (RVU, MUE, PTP, lab fee schedule, NCDs): check it in the CPT book of the year',
    field: 'procedure',
    versions: [
      {
        from: ALWAYS,
        cite: [policy('CMS physician fee schedule RVU file, NCCI tables, clinical lab fee schedule')],
      },
    ],
  },
  {
    id: 'validity.modifier-unknown',
    finding: 'CV008',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.unknownModifiers', operator: 'exists', value: true },
    message: 'line {line.number}: modifier {line.unknownModifiers} is not in the HCPCS modifier list',
    field: 'modifiers',
    versions: [{ from: ALWAYS, cite: [policy('CMS HCPCS Level II modifiers')] }],
  },
  {
    id: 'validity.procedure-form',
    finding: 'CV009',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'line',
    when: { fact: 'line.procedureMalformed', operator: 'equal', value: true },
    message: 'line {line.number}: {line.procedure} is not a CPT or HCPCS code',
    field: 'procedure',
    versions: [{ from: ALWAYS, cite: [policy('CPT / HCPCS code formats: 5 characters')] }],
  },
];

f.define({
  name: 'line.hcpcsEvidence',
  scope: 'line',
  description: 'the HCPCS table row that answered',
  compute: (a, i) => {
    const s = a.get(lineHcpcs, i);
    if (!s) return undefined;
    return {
      kind: 'table' as const,
      table: s.ref.table,
      release: s.ref.release,
      row: {
        code: a.subject.lines[i]!.procedure ?? null,
        state: s.state,
        addedOn: s.addedOn ?? null,
        terminatedOn: s.terminatedOn ?? null,
      },
    };
  },
});
