/**
 * Words of shape, number or position read as congenital anomalies only when the note says they
 * are one, against the real books (MEDCODE_TEST_HOME). Index: "Arch, aortic Q25.49"; "Double,
 * ureter Q62.5"; "Transposition, nerve Q07.8"; "Curvature, penis Q55.61". Guidelines I.C.17:
 * congenital anomalies are coded when documented; in a note these words mostly name anatomy, a
 * device or a procedure.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('an anomaly read from a word of shape needs the anomaly said', () => {
  it.each([
    'The catheter was passed over the aortic arch.',
    'A double-J ureteral stent was placed.',
    'Ulnar nerve transposition was performed.',
    // "Retraction, sternum (congenital) Q76.7": here the surgeon's retraction.
    'Gentle probing medially revealed the end of the sternal retracted portion.',
  ])('%s → no Q code', (text) => {
    expect(claim(text).filter((c) => c.startsWith('Q'))).toEqual([]);
  });

  it('said as congenital, or from birth, it is coded', () => {
    expect(claim('Congenital right aortic arch.')).toEqual(['Q25.47']);
    expect(claim('Curvature of the penis, noted at birth.')).toEqual(['Q55.61']);
  });

  it('anomalies named by their own terms need no such word', () => {
    expect(claim('Ventricular septal defect.')).toEqual(['Q21.0']);
  });
});
