/**
 * @module read/coverage
 * Claim.insurance → the model's subscriber and other subscribers. Each insurance entry names a
 * Coverage: subscriberId is the member id (2010BA NM109), payor the payer (2010BB),
 * relationship the patient's relationship to the subscriber, class "group" the group number
 * and name (SBR03/SBR04), order the payer responsibility sequence (SBR01).
 */
import type { Cents, OtherSubscriber, Payer, Person, Subscriber } from '@medcode/domain';
import type { ClaimInsurance, Coverage, CoverageClass, Reference } from '@medplum/fhirtypes';
import { responsibilityOfOrder, X12_RELATIONSHIP_OF_FHIR } from '../maps.ts';
import { EXT, SYS } from '../systems.ts';
import { GROUP_NAME_ONLY } from '../write/parties.ts';
import { cents, codingIn, codings, isObject, list, num, type ReadContext, str } from './context.ts';
import { extString, extension, readAdjustmentExts } from './extensions.ts';
import { readPayer, readPerson } from './parties.ts';
import type { AnyResource, ResourcePool } from './pool.ts';

export interface ReadInsurance {
  subscriber: Subscriber;
  patientRelationship: string;
  other?: Pick<OtherSubscriber, 'paidAmount' | 'adjustments'>;
}

interface Env {
  ctx: ReadContext;
  pool: ResourcePool;
  container: AnyResource;
  patient: Person;
  /** Claim.insurer, for the focal coverage when its Coverage names no payor. */
  insurer: Reference | undefined;
}

function relationshipOf(env: Env, cov: Coverage, path: string): string {
  const { ctx } = env;
  const x12 = codingIn(ctx, cov.relationship, `${path}.relationship`, SYS.x12Relationship);
  if (x12 !== undefined) return x12.code;
  for (const c of codings(ctx, cov.relationship, `${path}.relationship`)) {
    const code = X12_RELATIONSHIP_OF_FHIR[c.code];
    if (code !== undefined) {
      if (code === 'G8' && c.code !== 'other')
        ctx.note('derived', c.path, `relationship "${c.code}" read as X12 G8 (other)`);
      return code;
    }
  }
  ctx.note(
    'defaulted',
    `${path}.relationship`,
    'no relationship: the patient is taken to be the subscriber (18)',
  );
  return '18';
}

function group(env: Env, cov: Coverage, path: string): Pick<Subscriber, 'groupNumber' | 'groupName'> {
  const { ctx } = env;
  const classes = list<CoverageClass>(ctx, cov.class, `${path}.class`);
  const i = classes.findIndex(
    (c, k) => codingIn(ctx, c.type, `${path}.class[${k}].type`, SYS.coverageClass)?.code === 'group',
  );
  const g = classes[i];
  if (g === undefined) return {};
  const p = `${path}.class[${i}]`;
  const value = str(ctx, g.value, `${p}.value`);
  const name = str(ctx, g.name, `${p}.name`);
  const nameOnly = codingIn(ctx, g.type, `${p}.type`, SYS.info)?.code === GROUP_NAME_ONLY;
  return {
    ...(value === undefined || nameOnly ? {} : { groupNumber: value }),
    ...(name === undefined ? {} : { groupName: name }),
  };
}

function memberId(env: Env, cov: Coverage, path: string): string {
  const { ctx } = env;
  const sid = str(ctx, cov.subscriberId, `${path}.subscriberId`);
  if (sid !== undefined) return sid;
  const ids = list(ctx, cov.identifier, `${path}.identifier`);
  const mb = ids.find((i) => (i.type?.coding ?? []).some((c) => c.code === 'MB')) ?? ids[0];
  if (typeof mb?.value === 'string') return mb.value;
  ctx.note('defaulted', `${path}.subscriberId`, 'no member id');
  return '';
}

function subscriberPerson(env: Env, cov: Coverage, path: string, relationship: string): Person {
  const { ctx, pool, container } = env;
  const r = pool.resolve(cov.subscriber, container) ?? pool.resolve(cov.policyHolder, container);
  if (r !== undefined && (r.resourceType === 'Patient' || r.resourceType === 'RelatedPerson'))
    return readPerson(ctx, r, `${path}.subscriber.resolve()`);
  if (relationship === '18') return env.patient;
  ctx.note('defaulted', `${path}.subscriber`, 'the subscriber is not in the input: name left empty');
  return { name: { last: '' } };
}

function payerOf(
  env: Env,
  cov: Coverage | undefined,
  path: string,
  focal: boolean,
  noteMissing = true,
): Payer {
  const { ctx, pool, container } = env;
  const payor = cov === undefined ? undefined : list(ctx, cov.payor, `${path}.payor`)[0];
  const payer =
    readPayer(ctx, pool, container, payor, `${path}.payor[0]`) ??
    (focal
      ? readPayer(ctx, pool, container, env.insurer, `${env.container.resourceType}.insurer`)
      : undefined);
  if (payer !== undefined) return payer;
  if (noteMissing) ctx.note('defaulted', `${path}.payor`, 'no payer in the input: name and id left empty');
  return { name: '', id: '' };
}

function priorPayment(env: Env, cov: Coverage, path: string): ReadInsurance['other'] {
  const { ctx } = env;
  const e = extension(ctx, cov, path, EXT.priorPayment);
  if (e === undefined) return undefined;
  const paid = extension(ctx, e.ext, e.path, 'paid');
  const paidAmount: Cents | undefined =
    paid === undefined ? undefined : cents(ctx, paid.ext.valueMoney, `${paid.path}.valueMoney`);
  return {
    ...(paidAmount === undefined ? {} : { paidAmount }),
    adjustments: readAdjustmentExts(ctx, e.ext, e.path),
  };
}

/** One Claim.insurance entry; `position` is its 0-based place among the entries. */
export function readInsurance(env: Env, ins: ClaimInsurance, path: string, position: number): ReadInsurance {
  const { ctx, pool, container } = env;
  const focal = position === 0;
  const r = pool.resolve(ins.coverage, container);
  if (r === undefined || r.resourceType !== 'Coverage') {
    const what = isObject(ins.coverage)
      ? (ins.coverage.reference ?? ins.coverage.display ?? 'coverage')
      : 'coverage';
    ctx.note(
      'defaulted',
      `${path}.coverage`,
      `${what} is not in the input: subscriber taken to be the patient, member id empty`,
    );
    // A coverage named only by display (Synthea writes the plan's name: "Anthem") still names the payer.
    const display = isObject(ins.coverage)
      ? str(ctx, ins.coverage.display, `${path}.coverage.display`)
      : undefined;
    const payer = payerOf(env, undefined, path, focal, display === undefined);
    return {
      subscriber: {
        person: env.patient,
        memberId: '',
        payerResponsibility: responsibilityOfOrder(position + 1) ?? 'U',
        payer: display !== undefined && payer.name === '' ? { ...payer, name: display } : payer,
      },
      patientRelationship: '18',
    };
  }
  const cov = r as Coverage;
  const cp = `${path}.coverage.resolve()`;
  const relationship = relationshipOf(env, cov, cp);
  const order = num(ctx, cov.order, `${cp}.order`);
  let responsibility = extString(ctx, extension(ctx, cov, cp, EXT.payerResponsibility));
  if (responsibility === undefined && order !== undefined) responsibility = responsibilityOfOrder(order);
  if (responsibility === undefined) {
    responsibility = responsibilityOfOrder(position + 1) ?? 'U';
    ctx.note('defaulted', `${cp}.order`, `no payer order: ${responsibility} from the insurance position`);
  }
  const subscriber: Subscriber = {
    person: subscriberPerson(env, cov, cp, relationship),
    memberId: memberId(env, cov, cp),
    payerResponsibility: responsibility,
    ...group(env, cov, cp),
    payer: payerOf(env, cov, cp, focal),
  };
  const sbr02 = extString(ctx, extension(ctx, cov, cp, EXT.subscriberRelationship));
  if (sbr02 !== undefined) subscriber.relationship = sbr02;
  const insuranceType = codingIn(ctx, cov.type, `${cp}.type`, SYS.x12InsuranceType)?.code;
  if (insuranceType !== undefined) subscriber.insuranceType = insuranceType;
  const filing = codingIn(ctx, cov.type, `${cp}.type`, SYS.x12FilingIndicator)?.code;
  if (filing !== undefined) subscriber.claimFilingIndicator = filing;
  const other = priorPayment(env, cov, cp);
  return { subscriber, patientRelationship: relationship, ...(other === undefined ? {} : { other }) };
}
