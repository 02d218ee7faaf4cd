/**
 * "See also" from a subterm into another subterm of the same main term, against the real books
 * (MEDCODE_TEST_HOME). Index: "Calculus, calculi, calculous, biliary — see also Calculus,
 * gallbladder"; "Palsy, Bell's — see also Palsy, facial" (G51.0); "Hypertrophy, hypertrophic,
 * ventricle, ventricular — see also Hypertrophy, cardiac" (I51.7); "History, family (of) — see
 * also History, personal (of)" and "History, personal (of) — see also History, family (of)".
 * Guidelines I.A.16: "see also" directs to another main term or subterm that may provide
 * additional entries.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });
const mentions = suggestedCodes(k, { setting: 'inpatient', profile: 'mentions' });

describe('a reference one way is where the index files the condition', () => {
  it('biliary calculus is filed under the gallbladder', () => {
    expect(claim('Biliary lithiasis.')).toEqual(['K80.20']);
  });

  it("Bell's palsy is a facial palsy, not a paralysis NOS", () => {
    expect(claim("Bell's palsy.")).toEqual(['G51.0']);
  });

  it('ventricular hypertrophy is cardiac hypertrophy', () => {
    expect(claim('Left ventricular hypertrophy.')).toEqual(['I51.7']);
  });
});

describe('references both ways are alternatives', () => {
  it('a family history is not made personal', () => {
    // "History, personal (of), pneumonia (recurrent) Z87.01" has no family subterm.
    const codes = mentions('Family history of pneumonia.');
    expect(codes.some((c) => c.startsWith('Z86') || c.startsWith('Z87'))).toBe(false);
  });
});
