/**
 * A dependence the patient lives with is its status, against the real books (MEDCODE_TEST_HOME).
 * Index: "Status (post), dialysis Z99.2"; tabular Z99.2 "Dependence on renal dialysis", which
 * includes hemodialysis status and peritoneal dialysis status; N18.6 "End stage renal disease":
 * "Use additional code to identify dialysis status (Z99.2)". A procedure named alone is a status
 * only when the note places it in the past or, for these dependences, says the patient is on it
 * (I.C.21.c.3: status codes indicate that a patient is dependent on a device or machine).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('on dialysis', () => {
  it('a patient on dialysis depends on it: Z99.2 beside the kidney disease', () => {
    expect(claim('End-stage renal disease on chronic hemodialysis.')).toEqual(['N18.6', 'Z99.2']);
    expect(claim('She is on peritoneal dialysis.')).toEqual(['Z99.2']);
  });

  it("dialysis begun, advised or a relative's is no status of the patient", () => {
    expect(claim('He was started on dialysis today.')).toEqual([]);
    expect(claim('She was advised to go on dialysis.')).toEqual([]);
    expect(claim('His mother and father were both on dialysis.')).toEqual([]);
    expect(claim('Hemodialysis three times a week.')).toEqual([]);
  });
});
