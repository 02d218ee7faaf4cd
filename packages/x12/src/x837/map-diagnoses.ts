/**
 * @module x837/map-diagnoses
 * The 2300 HI segments: every C022 composite by its qualifier (HI0x-1). ICD-10-CM diagnoses ABK
 * principal, ABF other, ABJ admitting, APR reason for visit, ABN external cause (837I POA
 * indicator in HI0x-9); the ICD-9-CM forms BK/BF/BJ/PR/BN are kept with codeSystem 'icd9cm';
 * ICD-10-PCS procedures BBR principal / BBQ other (BR/BQ for ICD-9-CM) with their dates; DR the
 * DRG; everything else (BE value, BH occurrence, BI occurrence span, BG condition, ...) as an
 * institutional code with its date(s) and amount. 005010X222A1 / X223A2 section 2300 HI.
 */
import {
  type Claim,
  type Diagnosis,
  type DiagnosisKind,
  type Icd10CmCode,
  type Icd10PcsCode,
  type InpatientProcedure,
  type InstitutionalCode,
  MAX_DIAGNOSES,
  parseCents,
  parseIcd10Pcs,
} from '@medcode/domain';
import type { LoopNode } from '../loops/loop-node.ts';
import type { X12Segment } from '../syntax/segment.ts';
import { date, type MapContext, parsedComp, report, take } from './map-context.ts';
import { icd10CmCode } from './code-cache.ts';

const DIAGNOSIS: Readonly<Record<string, [DiagnosisKind, boolean]>> = {
  ABK: ['principal', false],
  ABF: ['other', false],
  ABJ: ['admitting', false],
  APR: ['reasonForVisit', false],
  ABN: ['externalCause', false],
  BK: ['principal', true],
  BF: ['other', true],
  BJ: ['admitting', true],
  PR: ['reasonForVisit', true],
  BN: ['externalCause', true],
};

const PROCEDURE: Readonly<Record<string, [boolean, boolean]>> = {
  BBR: [true, false],
  BBQ: [false, false],
  CAH: [true, false],
  BR: [true, true],
  BQ: [false, true],
};

/** Looked up with each composite's qualifier, a string just read: a Map hashes it once, a Record must first intern it. */
const DIAGNOSIS_BY_QUALIFIER = new Map(Object.entries(DIAGNOSIS));
const PROCEDURE_BY_QUALIFIER = new Map(Object.entries(PROCEDURE));

const POA: readonly string[] = ['Y', 'N', 'U', 'W', '1'];

type HiTarget = Pick<Claim, 'diagnoses' | 'inpatientProcedures' | 'institutionalCodes'> & { drg?: string };

export function mapHealthCareCodes(ctx: MapContext, claimLoop: LoopNode, out: HiTarget): void {
  const segments = claimLoop.segments;
  let first: X12Segment | undefined;
  for (let k = 0; k < segments.length; k++) {
    const hi = segments[k]!;
    if (hi.tag !== 'HI') continue;
    first ??= hi;
    for (let i = 1; i <= hi.count; i++) if (hi.compCount(i) > 0) composite(ctx, claimLoop, hi, i, out);
  }
  const max = MAX_DIAGNOSES[ctx.kind];
  if (out.diagnoses.length > max && first !== undefined)
    report(
      ctx,
      'x12.claim.note',
      `${out.diagnoses.length} diagnoses; the ${ctx.kind} claim allows ${max}`,
      first,
      claimLoop,
    );
}

function composite(ctx: MapContext, loop: LoopNode, hi: X12Segment, i: number, out: HiTarget): void {
  const q = hi.comp(i, 1);
  const dx = DIAGNOSIS_BY_QUALIFIER.get(q);
  if (dx !== undefined) {
    diagnosis(ctx, loop, hi, i, out, q, dx[0], dx[1]);
    return;
  }
  const code = hi.comp(i, 2);
  const fmt = hi.comp(i, 3);
  const when = hi.comp(i, 4);
  const px = PROCEDURE_BY_QUALIFIER.get(q);
  if (px !== undefined) {
    const [principal, icd9] = px;
    const value = icd9
      ? (code.toUpperCase() as Icd10PcsCode)
      : take(ctx, parseIcd10Pcs(code), 'x12.claim.code', hi, loop, i, 2);
    if (value === undefined || value === '') return;
    const p: InpatientProcedure = { code: value, principal };
    if (icd9) p.codeSystem = 'icd9cm';
    if (fmt === 'D8') {
      const d = date(ctx, hi, loop, i, when);
      if (d !== undefined) p.date = d;
    }
    out.inpatientProcedures.push(p);
    return;
  }
  if (q === 'DR') {
    out.drg = code;
    return;
  }
  const ic: InstitutionalCode = { qualifier: q, code };
  if (fmt === 'D8' || fmt === 'RD8') {
    const [from = '', to] = fmt === 'RD8' ? when.split('-') : [when];
    const d = date(ctx, hi, loop, i, from);
    if (d !== undefined) ic.date = d;
    if (to !== undefined) {
      const t = date(ctx, hi, loop, i, to);
      if (t !== undefined) ic.dateTo = t;
    }
  }
  const amount = hi.comp(i, 5);
  if (amount !== '') {
    const a = take(ctx, parseCents(amount), 'x12.claim.value', hi, loop, i, 5);
    if (a !== undefined) ic.amount = a;
  }
  out.institutionalCodes.push(ic);
}

/** A diagnosis composite (HIxx: qualifier, code, ..., present-on-admission indicator). */
function diagnosis(
  ctx: MapContext,
  loop: LoopNode,
  hi: X12Segment,
  i: number,
  out: HiTarget,
  q: string,
  given: DiagnosisKind,
  icd9: boolean,
): void {
  let kind = given;
  if (kind === 'principal' && hasPrincipal(out.diagnoses)) {
    report(
      ctx,
      'x12.claim.note',
      `a second principal diagnosis (${q}) is read as another diagnosis`,
      hi,
      loop,
      i,
      1,
    );
    kind = 'other';
  }
  let code: Icd10CmCode | undefined;
  if (icd9) {
    // ICD-9-CM (BK, BF ...): kept as written.
    code = hi.comp(i, 2).toUpperCase() as Icd10CmCode;
    if (code === '') {
      report(ctx, 'x12.claim.value', `HI${pad(i)}-2 has no code`, hi, loop, i, 2);
      return;
    }
  } else {
    // ICD-10-CM, the usual case: the code looked up in place, no string built for it.
    const parsed = parsedComp(hi, i, 2, icd10CmCode) ?? icd10CmCode('');
    code = take(ctx, parsed, 'x12.claim.code', hi, loop, i, 2);
    if (code === undefined) return;
  }
  const d: Diagnosis = { code, kind };
  if (icd9) d.codeSystem = 'icd9cm';
  const poa = hi.comp(i, 9);
  if (poa !== '') {
    if (POA.includes(poa)) d.poa = poa as Diagnosis['poa'] & string;
    else
      report(
        ctx,
        'x12.claim.code',
        `HI${pad(i)}-9 "${poa}" is not a present-on-admission indicator`,
        hi,
        loop,
        i,
        9,
        poa,
      );
  }
  out.diagnoses.push(d);
}

function hasPrincipal(diagnoses: readonly Diagnosis[]): boolean {
  for (let k = 0; k < diagnoses.length; k++) if (diagnoses[k]!.kind === 'principal') return true;
  return false;
}

const pad = (k: number): string => String(k).padStart(2, '0');
