/**
 * @module out/claim-payment
 * An adjudicated claim as the 835's 2100 loop (CLP and its service lines), and the reversal of
 * an earlier payment (CLP02 = 22, every amount negated: a replacement or void takes back what
 * the claim was paid before, 005010X221A1 section 1.10.2.8 "Reversals and Corrections").
 * Negating keeps every balancing rule true.
 */
import {
  type Adjustment,
  type Cents,
  type Claim,
  type ClaimPayment,
  findProvider,
  type ServicePayment,
} from '@medcode/domain';
import type { ClaimResult } from '../adjudicate/types.ts';

const sum = (xs: readonly number[]): Cents => xs.reduce((a, b) => a + b, 0) as Cents;

/** CLP08: the place of service (837P) or the type of bill's first two digits (837I). */
function facilityType(claim: Claim): string | undefined {
  if (claim.kind === 'institutional') return claim.typeOfBill?.slice(0, 2);
  return claim.placeOfService;
}

export function claimPayment(
  result: ClaimResult,
  claim: Claim,
  filingIndicator: string,
  payerClaimId: string,
): ClaimPayment {
  const services: ServicePayment[] = result.lines
    .filter((l) => l.status !== 'pended')
    .map((l) => {
      const line = claim.lines.find((x) => x.lineNumber === l.lineNumber)!;
      const s: ServicePayment = {
        modifiers: line.modifiers,
        billed: l.billed,
        paid: l.paid,
        units: l.units,
        serviceDate: l.serviceDate,
        adjustments: l.adjustments,
        remarks: l.remarks,
      };
      if (line.procedure !== undefined) s.procedure = line.procedure;
      if (line.revenueCode !== undefined) s.revenueCode = line.revenueCode;
      if (line.serviceDateTo !== undefined && line.serviceDateTo !== line.serviceDate)
        s.serviceDateTo = line.serviceDateTo;
      if (line.controlNumber !== undefined) s.controlNumber = line.controlNumber;
      if (l.status !== 'denied') s.allowed = l.allowed;
      return s;
    });
  const rendering = findProvider(claim, 'rendering');
  const patient = claim.patient.name;
  const payment: ClaimPayment = {
    claimId: claim.id,
    status: result.claimStatusCode,
    billed: claim.totalCharge,
    paid: result.paid,
    patientResponsibility: result.patientResponsibility,
    filingIndicator,
    payerClaimControlNumber: payerClaimId,
    frequencyCode: claim.frequencyCode,
    adjustments: result.claimAdjustments,
    patient: {
      name: patient,
      ...(claim.patientRelationship === '18' ? { idQualifier: 'MI', id: claim.subscriber.memberId } : {}),
    },
    remarks: [],
    services,
  };
  const ft = facilityType(claim);
  if (ft !== undefined) payment.facilityType = ft;
  if (claim.drg !== undefined) payment.drg = claim.drg;
  if (claim.patientRelationship !== '18')
    payment.insured = {
      name: claim.subscriber.person.name,
      idQualifier: 'MI',
      id: claim.subscriber.memberId,
    };
  if (rendering)
    payment.renderingProvider = {
      name: rendering.name,
      entity: rendering.entity,
      ...(rendering.npi !== undefined ? { npi: rendering.npi } : {}),
    };
  if (claim.statement !== undefined) payment.statement = claim.statement;
  payment.received = result.received;
  return payment;
}

const negate = (c: Cents): Cents => (c === 0 ? c : -c) as Cents;
const negAdj = (a: readonly Adjustment[]): Adjustment[] => a.map((x) => ({ ...x, amount: negate(x.amount) }));

/** The reversal of an earlier payment: status 22, every amount negated. */
export function reversalOf(p: ClaimPayment): ClaimPayment {
  const r: ClaimPayment = {
    ...p,
    status: '22',
    billed: negate(p.billed),
    paid: negate(p.paid),
    adjustments: negAdj(p.adjustments),
    services: p.services.map((s) => {
      const out: ServicePayment = {
        ...s,
        billed: negate(s.billed),
        paid: negate(s.paid),
        adjustments: negAdj(s.adjustments),
      };
      if (s.allowed !== undefined) out.allowed = negate(s.allowed);
      return out;
    }),
  };
  if (p.patientResponsibility !== undefined) r.patientResponsibility = negate(p.patientResponsibility);
  return r;
}

export const patientShare = (adjustments: readonly Adjustment[]): Cents =>
  sum(adjustments.filter((a) => a.group === 'PR').map((a) => a.amount));
