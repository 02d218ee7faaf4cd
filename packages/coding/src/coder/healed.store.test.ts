/**
 * What has healed, claim profile, against the real books (MEDCODE_TEST_HOME, see
 * coder.store.test.ts). A healed condition is over: the index files a healed fracture under
 * "History, personal, fracture (healed), traumatic Z87.81", not as a current injury. A
 * well-healed surgical scar found on examination is the trace of a past operation that needs no
 * care (Guidelines IV.J: code the conditions that coexist and require or affect care). What is
 * healing, or healed only in part, is current.
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };
const mentions: CodingOptions = { setting: 'outpatient', profile: 'mentions' };
const codes = suggestedCodes(k, claim);
const listed = suggestedCodes(k, mentions);

describe('healed', () => {
  it('a well-healed scar on examination is not coded, and says why', () => {
    const r = codeNote('ABDOMEN: Soft, nontender, with a well-healed midline scar.', k, claim);
    expect(r.suggestions.map((s) => s.code)).not.toContain('L90.5');
    expect(r.notCoded).toContainEqual(expect.objectContaining({ code: 'L90.5', reason: 'historical' }));
    // The scar itself, with nothing said of its healing, is a finding the note names.
    expect(codes('ABDOMEN: Hypertrophic scar at the incision, tender and red.')).toContain('L91.0');
  });

  it('a healed fracture is past; the mentions profile still lists it', () => {
    const r = codeNote('X-rays show a healed fracture of the left radius.', k, claim);
    expect(r.suggestions).toEqual([]);
    expect(r.notCoded).toContainEqual(expect.objectContaining({ reason: 'historical' }));
    expect(listed('X-rays show a healed fracture of the left radius.')).toHaveLength(1);
  });

  it('healed in part, or not healed, is current', () => {
    expect(codes('There is a partially healed ulcer of the right heel.')).toContain('L97.419');
    expect(codes('The ulcer of the right heel has not healed.')).toContain('L97.419');
  });

  it('a healed tracheostomy site is a closed opening, no tracheostomy status', () => {
    expect(codes('A healed tracheostomy site is on the anterior neck.')).not.toContain('Z93.0');
  });
});
