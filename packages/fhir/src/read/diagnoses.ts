/**
 * @module read/diagnoses
 * Claim.diagnosis → the model's diagnoses (ICD-10-CM, or ICD-9-CM as sent) with kind and POA;
 * Claim.procedure → its ICD-10-PCS (or ICD-9-CM volume 3) procedures. A diagnosis coded only in
 * another system (SNOMED CT, the HL7 examples' made-up codes) has no place in the model: it is
 * dropped with a note, and item pointers to it are dropped too. `pointerOf` maps a FHIR
 * diagnosis sequence to the model's 1-based pointer.
 */
import type {
  Diagnosis,
  DiagnosisKind,
  Icd10CmCode,
  Icd10PcsCode,
  InpatientProcedure,
} from '@medcode/domain';
import { parseIcd10Cm, parseIcd10Pcs } from '@medcode/domain';
import type {
  ClaimDiagnosis,
  ClaimProcedure,
  CodeableConcept,
  Condition,
  Procedure,
} from '@medplum/fhirtypes';
import { KIND_OF_DIAGNOSIS_TYPE, POA_CODES } from '../maps.ts';
import { ICD10_SYSTEMS, ICD10CM_SYSTEMS, ICD10PCS_SYSTEMS, SYS } from '../systems.ts';
import { codings, day, isObject, list, num, type ReadCoding, type ReadContext } from './context.ts';
import type { AnyResource, ResourcePool } from './pool.ts';

export interface ReadDiagnoses {
  diagnoses: Diagnosis[];
  /** FHIR diagnosis.sequence → 1-based index into `diagnoses`. */
  pointerOf: Map<number, number>;
}

type Code = Pick<Diagnosis, 'code' | 'codeSystem'>;

const inSystems = (all: ReadCoding[], systems: ReadonlySet<string>) =>
  all.find((c) => c.system !== undefined && systems.has(c.system));

const seen = (all: ReadCoding[]) => all.map((k) => `${k.system ?? '(no system)'}|${k.code}`).join(', ');

/** ICD-9-CM as X12 sends it: no decimal point. */
const icd9 = (code: string) => code.replace('.', '').toUpperCase();

/**
 * The diagnosis code of a concept: ICD-10-CM; the WHO ICD-10 URI, which BCDA uses for ICD-10-CM
 * codes (with a note); or ICD-9-CM, kept as sent.
 */
function diagnosisCode(ctx: ReadContext, cc: CodeableConcept | undefined, path: string): Code | undefined {
  const all = codings(ctx, cc, path);
  const exact = inSystems(all, ICD10CM_SYSTEMS);
  const who = inSystems(all, ICD10_SYSTEMS);
  const nine = all.find((c) => c.system === SYS.icd9cm);
  const c = exact ?? who;
  if (c === undefined) {
    if (nine !== undefined) return { code: icd9(nine.code) as Icd10CmCode, codeSystem: 'icd9cm' };
    ctx.note('dropped', path, `no ICD-10-CM code${all.length > 0 ? ` (${seen(all)})` : ''}`);
    return undefined;
  }
  const r = parseIcd10Cm(c.code);
  if (!r.ok) {
    ctx.note('dropped', `${c.path}.code`, exact === undefined ? `${r.error} (WHO ICD-10 system)` : r.error);
    return undefined;
  }
  if (exact === undefined)
    ctx.note('derived', c.path, `ICD-10 (${c.system}) code ${c.code} read as ICD-10-CM`);
  return { code: r.value };
}

function kinds(ctx: ReadContext, d: ClaimDiagnosis, path: string): DiagnosisKind[] {
  const out: DiagnosisKind[] = [];
  list<CodeableConcept>(ctx, d.type, `${path}.type`).forEach((t, i) => {
    for (const c of codings(ctx, t, `${path}.type[${i}]`)) {
      const k = KIND_OF_DIAGNOSIS_TYPE[c.code];
      if (k !== undefined && !out.includes(k)) out.push(k);
    }
  });
  // The principal diagnosis leads; an admitting diagnosis on the same entry follows it (837I HI ABK, ABJ).
  return out.sort((a, b) => (a === 'principal' ? -1 : b === 'principal' ? 1 : 0));
}

function poa(ctx: ReadContext, cc: CodeableConcept | undefined, path: string): Diagnosis['poa'] {
  for (const c of codings(ctx, cc, path)) {
    const code = c.code.toUpperCase();
    if (POA_CODES.has(code)) return code as Diagnosis['poa'];
    ctx.note('dropped', c.path, `present-on-admission "${c.code}" is none of Y, N, U, W, 1`);
  }
  return undefined;
}

export function readDiagnoses(
  ctx: ReadContext,
  pool: ResourcePool,
  container: AnyResource,
  entries: ClaimDiagnosis[] | undefined,
  path: string,
): ReadDiagnoses {
  const out: ReadDiagnoses = { diagnoses: [], pointerOf: new Map() };
  list<ClaimDiagnosis>(ctx, entries, path).forEach((d, i) => {
    const p = `${path}[${i}]`;
    let code: Code | undefined;
    if (isObject(d.diagnosisCodeableConcept))
      code = diagnosisCode(ctx, d.diagnosisCodeableConcept, `${p}.diagnosisCodeableConcept`);
    else if (isObject(d.diagnosisReference)) {
      const cond = pool.resolve(d.diagnosisReference, container);
      if (cond?.resourceType === 'Condition')
        code = diagnosisCode(ctx, (cond as Condition).code, `${p}.diagnosisReference.resolve().code`);
      else ctx.note('dropped', `${p}.diagnosisReference`, 'the Condition is not in the input');
    } else ctx.problem(p, 'a diagnosis needs diagnosisCodeableConcept or diagnosisReference');
    if (code === undefined) return;
    const sequence = num(ctx, d.sequence, `${p}.sequence`) ?? i + 1;
    const found = kinds(ctx, d, p);
    const first = found[0] ?? (out.diagnoses.length === 0 ? 'principal' : 'other');
    out.pointerOf.set(sequence, out.diagnoses.length + 1);
    const onAdmission = poa(ctx, d.onAdmission, `${p}.onAdmission`);
    for (const kind of [first, ...found.slice(1)]) {
      const dx: Diagnosis = { ...code, kind };
      if (onAdmission !== undefined) dx.poa = onAdmission;
      out.diagnoses.push(dx);
    }
  });
  return out;
}

function procedureCode(ctx: ReadContext, all: ReadCoding[], path: string): Code | undefined {
  const exact = inSystems(all, ICD10PCS_SYSTEMS);
  // Blue Button 2.0 labels ICD-10-PCS codes with the WHO ICD-10 URI; WHO ICD-10 has no procedures.
  const who = all.find(
    (k) => k.system !== undefined && ICD10_SYSTEMS.has(k.system) && parseIcd10Pcs(k.code).ok,
  );
  const nine = all.find((k) => k.system === SYS.icd9cm);
  const c = exact ?? who;
  if (c === undefined) {
    if (nine !== undefined) return { code: icd9(nine.code) as Icd10CmCode, codeSystem: 'icd9cm' };
    ctx.note('dropped', path, `no ICD-10-PCS code${all.length > 0 ? ` (${seen(all)})` : ''}`);
    return undefined;
  }
  const r = parseIcd10Pcs(c.code);
  if (!r.ok) {
    ctx.note('dropped', `${c.path}.code`, r.error);
    return undefined;
  }
  if (exact === undefined)
    ctx.note('derived', c.path, `ICD-10 (${c.system}) code ${c.code} read as ICD-10-PCS`);
  return { code: r.value as string as Icd10CmCode };
}

export function readProcedures(
  ctx: ReadContext,
  pool: ResourcePool,
  container: AnyResource,
  entries: ClaimProcedure[] | undefined,
  path: string,
): InpatientProcedure[] {
  const out: InpatientProcedure[] = [];
  list<ClaimProcedure>(ctx, entries, path).forEach((pr, i) => {
    const p = `${path}[${i}]`;
    let cc: CodeableConcept | undefined = pr.procedureCodeableConcept;
    let ccPath = `${p}.procedureCodeableConcept`;
    if (!isObject(cc) && isObject(pr.procedureReference)) {
      const proc = pool.resolve(pr.procedureReference, container);
      cc = proc?.resourceType === 'Procedure' ? (proc as Procedure).code : undefined;
      ccPath = `${p}.procedureReference.resolve().code`;
    }
    const code = procedureCode(ctx, codings(ctx, cc, ccPath), ccPath);
    if (code === undefined) return;
    const typeCodes = list<CodeableConcept>(ctx, pr.type, `${p}.type`).flatMap((t, k) =>
      codings(ctx, t, `${p}.type[${k}]`).map((x) => x.code),
    );
    // Without a type the first procedure is the principal one (837I HI BBR before BBQ).
    const principal =
      typeCodes.length === 0
        ? out.length === 0
        : typeCodes.includes('principal') || typeCodes.includes('primary');
    const proc: InpatientProcedure = { code: code.code as string as Icd10PcsCode, principal };
    const date = day(ctx, pr.date, `${p}.date`);
    if (date !== undefined) proc.date = date;
    if (code.codeSystem !== undefined) proc.codeSystem = code.codeSystem;
    out.push(proc);
  });
  return out;
}
