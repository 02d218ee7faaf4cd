/**
 * @module edits/conventions
 * Edit 2, the ICD-10-CM conventions a claim can break (Guidelines Section I.A-B, I.C.20-21):
 * Excludes1 pairs, "code first" / "use additional code" / "code also" companions, a
 * manifestation code listed first, the 7th character and its placeholder X, Z codes that may
 * only be first-listed, codes the MCE does not accept as principal diagnosis, external cause
 * codes listed first, and a code reported twice. Notes come from the tabular release the store
 * has (see claim/facts-notes.ts for how they are read).
 */
import { formatIcd10Cm, type Icd10CmCode, type SuggestedFix } from '@medcode/domain';
import { dxDate, claimBook as f } from '../claim/book.ts';
import { GUIDELINES_FY2025, GUIDELINES_FY2026, guideline, ICD10_START, MCE, policy } from '../claim/cite.ts';
import { dxSeventh, dxStatus, dxSystem, tableEvidence } from '../claim/facts-codes.ts';
// Registers the note facts (claim.excludes1Pairs, claim.codeFirstMissing ...) the rules below read.
import '../claim/facts-notes.ts';
import type { Citation, RuleSpec, RuleVersion } from '../engine/types.ts';
import type { TableRef } from '../tables.ts';

// --- facts -----------------------------------------------------------------------------------

export interface SeventhProblem {
  kind: 'missing' | 'invalid' | 'placeholder';
  /** The allowed 7th characters with their meaning, for the message. */
  allowed: string;
  at: string;
  /** Billable codes the code could have meant (X-filled with each allowed 7th character). */
  options: string[];
}

const seventh = f.define<SeventhProblem | undefined>({
  name: 'dx.seventhProblem',
  scope: 'diagnosis',
  description: '7th character missing, not allowed for the category, or placeholder X missing',
  compute: (a, i) => {
    const def = a.get(dxSeventh, i);
    const status = a.get(dxStatus, i);
    if (!def || !status || status.state === 'billable') return undefined;
    const code = a.subject.diagnoses[i]!.code;
    const on = a.get(dxDate, i);
    const chars = Object.keys(def.chars);
    const allowed = Object.entries(def.chars)
      .map(([c, m]) => `${c} ${m}`)
      .join('; ');
    const billable = (c: string) => a.env.tables.icd10cm(c as Icd10CmCode, on).state === 'billable';
    const base = { allowed, at: def.at };
    if (code.length === 7)
      return chars.includes(code[6]!) ? undefined : { ...base, kind: 'invalid', options: [] };
    const last = code[code.length - 1]!;
    if (code.length >= 4 && chars.includes(last)) {
      const filled = code.slice(0, -1).padEnd(6, 'X') + last;
      if (billable(filled)) return { ...base, kind: 'placeholder', options: [filled] };
    }
    const options = chars.map((c) => code.padEnd(6, 'X') + c).filter(billable);
    return { ...base, kind: 'missing', options };
  },
});

f.define<SuggestedFix | undefined>({
  name: 'dx.fixSeventh',
  scope: 'diagnosis',
  description: 'the X-filled code, or the choice of 7th characters',
  compute: (a, i) => {
    const p = a.get(seventh, i);
    if (!p || p.options.length === 0) return undefined;
    if (p.kind === 'placeholder')
      return {
        description: `report ${formatIcd10Cm(p.options[0]!)}`,
        patch: [{ op: 'replace', path: `/diagnoses/${i}/code`, value: p.options[0] }],
      };
    return {
      description: `report one of ${p.options.map(formatIcd10Cm).join(', ')} as the encounter requires`,
    };
  },
});

f.define({
  name: 'dx.seventhEvidence',
  scope: 'diagnosis',
  description: 'the tabular 7th-character definition',
  compute: (a, i) => {
    const def = a.get(dxSeventh, i);
    if (!def) return undefined;
    const row: Record<string, string> = { level: def.at };
    for (const [c, m] of Object.entries(def.chars)) row[`7th ${c}`] = m;
    return tableEvidence(def.ref, row);
  },
});

/** MCE manifestation list, or "in diseases classified elsewhere" in the title (Guidelines I.A.13). */
f.define<TableRef | 'title' | undefined>({
  name: 'dx.manifestation',
  scope: 'diagnosis',
  description: 'a manifestation code (MCE list, or a title "in diseases classified elsewhere")',
  compute: (a, i) => {
    if (a.get(dxSystem, i) !== 'icd10cm') return undefined;
    const mce = a.env.tables.mceManifestation(a.subject.diagnoses[i]!.code, a.get(dxDate, i));
    if (mce) return mce;
    const title = a.get(dxStatus, i)?.description ?? '';
    return /in diseases classified elsewhere/i.test(title) ? 'title' : undefined;
  },
});

f.define<TableRef | undefined>({
  name: 'dx.mceUnacceptablePrincipal',
  scope: 'diagnosis',
  description: 'on the MCE "unacceptable principal diagnosis" list (the "*" codes only without a secondary)',
  compute: (a, i) => {
    if (a.get(dxSystem, i) !== 'icd10cm') return undefined;
    const hit = a.env.tables.mceUnacceptablePrincipal(a.subject.diagnoses[i]!.code, a.get(dxDate, i));
    if (!hit || (hit.unlessSecondary && a.subject.diagnoses.length > 1)) return undefined;
    return hit.ref;
  },
});

f.define<number | undefined>({
  name: 'dx.duplicateOf',
  scope: 'diagnosis',
  description: 'position (1-based) of an earlier diagnosis with the same code',
  compute: (a, i) => {
    const c = a.subject.diagnoses[i]!.code;
    const k = a.subject.diagnoses.findIndex((d) => d.code === c);
    return k < i ? k + 1 : undefined;
  },
});

f.define<string | undefined>({
  name: 'claim.typeOfBill',
  scope: 'claim',
  description: 'CLM05-1 + CLM05-3 of an 837I ("111")',
  compute: (a) => a.subject.typeOfBill,
});

// --- rules -----------------------------------------------------------------------------------

/** One version per guidelines edition, each citing its own document (sections as [number, text]). */
const fyMany = (sections: [string, string][]): RuleVersion[] => [
  { from: ICD10_START, to: '2025-09-30', cite: sections.map(([n, t]) => guideline(GUIDELINES_FY2025, n, t)) },
  { from: '2025-10-01', cite: sections.map(([n, t]) => guideline(GUIDELINES_FY2026, n, t)) },
];
const fy = (section: string, text: string): RuleVersion[] => fyMany([[section, text]]);
const withCite = (vs: RuleVersion[], more: Citation[]): RuleVersion[] =>
  vs.map((v) => ({ ...v, cite: [...(v.cite ?? []), ...more] }));

const EXCLUDES1 =
  'An Excludes1 note indicates that the code excluded should never be used at the same time as the code above the Excludes1 note. An exception ... is the circumstance when the two conditions are unrelated to each other.';
const ETIOLOGY =
  'The underlying condition [is] sequenced first, if applicable, followed by the manifestation ... "In diseases classified elsewhere" codes are never permitted to be used as first listed or principal diagnosis codes.';
const CODE_ALSO =
  'A "code also" note instructs that two codes may be required to fully describe a condition.';
const SEVENTH =
  'The applicable 7th character is required for all codes within the category ... If a code that requires a 7th character is not 6 characters, a placeholder X must be used to fill in the empty characters.';
const PLACEHOLDER =
  'Where a placeholder exists, the X must be used in order for the code to be considered a valid code.';
const EXTERNAL = 'An external cause code can never be a principal (first-listed) diagnosis.';

/** Guidelines I.C.21.c: numbered 16) in FY2025 and 15) in FY2026; the list itself is unchanged. */
// biome-ignore format: the guideline's list, as it reads.
const FIRST_LISTED_ONLY = [
  'Z00', '!Z00.6', 'Z01', 'Z02', 'Z04', 'Z33.2', 'Z31.81', 'Z31.83', 'Z31.84', 'Z34', 'Z39', 'Z38',
  'Z40', 'Z42', 'Z51.0', 'Z51.1-', 'Z52', '!Z52.9', 'Z76.1', 'Z76.2', 'Z99.12',
];
const FIRST_LISTED_TEXT =
  'The following Z codes/categories may only be reported as the principal/first-listed diagnosis, except when there are multiple encounters on the same day and the medical records for the encounters are combined.';

const icd10 = { fact: 'dx.system', operator: 'equal', value: 'icd10cm' } as const;
const item = (rule: Omit<RuleSpec, 'contexts' | 'scope'> & { each: string }): RuleSpec => {
  const { each, ...rest } = rule;
  return { ...rest, contexts: ['scrub', 'adjudication', 'labOrder'], scope: { each } };
};
const diag = (rule: Omit<RuleSpec, 'contexts' | 'scope'>): RuleSpec => ({
  ...rule,
  contexts: ['scrub', 'adjudication', 'labOrder'],
  scope: 'diagnosis',
});

export const conventionRules: RuleSpec[] = [
  item({
    id: 'conventions.excludes1',
    finding: 'CC001',
    each: 'claim.excludes1Pairs',
    when: { fact: '$item', path: 'code', operator: 'exists', value: true },
    message:
      '{$item.code} and {$item.otherCode} are reported together, but {$item.at} has Excludes1 "{$item.text}": report both only if the conditions are unrelated (query the provider when unclear)',
    evidence: ['$item.evidence'],
    versions: fy('I.A.12.a', EXCLUDES1),
  }),
  item({
    id: 'conventions.code-first-missing',
    finding: 'CC002',
    each: 'claim.codeFirstMissing',
    when: { fact: '$item', path: 'code', operator: 'exists', value: true },
    message: '{$item.code}: "code first {$item.text}" — none of {$item.refs} is on the claim',
    evidence: ['$item.evidence'],
    versions: fy('I.A.13', ETIOLOGY),
  }),
  item({
    id: 'conventions.code-first-order',
    finding: 'CC003',
    each: 'claim.codeFirstAfter',
    when: { fact: '$item', path: 'other', operator: 'exists', value: true },
    message:
      '{$item.code} must follow {$item.otherCode} ("code first {$item.text}"), but is listed before it',
    evidence: ['$item.evidence'],
    versions: fy('I.A.13', ETIOLOGY),
  }),
  item({
    id: 'conventions.use-additional-missing',
    finding: 'CC004',
    each: 'claim.useAdditionalMissing',
    when: { fact: '$item', path: 'code', operator: 'exists', value: true },
    message: '{$item.code}: "use additional {$item.text}" — none of {$item.refs} is on the claim',
    evidence: ['$item.evidence'],
    versions: fy('I.A.13', ETIOLOGY),
  }),
  diag({
    id: 'conventions.manifestation-first',
    finding: 'CC005',
    when: {
      all: [
        icd10,
        { fact: 'dx.firstListed', operator: 'equal', value: true },
        { fact: 'dx.manifestation', operator: 'exists', value: true },
      ],
    },
    message:
      '{dx.display} is a manifestation code and cannot be first-listed: list the underlying condition first',
    field: 'code',
    versions: withCite(fy('I.A.13', ETIOLOGY), [
      policy(MCE, 'edit 6: manifestation code as principal diagnosis'),
    ]),
  }),
  diag({
    id: 'conventions.seventh-missing',
    finding: 'CC006',
    when: { all: [icd10, { fact: 'dx.seventhProblem', path: 'kind', operator: 'equal', value: 'missing' }] },
    message:
      '{dx.display} needs a 7th character ({dx.seventhProblem.allowed}), with X placeholders to 6 characters',
    field: 'code',
    evidence: ['dx.seventhEvidence'],
    fix: 'dx.fixSeventh',
    versions: fy('I.A.5', SEVENTH),
  }),
  diag({
    id: 'conventions.seventh-invalid',
    finding: 'CC007',
    when: { all: [icd10, { fact: 'dx.seventhProblem', path: 'kind', operator: 'equal', value: 'invalid' }] },
    message:
      '{dx.display}: the 7th character is not one of those defined at {dx.seventhProblem.at} ({dx.seventhProblem.allowed})',
    field: 'code',
    evidence: ['dx.seventhEvidence'],
    versions: fy('I.A.5', SEVENTH),
  }),
  diag({
    id: 'conventions.placeholder',
    finding: 'CC008',
    when: {
      all: [icd10, { fact: 'dx.seventhProblem', path: 'kind', operator: 'equal', value: 'placeholder' }],
    },
    message: '{dx.display} lacks the placeholder X before its 7th character: {dx.seventhProblem.options}',
    field: 'code',
    evidence: ['dx.seventhEvidence'],
    fix: 'dx.fixSeventh',
    versions: fyMany([
      ['I.A.5', SEVENTH],
      ['I.A.4', PLACEHOLDER],
    ]),
  }),
  item({
    id: 'conventions.code-also',
    finding: 'CC009',
    each: 'claim.codeAlsoMissing',
    when: { fact: '$item', path: 'code', operator: 'exists', value: true },
    message: '{$item.code}: "code also {$item.text}" — consider {$item.refs} if documented',
    evidence: ['$item.evidence'],
    versions: fy('I.A.17', CODE_ALSO),
  }),
  diag({
    id: 'conventions.first-listed-only-z',
    finding: 'CC010',
    when: {
      all: [
        { fact: 'dx.firstListed', operator: 'equal', value: false },
        { fact: 'dx.kind', operator: 'in', value: ['other', 'principal'] },
        { fact: 'dx.code', operator: 'inCodeList', value: { param: 'codes' } },
      ],
    },
    message:
      '{dx.display} may only be reported as the first-listed diagnosis (unless encounters of the same day were combined)',
    field: 'code',
    versions: [
      {
        from: ICD10_START,
        to: '2025-09-30',
        params: { codes: FIRST_LISTED_ONLY },
        cite: [guideline(GUIDELINES_FY2025, 'I.C.21.c.16', FIRST_LISTED_TEXT)],
      },
      {
        from: '2025-10-01',
        params: { codes: FIRST_LISTED_ONLY },
        cite: [guideline(GUIDELINES_FY2026, 'I.C.21.c.15', FIRST_LISTED_TEXT)],
      },
    ],
  }),
  // The MCE applies to inpatient hospital claims (type of bill 11x): Z00.00 is a fine first-listed
  // diagnosis in an office, but unacceptable as the principal diagnosis of an admission.
  diag({
    id: 'conventions.mce-unacceptable-principal',
    finding: 'CC011',
    when: {
      all: [
        { fact: 'claim.kind', operator: 'equal', value: 'institutional' },
        { fact: 'claim.typeOfBill', operator: 'matches', value: '^11' },
        { fact: 'dx.kind', operator: 'equal', value: 'principal' },
        { fact: 'dx.mceUnacceptablePrincipal', operator: 'exists', value: true },
      ],
    },
    severity: 'reject',
    message: '{dx.display} is not acceptable as the principal diagnosis of an inpatient claim (MCE)',
    field: 'code',
    versions: [{ from: ICD10_START, cite: [policy(MCE, 'edit 9: unacceptable principal diagnosis')] }],
  }),
  diag({
    id: 'conventions.external-cause-first',
    finding: 'CC012',
    when: {
      all: [
        icd10,
        { fact: 'dx.firstListed', operator: 'equal', value: true },
        { fact: 'dx.code', operator: 'inCodeList', value: ['V00-Y99'] },
      ],
    },
    message:
      '{dx.display} is an external cause code and cannot be first-listed: list the injury or condition first',
    field: 'code',
    versions: withCite(fy('I.C.20.a.6', EXTERNAL), [
      policy(MCE, 'edit 2: external causes of morbidity as principal diagnosis'),
    ]),
  }),
  diag({
    id: 'conventions.duplicate',
    finding: 'CC013',
    when: { fact: 'dx.duplicateOf', operator: 'exists', value: true },
    message: '{dx.display} is reported twice (also at position {dx.duplicateOf})',
    field: 'code',
    fix: 'dx.fixDuplicate',
    versions: [{ from: ICD10_START, cite: [policy(MCE, 'edit 3: duplicate of principal diagnosis')] }],
  }),
];

f.define<SuggestedFix>({
  name: 'dx.fixDuplicate',
  scope: 'diagnosis',
  description: 'remove the repeated diagnosis',
  compute: (_a, i) => ({
    description: 'remove the repeated diagnosis (and re-point lines that point at it)',
    patch: [{ op: 'remove', path: `/diagnoses/${i}` }],
  }),
});
