/**
 * @module testing/fixture-claim
 * A hand-made professional claim for example-based tests (tests only).
 */
import type {
  Cents,
  Claim,
  HcpcsCode,
  Icd10CmCode,
  IsoDate,
  Modifier,
  Npi,
  PosCode,
  TaxId,
} from '@medcode/domain';

const d = (s: string) => s as IsoDate;

export function fixtureClaim(): Claim {
  const patient = {
    name: { last: 'DOE', first: 'JANE', middle: 'Q' },
    birthDate: d('1961-04-12'),
    sex: 'F' as const,
    address: { line1: '12 ELM ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' },
  };
  return {
    kind: 'professional',
    id: 'PCN-1001',
    totalCharge: 32500 as Cents,
    placeOfService: '11' as PosCode,
    frequencyCode: '1',
    priorAuthorization: 'PA998877',
    patient,
    patientRelationship: '18',
    subscriber: {
      person: patient,
      memberId: 'W123456789',
      payerResponsibility: 'P',
      relationship: '18',
      groupNumber: 'GRP-42',
      claimFilingIndicator: 'CI',
      payer: { name: 'ACME HEALTH PLAN', id: '60054' },
    },
    otherSubscribers: [],
    providers: [
      {
        role: 'billing',
        entity: 'organization',
        name: { last: 'SPRINGFIELD FAMILY PRACTICE' },
        npi: '1234567893' as Npi,
        taxId: '371234567' as TaxId,
        taxIdKind: 'EIN',
        taxonomy: '207Q00000X',
        address: { line1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' },
      },
      {
        role: 'referring',
        entity: 'person',
        name: { last: 'SMITH', first: 'ALAN' },
        npi: '1245319599' as Npi,
      },
    ],
    diagnoses: [
      { code: 'E1122' as Icd10CmCode, kind: 'principal' },
      { code: 'N183' as Icd10CmCode, kind: 'other' },
    ],
    inpatientProcedures: [],
    institutionalCodes: [],
    lines: [
      {
        lineNumber: 1,
        procedure: '99214' as HcpcsCode,
        modifiers: ['25' as Modifier],
        units: 1,
        unitKind: 'UN',
        charge: 17500 as Cents,
        diagnosisPointers: [1, 2],
        serviceDate: d('2024-03-04'),
        providers: [],
        priorAdjudications: [],
      },
      {
        lineNumber: 2,
        procedure: 'G0439' as HcpcsCode,
        modifiers: [],
        units: 2,
        unitKind: 'UN',
        charge: 15000 as Cents,
        diagnosisPointers: [1],
        placeOfService: '22' as PosCode,
        serviceDate: d('2024-03-04'),
        serviceDateTo: d('2024-03-05'),
        providers: [],
        priorAdjudications: [],
      },
    ],
  };
}
