/**
 * @module write/items
 * Service lines (837 loop 2400) as Claim.item: productOrService in CPT or HCPCS by the code's
 * form, revenue code, modifiers, quantity with the X12 unit, net charge, diagnosis pointers as
 * diagnosisSequence, dates, place of service, the drug (2410) as a detail, and the X12 values
 * R4 has no element for as Medcode extensions.
 */
import type { Adjustment, Claim, LineAdjudication, ServiceLine } from '@medcode/domain';
import { isCptFormat } from '@medcode/domain';
import type { ClaimItem, Extension } from '@medplum/fhirtypes';
import { EXT, SYS } from '../systems.ts';
import { coding, concept, ext, money, opt, optList, x12Quantity } from './elements.ts';

export const procedureSystem = (code: Parameters<typeof isCptFormat>[0]): string =>
  isCptFormat(code) ? SYS.cpt : SYS.hcpcs;

/** Numeric modifiers are CPT's (25, 59); letters are HCPCS Level II (LT, GA, XS). */
export const modifierSystem = (m: string): string => (/^\d{2}$/.test(m) ? SYS.cpt : SYS.hcpcs);

export function adjustmentExtension(a: Adjustment): Extension {
  return ext.complex('adjustment', [
    ext.code('group', a.group),
    ext.code('reason', a.reason),
    ext.money('amount', a.amount),
    ...(a.quantity === undefined ? [] : [ext.decimal('quantity', a.quantity)]),
  ]);
}

function priorAdjudication(a: LineAdjudication): Extension {
  return ext.complex(EXT.linePriorAdjudication, [
    ext.string('payerId', a.payerId),
    ext.money('paid', a.paid),
    ...(a.procedure === undefined
      ? []
      : [{ url: 'procedure', valueCoding: coding(procedureSystem(a.procedure), a.procedure) }]),
    ...a.modifiers.map((m) => ({ url: 'modifier', valueCoding: coding(modifierSystem(m), m) })),
    ext.decimal('units', a.units),
    ...a.adjustments.map(adjustmentExtension),
    ...(a.adjudicatedOn === undefined ? [] : [ext.date('adjudicatedOn', a.adjudicatedOn)]),
  ]);
}

function lineExtensions(line: ServiceLine): Extension[] {
  const out: Extension[] = [];
  if (line.emergency !== undefined) out.push(ext.boolean(EXT.emergency, line.emergency));
  if (line.controlNumber !== undefined) out.push(ext.string(EXT.controlNumber, line.controlNumber));
  if (line.nonCoveredCharge !== undefined) out.push(ext.money(EXT.nonCovered, line.nonCoveredCharge));
  out.push(...line.priorAdjudications.map(priorAdjudication));
  return out;
}

function productOrService(line: ServiceLine) {
  const text = opt('text', line.description);
  if (line.procedure !== undefined)
    return { coding: [coding(procedureSystem(line.procedure), line.procedure)], ...text };
  // R4 requires productOrService; a line billed by revenue code alone has none (CARIN writes the same).
  return { coding: [coding(SYS.dataAbsent, 'not-applicable')], ...text };
}

/** unitPrice only when the charge divides evenly into whole units: FHIR net = quantity × unitPrice. */
function unitPrice(line: ServiceLine) {
  if (!Number.isInteger(line.units) || line.units <= 0 || line.charge % line.units !== 0) return undefined;
  return money((line.charge / line.units) as typeof line.charge);
}

export function claimItem(claim: Claim, line: ServiceLine, careTeamSequences: number[]): ClaimItem {
  const pos = line.placeOfService ?? claim.placeOfService;
  return {
    sequence: line.lineNumber,
    ...optList('extension', lineExtensions(line)),
    ...optList('careTeamSequence', careTeamSequences),
    ...optList('diagnosisSequence', line.diagnosisPointers),
    ...opt(
      'revenue',
      line.revenueCode === undefined ? undefined : concept(coding(SYS.revenue, line.revenueCode)),
    ),
    productOrService: productOrService(line),
    ...optList(
      'modifier',
      line.modifiers.map((m) => concept(coding(modifierSystem(m), m))),
    ),
    ...(line.serviceDateTo === undefined
      ? { servicedDate: line.serviceDate }
      : { servicedPeriod: { start: line.serviceDate, end: line.serviceDateTo } }),
    ...opt(
      'locationCodeableConcept',
      pos === undefined
        ? undefined
        : {
            // The claim's place repeated on a line that stated none (SV105 absent) is marked as such.
            ...(line.placeOfService === undefined
              ? { extension: [ext.boolean(EXT.placeFromClaim, true)] }
              : {}),
            ...concept(coding(SYS.pos, pos)),
          },
    ),
    quantity: x12Quantity(line.units, line.unitKind),
    ...opt('unitPrice', unitPrice(line)),
    net: money(line.charge),
    ...opt(
      'detail',
      line.drug === undefined
        ? undefined
        : [
            {
              sequence: 1,
              ...opt(
                'extension',
                line.drug.prescriptionNumber === undefined
                  ? undefined
                  : [ext.string(EXT.prescription, line.drug.prescriptionNumber)],
              ),
              productOrService: concept(coding(SYS.ndc, line.drug.ndc)),
              quantity: x12Quantity(line.drug.quantity, line.drug.unit),
            },
          ],
    ),
  };
}
