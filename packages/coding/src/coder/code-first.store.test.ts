/**
 * A combination code whose tabular entry says "code first" the underlying condition keeps that
 * condition's code, against the real books (MEDCODE_TEST_HOME, see coder.store.test.ts).
 * D63.1 "Anemia in chronic kidney disease": "Code first underlying chronic kidney disease (CKD)
 * (N18.-)"; Guidelines I.A.13, etiology/manifestation: the underlying condition is sequenced first.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();

describe('"code first" keeps the underlying condition beside the combination code', () => {
  it.each(['claim', 'mentions'] as const)('%s profile', (profile) => {
    const r = codeNote('Anemia in chronic kidney disease, stage 3.', k, { setting: 'outpatient', profile });
    const codes = r.suggestions.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['D63.1', 'N18.30']));
    expect(codes.indexOf('N18.30')).toBeLessThan(codes.indexOf('D63.1'));
    expect(r.notCoded.some((n) => n.reason === 'combined' && n.code === 'N18.30')).toBe(false);
  });
});
