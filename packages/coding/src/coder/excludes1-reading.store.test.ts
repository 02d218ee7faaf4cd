/**
 * Excludes1 between two readings of one condition, and doubt said between a condition's words,
 * claim profile, against the real books (MEDCODE_TEST_HOME, see coder.store.test.ts).
 * Guidelines I.C.4.a.2: "If the type of diabetes mellitus is not documented in the medical
 * record the default is E11.-": documented, the type applies to the complications said elsewhere
 * in the note. IV.H: an outpatient "probable" diagnosis is not coded; the sign is.
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { SUGGESTED_FROM } from './confidence.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };

describe('the documented type of diabetes, not the default (I.C.4.a.2)', () => {
  it('E10.40 over E11.40, as sure as the better of the two readings', () => {
    const note =
      'CHIEF COMPLAINT: Followup diabetes mellitus, type 1.\nSUBJECTIVE: He has significant diabetic neuropathy.';
    const r = codeNote(note, k, claim);
    const e10 = r.suggestions.find((s) => s.code === 'E10.40');
    expect(e10).toBeDefined();
    expect(r.suggestions.map((s) => s.code)).not.toContain('E11.40');
    const e11 = r.notCoded.find((n) => n.code === 'E11.40');
    expect(e11?.reason).toBe('excludes1');
    expect(e10?.confidence).toBeGreaterThanOrEqual(SUGGESTED_FROM);
  });

  it('without a type, the default stands', () => {
    const r = codeNote('He has significant diabetic neuropathy.', k, claim);
    expect(r.suggestions.map((s) => s.code)).toEqual(['E11.40']);
  });
});

describe('doubt between the words of a reading (IV.H)', () => {
  it('"tremor probably represents a Parkinson\'s": the tremor, not parkinsonism', () => {
    const r = codeNote("The tremor probably represents a Parkinson's tremor.", k, claim);
    const codes = r.suggestions.map((s) => s.code);
    expect(codes).not.toContain('G20.C');
    expect(r.notCoded.find((n) => n.code === 'G20.C')?.reason).toBe('uncertain');
  });
});
