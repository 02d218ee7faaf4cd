/**
 * @module claim/book
 * Claims as a subject of the engine: three scopes (the claim, its service lines, its
 * diagnoses), the date that picks rule versions (the line's date of service for a line, the
 * claim's first date of service otherwise), where a finding points, and the basic facts every
 * edit reads. Edit families define their own facts on the same book (claim/facts-*.ts).
 */
import {
  ageOn,
  type Claim,
  type ClaimPath,
  claimServiceDate,
  formatIcd10Cm,
  type IsoDate,
  type Modifier,
} from '@medcode/domain';
import { type Almanac, FactBook, type SubjectModel } from '../engine/facts.ts';
import type { ClaimContext } from './context.ts';

export type ClaimAlmanac = Almanac<Claim, ClaimContext>;

const indexField = (item: unknown, key: string): number | undefined => {
  if (typeof item !== 'object' || item === null) return undefined;
  const v = (item as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : undefined;
};

export const claimModel: SubjectModel<Claim, ClaimContext> = {
  name: 'claim',
  root: 'claim',
  scopes: {
    claim: () => 1,
    line: (c) => c.lines.length,
    diagnosis: (c) => c.diagnoses.length,
  },
  dateOf(a, scope, index, item) {
    if (scope === 'line') return a.subject.lines[index]?.serviceDate;
    if (scope === 'diagnosis') return a.get(dxDate, index);
    if (typeof item === 'object' && item !== null) {
      const d = (item as Record<string, unknown>).date;
      if (typeof d === 'string') return d;
      const line = indexField(item, 'line');
      if (line !== undefined) return a.subject.lines[line]?.serviceDate;
    }
    return claimServiceDate(a.subject);
  },
  path(a, scope, index, item) {
    const p: ClaimPath = { claimId: a.subject.id };
    const line = scope === 'line' ? index : indexField(item, 'line');
    const dx = scope === 'diagnosis' ? index : indexField(item, 'diagnosis');
    if (line !== undefined) p.line = a.subject.lines[line]?.lineNumber ?? line + 1;
    if (dx !== undefined) p.diagnosis = dx + 1;
    return p;
  },
  fallbackDate: (a) => a.env.today,
};

export const claimBook = new FactBook<Claim, ClaimContext>(claimModel);
const f = claimBook;

// --- claim -----------------------------------------------------------------------------------

export const claimId = f.define({
  name: 'claim.id',
  scope: 'claim',
  description: 'CLM01, the patient control number',
  compute: (a) => a.subject.id,
});

export const claimKind = f.define({
  name: 'claim.kind',
  scope: 'claim',
  description: 'professional (837P) or institutional (837I)',
  compute: (a) => a.subject.kind,
});

export const claimDos = f.define<IsoDate>({
  name: 'claim.dos',
  scope: 'claim',
  description: "the claim's first date of service (or today when it has none)",
  compute: (a) => claimServiceDate(a.subject) ?? a.env.today,
});

export const claimLastDos = f.define<IsoDate>({
  name: 'claim.lastDos',
  scope: 'claim',
  description: "the claim's last date of service",
  compute: (a) => {
    let last: IsoDate | undefined = a.subject.statement?.to;
    for (const l of a.subject.lines) {
      const d = l.serviceDateTo ?? l.serviceDate;
      if (last === undefined || d > last) last = d;
    }
    return last ?? a.get(claimDos);
  },
});

export const today = f.define<IsoDate>({
  name: 'claim.today',
  scope: 'claim',
  description: 'the date the check runs (from the context)',
  compute: (a) => a.env.today,
});

export const birthDate = f.define({
  name: 'patient.birthDate',
  scope: 'claim',
  description: 'DMG02 of the patient',
  compute: (a) => a.subject.patient.birthDate,
});

export const patientAge = f.define<number | undefined>({
  name: 'patient.age',
  scope: 'claim',
  description: 'whole years on the first date of service',
  compute: (a) => {
    const b = a.subject.patient.birthDate;
    return b === undefined ? undefined : ageOn(b, a.get(claimDos));
  },
});

export const patientSex = f.define({
  name: 'patient.sex',
  scope: 'claim',
  description: 'DMG03 of the patient (M, F, U)',
  compute: (a) => a.subject.patient.sex,
});

export const diagnosisCodes = f.define<string[]>({
  name: 'claim.diagnosisCodes',
  scope: 'claim',
  description: 'the diagnosis codes in claim order',
  compute: (a) => a.subject.diagnoses.map((d) => d.code as string),
});

// --- line ------------------------------------------------------------------------------------

export const lineNumber = f.define({
  name: 'line.number',
  scope: 'line',
  description: 'LX01',
  compute: (a, i) => a.subject.lines[i]!.lineNumber,
});

export const lineProcedure = f.define<string | undefined>({
  name: 'line.procedure',
  scope: 'line',
  description: 'SV101-2 / SV202-2 procedure code',
  compute: (a, i) => a.subject.lines[i]!.procedure,
});

export const lineModifiers = f.define<readonly Modifier[]>({
  name: 'line.modifiers',
  scope: 'line',
  description: 'SV101-3..6 modifiers',
  compute: (a, i) => a.subject.lines[i]!.modifiers,
});

export const lineUnits = f.define({
  name: 'line.units',
  scope: 'line',
  description: 'SV104 / SV205 units',
  compute: (a, i) => a.subject.lines[i]!.units,
});

export const lineCharge = f.define({
  name: 'line.charge',
  scope: 'line',
  description: 'SV102 / SV203 charge in cents',
  compute: (a, i) => a.subject.lines[i]!.charge as number,
});

export const lineDos = f.define<IsoDate>({
  name: 'line.dos',
  scope: 'line',
  description: 'DTP*472 date of service',
  compute: (a, i) => a.subject.lines[i]!.serviceDate,
});

export const linePos = f.define<string | undefined>({
  name: 'line.pos',
  scope: 'line',
  description: "the line's place of service (SV105), else the claim's (CLM05-1)",
  compute: (a, i) => a.subject.lines[i]!.placeOfService ?? a.subject.placeOfService,
});

/** The NPI that performed the line: the line's rendering provider, else the claim's, else billing. */
export const lineRendering = f.define<string | undefined>({
  name: 'line.rendering',
  scope: 'line',
  description: 'rendering NPI of the line (2420A, else 2310B, else 2010AA)',
  compute: (a, i) => {
    const line = a.subject.lines[i]!;
    const pick = (ps: typeof line.providers, role: string) => ps.find((p) => p.role === role)?.npi;
    return (
      pick(line.providers, 'rendering') ??
      pick(a.subject.providers, 'rendering') ??
      pick(a.subject.providers, 'billing')
    );
  },
});

/**
 * The diagnoses (0-based indices) a line points to. 837I lines carry no pointers: every claim
 * diagnosis then supports every line.
 */
export const lineDiagnosisIndices = f.define<number[]>({
  name: 'line.diagnosisIndices',
  scope: 'line',
  description: 'diagnoses the line points to (SV107), or all of them when the claim has no pointers',
  compute: (a, i) => {
    const line = a.subject.lines[i]!;
    const n = a.subject.diagnoses.length;
    if (line.diagnosisPointers.length === 0) return Array.from({ length: n }, (_, k) => k);
    return line.diagnosisPointers.filter((p) => p >= 1 && p <= n).map((p) => p - 1);
  },
});

export const lineDiagnoses = f.define<string[]>({
  name: 'line.diagnoses',
  scope: 'line',
  description: 'the diagnosis codes the line points to',
  compute: (a, i) => a.get(lineDiagnosisIndices, i).map((k) => a.subject.diagnoses[k]!.code as string),
});

// --- diagnosis -------------------------------------------------------------------------------

export const dxCode = f.define<string>({
  name: 'dx.code',
  scope: 'diagnosis',
  description: 'the ICD-10-CM code, canonical (no dot)',
  compute: (a, i) => a.subject.diagnoses[i]!.code,
});

export const dxDisplay = f.define<string>({
  name: 'dx.display',
  scope: 'diagnosis',
  description: 'the ICD-10-CM code as printed (E11.22)',
  compute: (a, i) => formatIcd10Cm(a.subject.diagnoses[i]!.code),
});

export const dxPosition = f.define<number>({
  name: 'dx.position',
  scope: 'diagnosis',
  description: '1-based position on the claim (1 = principal / first-listed)',
  compute: (_a, i) => i + 1,
});

export const dxKind = f.define({
  name: 'dx.kind',
  scope: 'diagnosis',
  description: 'principal, other, admitting, reasonForVisit, externalCause',
  compute: (a, i) => a.subject.diagnoses[i]!.kind,
});

/** True for the first-listed (837P) or principal (837I) diagnosis. */
export const dxFirstListed = f.define<boolean>({
  name: 'dx.firstListed',
  scope: 'diagnosis',
  description: 'the principal or first-listed diagnosis',
  compute: (a, i) => {
    const d = a.subject.diagnoses[i]!;
    if (d.kind === 'principal') return true;
    if (d.kind !== 'other') return false;
    return !a.subject.diagnoses.some((x, k) => k < i && (x.kind === 'principal' || x.kind === 'other'));
  },
});

/**
 * The date a diagnosis is coded for: the code set in force at discharge (or the through date)
 * for an institutional claim, the first date of service otherwise.
 */
export const dxDate = f.define<IsoDate>({
  name: 'dx.date',
  scope: 'diagnosis',
  description: 'the date the diagnosis code set is chosen by',
  compute: (a) => {
    const c = a.subject;
    if (c.kind === 'institutional') return c.discharge ?? c.statement?.to ?? a.get(claimDos);
    return a.get(claimDos);
  },
});
