import { describe, expect, it } from 'vitest';
import { testClaim } from '../test-support/claims.ts';
import { codingRequest, yearsOld } from './coding-request.ts';

describe('what the workbench tells the coding assistant', () => {
  it("sends the patient's registered sex and age on the date of service", () => {
    const claim = testClaim();
    claim.patient = { ...claim.patient, sex: 'F', birthDate: '1954-02-03' };
    expect(codingRequest(claim, '2025-02-02')).toEqual({
      setting: 'outpatient',
      on: '2025-02-02',
      sex: 'F',
      age: 70,
    });
    // The birthday itself: a year older.
    expect(codingRequest(claim, '2025-02-03').age).toBe(71);
  });

  it('leaves out what the claim does not say, or says as unknown', () => {
    const claim = testClaim();
    claim.patient = { name: claim.patient.name, sex: 'U' };
    expect(codingRequest(claim, null)).toEqual({ setting: 'outpatient' });
    // A birth date after the date of service is no age.
    expect(yearsOld('2030-01-01', '2025-01-01')).toBeUndefined();
  });

  it('is inpatient for a hospital inpatient bill (type of bill 11x) only', () => {
    const claim = testClaim();
    expect(codingRequest({ ...claim, kind: 'institutional', typeOfBill: '111' }, null).setting).toBe(
      'inpatient',
    );
    expect(codingRequest({ ...claim, kind: 'institutional', typeOfBill: '131' }, null).setting).toBe(
      'outpatient',
    );
  });
});
