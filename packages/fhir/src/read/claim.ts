/**
 * @module read/claim
 * FHIR R4 Claim or ExplanationOfBenefit → the claim model. An EOB is a claim plus its
 * adjudication: this reads the claim part of both; read/eob adds the decision.
 */
import type { Cents, Claim, Person, Provider, ServiceLine } from '@medcode/domain';
import type {
  ClaimCareTeam,
  ClaimInsurance,
  ClaimItem,
  Claim as FhirClaim,
  Money,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { MODEL_ROLES, ROLE_OF_CODE } from '../maps.ts';
import { EXT, SYS } from '../systems.ts';
import { bool, cents, codings, day, isObject, list, type ReadContext, str } from './context.ts';
import { readDiagnoses, readProcedures } from './diagnoses.ts';
import { extBoolean, extension } from './extensions.ts';
import {
  firstItemPos,
  type Header,
  readClaimId,
  readIdentifier,
  readKind,
  readSupportingInfo,
  typeOfBillFromSubType,
} from './header.ts';
import { readInsurance } from './coverage.ts';
import { type LineEnv, readItem } from './items.ts';
import { readPerson, readProvider } from './parties.ts';
import type { AnyResource, ResourcePool } from './pool.ts';

export interface ReadEnv {
  ctx: ReadContext;
  pool: ResourcePool;
  /** On an EOB: the "submitted" amount of an item, for items without net. */
  submitted?: LineEnv['submitted'];
  /** On an EOB: total[] "submitted", for the claim total. */
  total?: Cents;
}

function readPatient(env: ReadEnv, res: FhirClaim, root: string): Person {
  const { ctx, pool } = env;
  const r = pool.resolve(res.patient, res as AnyResource);
  if (r?.resourceType === 'Patient') return readPerson(ctx, r as Patient, `${root}.patient.resolve()`);
  const display = isObject(res.patient)
    ? str(ctx, res.patient.display, `${root}.patient.display`)
    : undefined;
  const what = isObject(res.patient) ? (res.patient.reference ?? 'patient') : 'patient';
  if (!isObject(res.patient))
    ctx.note('defaulted', `${root}.patient`, 'no patient (R4 requires one): name left empty');
  else
    ctx.note(
      'defaulted',
      `${root}.patient`,
      `${what} is not in the input: patient name ${display ? 'from the display' : 'left empty'}`,
    );
  return { name: { last: display ?? '' } };
}

/** careTeam → claim-level providers (unmarked) and line-level providers (marked), by sequence. */
function readCareTeam(env: ReadEnv, res: FhirClaim, root: string) {
  const { ctx, pool } = env;
  const claimLevel: Provider[] = [];
  const lineLevel = new Map<number, Provider>();
  list<ClaimCareTeam>(ctx, res.careTeam, `${root}.careTeam`).forEach((m, i) => {
    const p = `${root}.careTeam[${i}]`;
    const roles = codings(ctx, m.role, `${p}.role`);
    const ours = roles.find(
      (c) => c.system === SYS.providerRole && (MODEL_ROLES as string[]).includes(c.code),
    );
    let role =
      (ours?.code as Provider['role'] | undefined) ?? roles.map((c) => ROLE_OF_CODE[c.code]).find((r) => r);
    if (role === undefined) {
      if (roles.length > 0) {
        ctx.note(
          'dropped',
          `${p}.role`,
          `care team role ${roles.map((c) => c.code).join(', ')} has no model role`,
        );
        return;
      }
      ctx.note('defaulted', `${p}.role`, 'no role: read as the rendering provider');
      role = 'rendering';
    }
    const prov = readProvider(ctx, pool, res as AnyResource, m.provider, role, `${p}.provider`, 'person');
    if (prov === undefined) return;
    const taxonomy = codings(ctx, m.qualification, `${p}.qualification`).find(
      (c) => c.system === SYS.nuccTaxonomy,
    );
    if (taxonomy !== undefined) prov.taxonomy = taxonomy.code;
    const seq = typeof m.sequence === 'number' ? m.sequence : i + 1;
    if (extBoolean(ctx, extension(ctx, m, p, EXT.lineProvider)) === true) lineLevel.set(seq, prov);
    else claimLevel.push(prov);
  });
  return { claimLevel, lineLevel };
}

function readProviders(
  env: ReadEnv,
  res: FhirClaim,
  root: string,
  header: Header,
  team: Provider[],
): Provider[] {
  const { ctx, pool } = env;
  const container = res as AnyResource;
  const out: Provider[] = [];
  const billing = readProvider(
    ctx,
    pool,
    container,
    res.provider,
    'billing',
    `${root}.provider`,
    'organization',
  );
  if (billing !== undefined) out.push(billing);
  const party = isObject(res.payee) ? res.payee.party : undefined;
  const sameAsBilling =
    isObject(party) &&
    isObject(res.provider) &&
    party.reference !== undefined &&
    party.reference === res.provider.reference;
  if (!sameAsBilling) {
    const payTo = readProvider(
      ctx,
      pool,
      container,
      party as Reference | undefined,
      'payTo',
      `${root}.payee.party`,
      'organization',
    );
    if (
      payTo !== undefined &&
      !(isObject(party) && pool.resolve(party, container)?.resourceType === 'Patient')
    )
      out.push(payTo);
  }
  out.push(...team);
  if (header.serviceFacility !== undefined && !out.some((p) => p.role === 'serviceFacility'))
    out.push(header.serviceFacility);
  if (!out.some((p) => p.role === 'serviceFacility') && isObject(res.facility)) {
    const f = readProvider(
      ctx,
      pool,
      container,
      res.facility,
      'serviceFacility',
      `${root}.facility`,
      'organization',
    );
    if (f !== undefined) out.push(f);
  }
  return out;
}

function insurances(env: ReadEnv, res: FhirClaim, root: string, patient: Person) {
  const { ctx } = env;
  const entries = list<ClaimInsurance>(ctx, res.insurance, `${root}.insurance`).map((ins, i) => ({ ins, i }));
  // The focal coverage is the one this claim is for (R4 Claim.insurance.focal): it leads.
  const focal = entries.findIndex((e) => bool(ctx, e.ins.focal, `${root}.insurance[${e.i}].focal`) === true);
  if (focal > 0) entries.unshift(...entries.splice(focal, 1));
  const envC = { ctx, pool: env.pool, container: res as AnyResource, patient, insurer: res.insurer };
  const read = entries.map((e, pos) => readInsurance(envC, e.ins, `${root}.insurance[${e.i}]`, pos));
  const preAuth = entries[0]?.ins.preAuthRef;
  const priorAuthorization =
    Array.isArray(preAuth) && typeof preAuth[0] === 'string' ? preAuth[0] : undefined;
  return { read, priorAuthorization, hasAny: entries.length > 0 };
}

/** The claim in a Claim or (R4-shaped) ExplanationOfBenefit resource. */
export function readClaimPart(env: ReadEnv, res: FhirClaim): Claim {
  const { ctx, pool } = env;
  const root = res.resourceType;
  const container = res as AnyResource;
  const kind = readKind(ctx, res.type, `${root}.type`);
  const patient = readPatient(env, res, root);
  const header = readSupportingInfo(ctx, pool, container, res.supportingInfo, `${root}.supportingInfo`);
  const ins = insurances(env, res, root, patient);
  const primary = ins.read[0];
  if (primary === undefined)
    ctx.note(
      'defaulted',
      `${root}.insurance`,
      'no insurance: subscriber taken to be the patient, payer empty',
    );
  const team = readCareTeam(env, res, root);
  const dx = readDiagnoses(ctx, pool, container, res.diagnosis, `${root}.diagnosis`);
  const items = list<ClaimItem>(ctx, res.item, `${root}.item`);
  const billable = isObject(res.billablePeriod) ? res.billablePeriod : undefined;
  const statementFrom = day(ctx, billable?.start, `${root}.billablePeriod.start`);
  const statementTo = day(ctx, billable?.end, `${root}.billablePeriod.end`);
  const claimPos =
    header.placeOfService ?? (kind === 'professional' ? firstItemPos(ctx, items, `${root}.item`) : undefined);
  const lineEnv: LineEnv = {
    ctx,
    claimPos,
    claimPosStated: header.placeOfService !== undefined,
    fallbackDate: statementFrom,
    pointerOf: dx.pointerOf,
    lineProviders: team.lineLevel,
    ...(env.submitted === undefined ? {} : { submitted: env.submitted }),
  };
  const lines: ServiceLine[] = items.map((item, i) => readItem(lineEnv, item, `${root}.item[${i}]`, i));
  const {
    serviceFacility: _f,
    patientAccountNumber: _a,
    institutionalCodes,
    frequencyCode,
    ...rest
  } = header;
  const claim: Claim = {
    kind,
    id: readClaimId(ctx, container, header, root),
    totalCharge: claimTotal(env, res, root, lines),
    frequencyCode: frequencyCode ?? defaultFrequency(ctx, root),
    ...rest,
    patient,
    patientRelationship: primary?.patientRelationship ?? '18',
    subscriber: primary?.subscriber ?? {
      person: patient,
      memberId: '',
      payerResponsibility: 'P',
      payer: { name: '', id: '' },
    },
    otherSubscribers: ins.read.slice(1).map((o) => ({
      subscriber: o.subscriber,
      patientRelationship: o.patientRelationship,
      ...(o.other?.paidAmount === undefined ? {} : { paidAmount: o.other.paidAmount }),
      adjustments: o.other?.adjustments ?? [],
    })),
    providers: readProviders(env, res, root, header, team.claimLevel),
    diagnoses: dx.diagnoses,
    inpatientProcedures: readProcedures(ctx, pool, container, res.procedure, `${root}.procedure`),
    institutionalCodes,
    lines,
  };
  if (claimPos !== undefined) claim.placeOfService = claimPos;
  if (claim.typeOfBill === undefined) {
    const tob = typeOfBillFromSubType(ctx, res.subType, `${root}.subType`);
    if (tob !== undefined) claim.typeOfBill = tob;
  }
  if (statementFrom !== undefined)
    claim.statement =
      statementTo === undefined ? { from: statementFrom } : { from: statementFrom, to: statementTo };
  if (ins.priorAuthorization !== undefined) claim.priorAuthorization = ins.priorAuthorization;
  optionalRefs(env, res, root, claim);
  return claim;
}

function defaultFrequency(ctx: ReadContext, root: string): string {
  ctx.note('defaulted', `${root}.supportingInfo`, 'no claim frequency code: 1 (original)');
  return '1';
}

function claimTotal(env: ReadEnv, res: FhirClaim, root: string, lines: ServiceLine[]): Cents {
  const total =
    res.resourceType === 'Claim'
      ? cents(env.ctx, res.total as Money | undefined, `${root}.total`)
      : env.total;
  if (total !== undefined) return total;
  env.ctx.note('derived', `${root}.total`, 'no total: the sum of the line charges');
  return lines.reduce((s, l) => s + l.charge, 0) as Cents;
}

function optionalRefs(env: ReadEnv, res: FhirClaim, root: string, claim: Claim): void {
  const { ctx } = env;
  const trace = readIdentifier(ctx, res as AnyResource, root, SYS.clearinghouseTrace);
  if (trace !== undefined) claim.clearinghouseTrace = trace;
  if (isObject(res.accident)) {
    // Claim.accident: DTP*439 accident date and CLM11-4 state.
    const date = day(ctx, res.accident.date, `${root}.accident.date`);
    if (date !== undefined) claim.accidentDate = date;
    const where = res.accident.locationAddress;
    const state = isObject(where)
      ? str(ctx, where.state, `${root}.accident.locationAddress.state`)
      : undefined;
    if (state !== undefined) claim.accidentState = state;
  }
  if (isObject(res.referral) && isObject(res.referral.identifier)) {
    const v = str(ctx, res.referral.identifier.value, `${root}.referral.identifier.value`);
    if (v !== undefined) claim.referralNumber = v;
  }
  list(ctx, res.related, `${root}.related`).forEach((rel, i) => {
    const p = `${root}.related[${i}]`;
    const prior = codings(ctx, rel.relationship, `${p}.relationship`).some((c) => c.code === 'prior');
    const value = isObject(rel.reference) ? str(ctx, rel.reference.value, `${p}.reference.value`) : undefined;
    if (prior && value !== undefined && claim.originalReference === undefined)
      claim.originalReference = value;
  });
}
