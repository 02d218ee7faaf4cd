/**
 * @module edits/structure
 * Edit 6, claim structure: what a clearinghouse front end rejects before anyone reads a code.
 * Diagnosis pointers (837P SV107 points into HI, 1-based, up to 4), counts within the form's
 * limits (837P: 12 diagnoses, 50 lines; 837I: 25 diagnoses, 999 lines), place of service
 * (CLM05-1 / SV105 against the CMS POS code set), NPI check digits, positive units and charges,
 * the claim total (CLM02 equals the sum of SV102), duplicate lines.
 */
import {
  type Cents,
  formatDollars,
  isValidNpi,
  MAX_DIAGNOSES,
  MAX_LINES,
  type PosCode,
  type ProviderRole,
  type SuggestedFix,
} from '@medcode/domain';
import { claimDos, claimBook as f, lineDos, lineRendering } from '../claim/book.ts';
import { ALWAYS, NPI_RULE, policy, TR3_837I, TR3_837P } from '../claim/cite.ts';
import type { RuleSpec } from '../engine/types.ts';

const tr3 = (section: string) => [policy(TR3_837P, section), policy(TR3_837I, section)];

// --- facts -----------------------------------------------------------------------------------

export const badPointers = f.define<number[]>({
  name: 'line.badPointers',
  scope: 'line',
  description: 'SV107 pointers that point past the last diagnosis',
  compute: (a, i) =>
    a.subject.lines[i]!.diagnosisPointers.filter((p) => p < 1 || p > a.subject.diagnoses.length),
});

f.define<number>({
  name: 'line.pointerCount',
  scope: 'line',
  description: 'number of SV107 diagnosis pointers',
  compute: (a, i) => a.subject.lines[i]!.diagnosisPointers.length,
});

f.define<SuggestedFix | undefined>({
  name: 'line.fixPointers',
  scope: 'line',
  description: 'drop the pointers that point at nothing',
  compute: (a, i) => {
    const bad = a.get(badPointers, i);
    const keep = a.subject.lines[i]!.diagnosisPointers.filter((p) => !bad.includes(p));
    return {
      description: `keep pointers ${keep.join(', ') || '(none: point at a diagnosis)'}`,
      patch: [{ op: 'replace', path: `/lines/${i}/diagnosisPointers`, value: keep }],
    };
  },
});

f.define({
  name: 'claim.diagnosisCount',
  scope: 'claim',
  description: 'number of diagnoses',
  compute: (a) => a.subject.diagnoses.length,
});
f.define({
  name: 'claim.maxDiagnoses',
  scope: 'claim',
  description: 'diagnoses the form allows (837P 12, 837I 25)',
  compute: (a) => MAX_DIAGNOSES[a.subject.kind],
});
f.define({
  name: 'claim.lineCount',
  scope: 'claim',
  description: 'number of service lines',
  compute: (a) => a.subject.lines.length,
});
f.define({
  name: 'claim.maxLines',
  scope: 'claim',
  description: 'service lines the form allows (837P 50, 837I 999)',
  compute: (a) => MAX_LINES[a.subject.kind],
});

f.define({
  name: 'claim.pos',
  scope: 'claim',
  description: 'CLM05-1 place of service',
  compute: (a) => a.subject.placeOfService,
});
f.define<boolean | undefined>({
  name: 'claim.posValid',
  scope: 'claim',
  description: 'CLM05-1 is in the POS code set on the date (undefined when absent)',
  compute: (a) => {
    const pos = a.subject.placeOfService;
    return pos === undefined ? undefined : a.env.tables.pos(pos, a.get(claimDos)) !== undefined;
  },
});
f.define({
  name: 'line.ownPos',
  scope: 'line',
  description: 'SV105, when the line states its own place of service',
  compute: (a, i) => a.subject.lines[i]!.placeOfService,
});
f.define<boolean | undefined>({
  name: 'line.ownPosValid',
  scope: 'line',
  description: 'SV105 is in the POS code set on the date (undefined when absent)',
  compute: (a, i) => {
    const pos: PosCode | undefined = a.subject.lines[i]!.placeOfService;
    return pos === undefined ? undefined : a.env.tables.pos(pos, a.get(lineDos, i)) !== undefined;
  },
});

export interface NpiItem {
  role: ProviderRole;
  npi: string;
  /** 0-based line index for line-level providers. */
  line?: number;
  /** JSON pointer of the NPI in the claim. */
  at: string;
}

f.define<NpiItem[]>({
  name: 'claim.badNpis',
  scope: 'claim',
  description: 'providers whose NPI fails the check digit (claim and line level)',
  compute: (a) => {
    const out: NpiItem[] = [];
    a.subject.providers.forEach((p, k) => {
      if (p.npi !== undefined && !isValidNpi(p.npi))
        out.push({ role: p.role, npi: p.npi, at: `/providers/${k}/npi` });
    });
    a.subject.lines.forEach((l, i) => {
      l.providers.forEach((p, k) => {
        if (p.npi !== undefined && !isValidNpi(p.npi))
          out.push({ role: p.role, npi: p.npi, line: i, at: `/lines/${i}/providers/${k}/npi` });
      });
    });
    return out;
  },
});

f.define<number>({
  name: 'claim.totalCharge',
  scope: 'claim',
  description: 'CLM02 total charge in cents',
  compute: (a) => a.subject.totalCharge,
});
const lineChargeSum = f.define<number>({
  name: 'claim.lineChargeSum',
  scope: 'claim',
  description: 'sum of the line charges in cents',
  compute: (a) => a.subject.lines.reduce((s, l) => s + l.charge, 0),
});
// The same amounts as a person reads them, for messages ($1,234.50).
f.define<string>({
  name: 'claim.totalChargeText',
  scope: 'claim',
  description: 'CLM02 total charge, in dollars',
  compute: (a) => formatDollars(a.subject.totalCharge),
});
f.define<string>({
  name: 'claim.lineChargeSumText',
  scope: 'claim',
  description: 'sum of the line charges, in dollars',
  compute: (a) => formatDollars(a.subject.lines.reduce((s, l) => s + l.charge, 0) as Cents),
});
f.define<string>({
  name: 'line.chargeText',
  scope: 'line',
  description: 'the line charge, in dollars',
  compute: (a, i) => formatDollars(a.subject.lines[i]!.charge),
});
f.define<SuggestedFix>({
  name: 'claim.fixTotal',
  scope: 'claim',
  description: 'set CLM02 to the sum of the lines',
  compute: (a) => ({
    description: 'set the claim total to the sum of the line charges',
    patch: [{ op: 'replace', path: '/totalCharge', value: a.get(lineChargeSum) }],
  }),
});

/** An earlier line that bills the same service: code, modifiers, date, units, charge, provider. */
const duplicateOf = f.define<number | undefined>({
  name: 'line.duplicateOf',
  scope: 'line',
  description: 'line number of an earlier identical line',
  compute: (a, i) => {
    const lines = a.subject.lines;
    const l = lines[i]!;
    if (l.procedure === undefined && l.revenueCode === undefined) return undefined;
    for (let k = 0; k < i; k++) {
      const x = lines[k]!;
      if (
        x.procedure === l.procedure &&
        x.revenueCode === l.revenueCode &&
        x.serviceDate === l.serviceDate &&
        x.units === l.units &&
        x.charge === l.charge &&
        sameModifiers(x.modifiers, l.modifiers) &&
        a.get(lineRendering, k) === a.get(lineRendering, i)
      )
        return x.lineNumber;
    }
    return undefined;
  },
});

const sameModifiers = (x: readonly string[], y: readonly string[]): boolean =>
  x.length === y.length && x.every((m) => y.includes(m));

f.define<SuggestedFix | undefined>({
  name: 'line.fixDuplicate',
  scope: 'line',
  description: 'remove the duplicate line (or bill the units on one line)',
  compute: (a, i) =>
    a.get(duplicateOf, i) === undefined
      ? undefined
      : {
          description: 'remove this line, or report the total units on one line',
          patch: [{ op: 'remove', path: `/lines/${i}` }],
        },
});

// --- rules -----------------------------------------------------------------------------------

const always = (extra: Partial<import('../engine/types.ts').RuleVersion> = {}) => [
  { from: ALWAYS, ...extra },
];

export const structureRules: RuleSpec[] = [
  {
    id: 'structure.pointer-range',
    finding: 'ST001',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.badPointers', operator: 'exists', value: true },
    message:
      'line {line.number} points at diagnosis {line.badPointers}, but the claim has {claim.diagnosisCount}',
    field: 'diagnosisPointers',
    fix: 'line.fixPointers',
    versions: always({ cite: tr3('2400 SV107 diagnosis code pointers') }),
  },
  {
    id: 'structure.pointer-missing',
    finding: 'ST002',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: {
      all: [
        { fact: 'claim.kind', operator: 'equal', value: 'professional' },
        { fact: 'line.pointerCount', operator: 'equal', value: 0 },
      ],
    },
    message: 'line {line.number} has no diagnosis pointer (SV107-1 is required on 837P)',
    field: 'diagnosisPointers',
    versions: always({ cite: [policy(TR3_837P, '2400 SV107-1 required')] }),
  },
  {
    id: 'structure.diagnosis-count',
    finding: 'ST003',
    contexts: ['scrub', 'adjudication'],
    scope: 'claim',
    when: { fact: 'claim.diagnosisCount', operator: 'greaterThan', value: { fact: 'claim.maxDiagnoses' } },
    message:
      'the claim has {claim.diagnosisCount} diagnoses; the {claim.kind} form allows {claim.maxDiagnoses}',
    field: 'diagnoses',
    versions: always({ cite: tr3('2300 HI health care diagnosis code') }),
  },
  {
    id: 'structure.line-count',
    finding: 'ST004',
    contexts: ['scrub', 'adjudication'],
    scope: 'claim',
    when: { fact: 'claim.lineCount', operator: 'greaterThan', value: { fact: 'claim.maxLines' } },
    message: 'the claim has {claim.lineCount} lines; the {claim.kind} form allows {claim.maxLines}: split it',
    field: 'lines',
    versions: always({ cite: tr3('2400 service line repeat') }),
  },
  {
    id: 'structure.pos-claim',
    finding: 'ST005',
    contexts: ['scrub', 'adjudication'],
    scope: 'claim',
    when: { fact: 'claim.posValid', operator: 'equal', value: false },
    message: 'place of service {claim.pos} is not in the CMS place-of-service code set',
    field: 'placeOfService',
    versions: always({ cite: [policy('CMS Place of Service Code Set'), ...tr3('2300 CLM05-1')] }),
  },
  {
    id: 'structure.pos-line',
    finding: 'ST005',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.ownPosValid', operator: 'equal', value: false },
    message: 'line {line.number}: place of service {line.ownPos} is not in the CMS place-of-service code set',
    field: 'placeOfService',
    versions: always({ cite: [policy('CMS Place of Service Code Set'), policy(TR3_837P, '2400 SV105')] }),
  },
  {
    id: 'structure.pos-missing',
    finding: 'ST013',
    contexts: ['scrub', 'adjudication'],
    scope: 'claim',
    when: {
      all: [
        { fact: 'claim.kind', operator: 'equal', value: 'professional' },
        { fact: 'claim.pos', operator: 'exists', value: false },
      ],
    },
    message: 'the professional claim has no place of service (CLM05-1)',
    field: 'placeOfService',
    versions: always({ cite: [policy(TR3_837P, '2300 CLM05-1 required')] }),
  },
  ...(
    [
      ['billing', 'N257'],
      ['rendering', 'N290'],
      ['referring', 'N286'],
      ['ordering', 'N265'],
      ['serviceFacility', 'N293'],
      ['supervising', 'N297'],
      ['attending', 'N253'],
    ] as const
  ).map(
    ([role, rarc]): RuleSpec => ({
      id: `structure.npi-${role}`,
      finding: 'ST006',
      contexts: ['scrub', 'adjudication', 'labOrder'],
      scope: { each: 'claim.badNpis' },
      when: { fact: '$item', path: 'role', operator: 'equal', value: role },
      message: `${role} provider NPI {$item.npi} fails the check digit (Luhn over 80840 + the first 9 digits)`,
      field: 'npi',
      rarc: [rarc],
      versions: always({ cite: [policy(NPI_RULE)] }),
    }),
  ),
  {
    id: 'structure.npi-other',
    finding: 'ST006',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: { each: 'claim.badNpis' },
    when: {
      fact: '$item',
      path: 'role',
      operator: 'notIn',
      value: ['billing', 'rendering', 'referring', 'ordering', 'serviceFacility', 'supervising', 'attending'],
    },
    message:
      '{$item.role} provider NPI {$item.npi} fails the check digit (Luhn over 80840 + the first 9 digits)',
    field: 'npi',
    versions: always({ cite: [policy(NPI_RULE)] }),
  },
  {
    id: 'structure.units',
    finding: 'ST007',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.units', operator: 'lessThanInclusive', value: 0 },
    message: 'line {line.number} reports {line.units} units',
    field: 'units',
    versions: always({ cite: tr3('2400 SV104 / SV205 service unit count') }),
  },
  {
    id: 'structure.charge',
    finding: 'ST008',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.charge', operator: 'lessThanInclusive', value: 0 },
    message: 'line {line.number} has a charge of {line.chargeText}: charges must be positive',
    field: 'charge',
    versions: always({ cite: tr3('2400 SV102 / SV203 line item charge amount') }),
  },
  {
    id: 'structure.duplicate-line',
    finding: 'ST009',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.duplicateOf', operator: 'exists', value: true },
    message:
      'line {line.number} repeats line {line.duplicateOf} (same code, modifiers, date, units, charge and provider)',
    fix: 'line.fixDuplicate',
    versions: always({ cite: [policy('X12 CARC 18: exact duplicate claim/service')] }),
  },
  {
    id: 'structure.total',
    finding: 'ST010',
    contexts: ['scrub', 'adjudication'],
    scope: 'claim',
    when: { fact: 'claim.totalCharge', operator: 'notEqual', value: { fact: 'claim.lineChargeSum' } },
    message: 'the claim total is {claim.totalChargeText} but the lines add up to {claim.lineChargeSumText}',
    field: 'totalCharge',
    fix: 'claim.fixTotal',
    versions: always({ cite: tr3('2300 CLM02 must equal the sum of the service line charges') }),
  },
  {
    id: 'structure.no-diagnosis',
    finding: 'ST011',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'claim',
    when: { fact: 'claim.diagnosisCount', operator: 'equal', value: 0 },
    message: 'the claim has no diagnosis',
    field: 'diagnoses',
    versions: always({ cite: tr3('2300 HI principal diagnosis (ABK) required') }),
  },
  {
    id: 'structure.no-procedure',
    finding: 'ST012',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: {
      all: [
        { fact: 'claim.kind', operator: 'equal', value: 'professional' },
        { fact: 'line.procedure', operator: 'exists', value: false },
      ],
    },
    message: 'line {line.number} has no procedure code',
    field: 'procedure',
    versions: always({ cite: [policy(TR3_837P, '2400 SV101-2 procedure code')] }),
  },
];
