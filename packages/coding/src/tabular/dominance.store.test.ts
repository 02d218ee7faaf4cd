/**
 * Dominant or nondominant side, against the real books (MEDCODE_TEST_HOME). Guidelines I.C.6.a:
 * codes from G81 and G83.1-G83.3 "identify whether the dominant or nondominant side is affected.
 * Should the affected side be documented, but not specified as dominant or nondominant, and the
 * classification system does not indicate a default, code selection is as follows: For
 * ambidextrous patients, the default should be dominant. If the left side is affected, the
 * default is non-dominant. If the right side is affected, the default is dominant."
 * Tabular: G81.91 right dominant side, G81.92 left dominant side, G81.94 left nondominant side;
 * G83.14 monoplegia of lower limb affecting left nondominant side, G83.21 upper limb right dominant.
 */
import { describe, expect, it } from 'vitest';
import { suggestedCodes, installedKnowledge } from '../coder/installed.test-support.ts';

const codes = suggestedCodes(installedKnowledge(), { setting: 'inpatient', profile: 'mentions' });

describe('the side affected chooses dominant or nondominant by default (I.C.6.a)', () => {
  it.each([
    ['He has left hemiparesis.', 'G81.94'],
    ['Right hemiplegia.', 'G81.91'],
    ['Monoplegia of the left lower limb.', 'G83.14'],
    ['Monoplegia of the right upper limb.', 'G83.21'],
    // Ambidextrous: dominant, whichever side.
    ['Left hemiparesis in an ambidextrous man.', 'G81.92'],
  ])('%s → %s', (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it('the hand the note names says which side is dominant; a side named dominant is read as written', () => {
    // Right-handed: the left side is the nondominant one (no default needed).
    expect(codes('Left hemiplegia in a right-handed patient.')).toContain('G81.94');
    expect(codes('Left hemiplegia in a left-handed patient.')).toContain('G81.92');
    expect(codes('Left dominant hemiparesis.')).toContain('G81.92');
  });

  it('no side, no dominance: the unspecified side', () => {
    expect(codes('Hemiplegia.')).toEqual(['G81.90']);
  });
});
