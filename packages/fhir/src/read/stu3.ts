/**
 * @module read/stu3
 * CMS Blue Button 2.0 and BCDA serve ExplanationOfBenefit in FHIR STU3 (3.0.x). The elements
 * the claim reader uses were renamed in R4 (FHIR R4 ExplanationOfBenefit "Changes from STU3"):
 * item.service → productOrService, item.careTeamLinkId / diagnosisLinkId / procedureLinkId /
 * informationLinkId → *Sequence, information → supportingInfo, insurance (one) → insurance[]
 * (with focal), organization → provider, totalCost → total[] "submitted". This renames them on a
 * shallow copy; everything else is read as R4.
 */
import { SYS } from '../systems.ts';
import { isObject } from './context.ts';

type Json = Record<string, unknown>;

export function isStu3Eob(r: Json): boolean {
  if (r.resourceType !== 'ExplanationOfBenefit') return false;
  if ('information' in r || 'totalCost' in r || 'organization' in r) return true;
  if (isObject(r.insurance)) return true;
  return (
    Array.isArray(r.item) && r.item.some((i) => isObject(i) && ('service' in i || 'careTeamLinkId' in i))
  );
}

const RENAMED_ITEM: Record<string, string> = {
  service: 'productOrService',
  careTeamLinkId: 'careTeamSequence',
  diagnosisLinkId: 'diagnosisSequence',
  procedureLinkId: 'procedureSequence',
  informationLinkId: 'informationSequence',
};

function renameItem(item: unknown): unknown {
  if (!isObject(item)) return item;
  const out: Json = {};
  for (const [k, v] of Object.entries(item)) out[RENAMED_ITEM[k] ?? k] = v;
  return out;
}

/** An R4-shaped copy of a STU3 ExplanationOfBenefit (only the renamed elements change). */
export function upgradeStu3Eob(r: Json): Json {
  const out: Json = { ...r };
  if (Array.isArray(r.item)) out.item = r.item.map(renameItem);
  if ('information' in r && !('supportingInfo' in r)) out.supportingInfo = r.information;
  delete out.information;
  if (isObject(r.insurance)) out.insurance = [{ focal: true, ...r.insurance }];
  if ('organization' in r && !('provider' in r)) out.provider = r.organization;
  delete out.organization;
  if (isObject(r.totalCost) && !('total' in r))
    out.total = [
      { category: { coding: [{ system: SYS.adjudication, code: 'submitted' }] }, amount: r.totalCost },
    ];
  delete out.totalCost;
  return out;
}
