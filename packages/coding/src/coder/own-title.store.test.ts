/**
 * A word that is the title of a main term of its own reads that term, not another term it is an
 * inflection of; against the real books (MEDCODE_TEST_HOME, see coder.store.test.ts). Index:
 * "Burning, sensation R20.8; feet syndrome E53.9; tongue K14.6" and "Burn (electricity) (flame)
 * ... T30.0": the coder looks up the main term as written (Guidelines I.A, Index first).
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const inpatient: CodingOptions = { setting: 'inpatient', profile: 'mentions' };
const codes = suggestedCodes(k, inpatient);

describe('"burning" is Burning, not Burn', () => {
  it('reads its own main term', () => {
    expect(codes('Burning sensation in both hands.')).toEqual(['R20.8']);
    expect(codes('He complained of burning on urination.')).not.toContain('T30.0');
  });

  it('the forms of Burn still read Burn', () => {
    expect(codes('He suffered a burn.')).toEqual(['T30.0']);
  });
});
