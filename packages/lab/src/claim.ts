/**
 * @module claim
 * The order as the claim it will become, so the claim edit library (rule set kind "labOrder")
 * checks it with the same rules as the scrubber: an 837P-shaped claim of an independent lab
 * (place of service 81), one line per test dated the collection date, every line supported by
 * every diagnosis of the order (no pointers: the order does not tie diagnoses to tests), the
 * first diagnosis first-listed, the ordering practitioner as the referring provider (837P loop
 * 2310A, which carries the ordering provider of clinical lab services), the coverage as the
 * claim filing indicator (SBR09: MB Medicare Part B, MC Medicaid, CI commercial). Charges are 0:
 * no rule the order runs reads them. Earlier orders become the patient's service history.
 */
import type { Claim, IsoDate, Modifier, PosCode, Provider } from '@medcode/domain';
import type { PriorService } from '@medcode/rules';
import type { CoverageKind, LabOrder } from './order.ts';

const FILING: Record<CoverageKind, string> = { medicare: 'MB', medicaid: 'MC', commercial: 'CI' };

export function orderAsClaim(order: LabOrder, on: IsoDate): Claim {
  const person = {
    name: order.patient.name ?? { last: 'UNKNOWN' },
    ...(order.patient.birthDate !== undefined ? { birthDate: order.patient.birthDate } : {}),
    ...(order.patient.sex !== undefined ? { sex: order.patient.sex } : {}),
  };
  const providers: Provider[] = [];
  if (order.orderingProvider.npi !== undefined)
    providers.push({
      role: 'referring',
      entity: 'person',
      name: order.orderingProvider.name ?? { last: 'ORDERING PROVIDER' },
      npi: order.orderingProvider.npi,
    });
  return {
    kind: 'professional',
    id: order.id,
    totalCharge: 0 as Claim['totalCharge'],
    placeOfService: '81' as PosCode,
    frequencyCode: '1',
    patient: person,
    patientRelationship: '18',
    subscriber: {
      person,
      memberId: order.coverage.memberId ?? '',
      payerResponsibility: 'P',
      relationship: '18',
      claimFilingIndicator: FILING[order.coverage.kind],
      payer: { name: order.coverage.payerName ?? order.coverage.kind, id: order.coverage.payerPack ?? '' },
    },
    otherSubscribers: [],
    providers,
    diagnoses: order.diagnoses.map((code, k) => ({ code, kind: k === 0 ? 'principal' : 'other' })),
    inpatientProcedures: [],
    institutionalCodes: [],
    lines: order.tests.map((t, i) => ({
      lineNumber: i + 1,
      procedure: t.code,
      modifiers: [] as Modifier[],
      units: t.units,
      unitKind: 'UN',
      charge: 0 as Claim['totalCharge'],
      diagnosisPointers: [],
      serviceDate: on,
      providers: [],
      priorAdjudications: [],
    })),
  };
}

export const orderHistory = (order: LabOrder): PriorService[] =>
  (order.priorOrders ?? []).flatMap((p) =>
    p.tests.map((procedure) => ({
      procedure,
      date: p.date,
      ...(p.orderId !== undefined ? { claimId: p.orderId } : {}),
    })),
  );
