/**
 * @module testing/fixture-claim
 * A hand-made professional claim with eight service lines (two 1500 pages), for tests only.
 */
import type {
  Cents,
  Claim,
  HcpcsCode,
  Icd10CmCode,
  IsoDate,
  Modifier,
  NdcCode,
  Npi,
  PosCode,
  TaxId,
} from '@medcode/domain';

const d = (s: string) => s as IsoDate;
const c = (n: number) => n as Cents;

export function fixtureClaim(lines = 8): Claim {
  const patient = {
    name: { last: 'DOE', first: 'JANE', middle: 'QUINN' },
    birthDate: d('1961-04-12'),
    sex: 'F' as const,
    address: { line1: '12 ELM ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' },
  };
  const codes = ['99214', '36415', '80053', '83036', '82043', '81003', 'J1885', '96372', '93000', '71046'];
  const charges = [17500, 1500, 4200, 3300, 2100, 900, 1250, 2500, 5400, 9800];
  return {
    kind: 'professional',
    id: 'PCN-1001',
    totalCharge: c(charges.slice(0, lines).reduce((a, b) => a + b, 0)),
    placeOfService: '11' as PosCode,
    frequencyCode: '1',
    assignment: 'A',
    benefitsAssigned: true,
    releaseOfInformation: 'Y',
    providerSignature: true,
    priorAuthorization: 'PA998877',
    onset: d('2024-02-20'),
    relatedCauses: ['AA'],
    patient,
    patientRelationship: '18',
    subscriber: {
      person: patient,
      memberId: 'W123456789',
      payerResponsibility: 'P',
      relationship: '18',
      groupNumber: 'GRP-42',
      groupName: 'ACME GOLD PPO',
      claimFilingIndicator: 'CI',
      payer: {
        name: 'ACME HEALTH PLAN',
        id: '60054',
        address: { line1: 'PO BOX 1000', city: 'HARTFORD', state: 'CT', postalCode: '06101' },
      },
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
        role: 'rendering',
        entity: 'person',
        name: { last: 'WELBY', first: 'MARCUS' },
        npi: '1245319599' as Npi,
      },
      {
        role: 'referring',
        entity: 'person',
        name: { last: 'SMITH', first: 'ALAN' },
        npi: '1003000126' as Npi,
      },
    ],
    diagnoses: [
      { code: 'E1122' as Icd10CmCode, kind: 'principal' },
      { code: 'N183' as Icd10CmCode, kind: 'other' },
      { code: 'I10' as Icd10CmCode, kind: 'other' },
    ],
    inpatientProcedures: [],
    institutionalCodes: [],
    lines: codes.slice(0, lines).map((code, i) => ({
      lineNumber: i + 1,
      procedure: code as HcpcsCode,
      modifiers: i === 0 ? ['25' as Modifier] : i === 7 ? ['59' as Modifier, 'RT' as Modifier] : [],
      units: i === 6 ? 2 : 1,
      unitKind: 'UN',
      charge: c(charges[i] ?? 0),
      diagnosisPointers: i === 0 ? [1, 2, 3] : [((i % 3) + 1) as number],
      serviceDate: d('2024-03-04'),
      ...(i === 6 ? { drug: { ndc: '00409123401' as NdcCode, quantity: 2, unit: 'UN' } } : {}),
      providers: [],
      priorAdjudications: [],
    })),
  };
}
