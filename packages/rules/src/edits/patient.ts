/**
 * @module edits/patient
 * Edit 3, the patient: diagnoses that conflict with the patient's age or sex (Medicare Code
 * Editor edits 4 and 5, the lists in the MCE definitions), dates of service before the birth
 * date or after the day of the check.
 */
import { ageOn } from '@medcode/domain';
import { claimDos, dxDate, claimBook as f, lineDos } from '../claim/book.ts';
import { ALWAYS, ICD10_START, MCE, policy } from '../claim/cite.ts';
import { dxSystem, tableEvidence } from '../claim/facts-codes.ts';
import type { RuleSpec } from '../engine/types.ts';
import type { MceAgeCategory } from '../tables.ts';

/** MCE edit 4: "Perinatal/Newborn: age 0 years only; Pediatric 0-17; Maternity 9-64; Adult 15-124". */
export const MCE_AGE_RANGES: Record<MceAgeCategory, readonly [number, number]> = {
  perinatal: [0, 0],
  pediatric: [0, 17],
  maternity: [9, 64],
  adult: [15, 124],
};

export interface AgeConflict {
  category: MceAgeCategory;
  lo: number;
  hi: number;
  age: number;
}

const ageConflict = f.define<AgeConflict | undefined>({
  name: 'dx.ageConflict',
  scope: 'diagnosis',
  description: "the MCE age category of the code, when the patient's age is outside it",
  compute: (a, i) => {
    const birth = a.subject.patient.birthDate;
    if (birth === undefined || a.get(dxSystem, i) !== 'icd10cm') return undefined;
    const hit = a.env.tables.mceAge(a.subject.diagnoses[i]!.code, a.get(dxDate, i));
    if (!hit) return undefined;
    const age = ageOn(birth, a.get(claimDos));
    const [lo, hi] = MCE_AGE_RANGES[hit.category];
    return age < lo || age > hi ? { category: hit.category, lo, hi, age } : undefined;
  },
});

f.define({
  name: 'dx.ageEvidence',
  scope: 'diagnosis',
  description: 'the MCE age list row',
  compute: (a, i) => {
    const c = a.get(ageConflict, i);
    const hit = c && a.env.tables.mceAge(a.subject.diagnoses[i]!.code, a.get(dxDate, i));
    return hit
      ? tableEvidence(hit.ref, { code: a.subject.diagnoses[i]!.code, list: `age: ${c.category}` })
      : undefined;
  },
});

const sexConflict = f.define<{ sex: 'M' | 'F'; patient: 'M' | 'F' } | undefined>({
  name: 'dx.sexConflict',
  scope: 'diagnosis',
  description: "the MCE sex of the code, when it differs from the patient's",
  compute: (a, i) => {
    const sex = a.subject.patient.sex;
    if ((sex !== 'M' && sex !== 'F') || a.get(dxSystem, i) !== 'icd10cm') return undefined;
    const hit = a.env.tables.mceSex(a.subject.diagnoses[i]!.code, a.get(dxDate, i));
    return hit && hit.sex !== sex ? { sex: hit.sex, patient: sex } : undefined;
  },
});

f.define({
  name: 'dx.sexEvidence',
  scope: 'diagnosis',
  description: 'the MCE sex list row',
  compute: (a, i) => {
    const hit = a.get(sexConflict, i) && a.env.tables.mceSex(a.subject.diagnoses[i]!.code, a.get(dxDate, i));
    return hit
      ? tableEvidence(hit.ref, { code: a.subject.diagnoses[i]!.code, list: `sex: ${hit.sex}` })
      : undefined;
  },
});

f.define<boolean>({
  name: 'line.beforeBirth',
  scope: 'line',
  description: 'the date of service is before the birth date',
  compute: (a, i) => {
    const b = a.subject.patient.birthDate;
    return b !== undefined && a.get(lineDos, i) < b;
  },
});

f.define<boolean>({
  name: 'line.inFuture',
  scope: 'line',
  description: 'the date of service (or its end) is after the day of the check',
  compute: (a, i) => {
    const l = a.subject.lines[i]!;
    return (l.serviceDateTo ?? l.serviceDate) > a.env.today;
  },
});

export const patientRules: RuleSpec[] = [
  {
    id: 'patient.age',
    finding: 'PT001',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: { fact: 'dx.ageConflict', operator: 'exists', value: true },
    message:
      '{dx.display} is a {dx.ageConflict.category} diagnosis (ages {dx.ageConflict.lo}-{dx.ageConflict.hi}); the patient is {dx.ageConflict.age}',
    field: 'code',
    evidence: ['dx.ageEvidence'],
    versions: [{ from: ICD10_START, cite: [policy(MCE, 'edit 4: age conflict')] }],
  },
  {
    id: 'patient.sex',
    finding: 'PT002',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'diagnosis',
    when: { fact: 'dx.sexConflict', operator: 'exists', value: true },
    message:
      '{dx.display} is a diagnosis for sex {dx.sexConflict.sex}; the patient is {dx.sexConflict.patient}',
    field: 'code',
    evidence: ['dx.sexEvidence'],
    versions: [
      { from: ICD10_START, to: '2024-09-30', cite: [policy(MCE, 'edit 5: sex conflict')] },
      {
        from: '2024-10-01',
        inactive: true,
        note: 'MCE edit 5 deactivated as of 10/01/2024 (MCE v42+); a payer pack may apply its own',
        cite: [policy(MCE, 'edit 5: sex conflict (deactivated as of 10/01/2024)')],
      },
    ],
  },
  {
    id: 'patient.before-birth',
    finding: 'PT003',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'line',
    when: { fact: 'line.beforeBirth', operator: 'equal', value: true },
    message: 'line {line.number}: date of service {line.dos} is before the birth date {patient.birthDate}',
    field: 'serviceDate',
    versions: [
      { from: ALWAYS, cite: [policy('ASC X12 005010X222A1', '2010BA/2010CA DMG02 and 2400 DTP*472')] },
    ],
  },
  {
    id: 'patient.future',
    finding: 'PT004',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: { fact: 'line.inFuture', operator: 'equal', value: true },
    message:
      'line {line.number}: date of service {line.dos} is after today ({claim.today}): bill services once rendered',
    field: 'serviceDate',
    versions: [
      {
        from: ALWAYS,
        cite: [
          policy('Payer front-end edit: a date of service after the date the claim is received is rejected'),
        ],
      },
    ],
  },
  {
    id: 'patient.birth-date-missing',
    finding: 'PT005',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'claim',
    when: { fact: 'patient.birthDate', operator: 'exists', value: false },
    message: "the patient's birth date is missing (DMG02): age edits cannot run",
    field: 'patient.birthDate',
    versions: [{ from: ALWAYS, cite: [policy('ASC X12 005010X222A1', '2010BA/2010CA DMG02')] }],
  },
];
