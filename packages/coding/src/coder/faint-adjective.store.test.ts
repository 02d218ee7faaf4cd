/**
 * "Faint" as an adjective of degree is no syncope, claim profile, against the real books
 * (MEDCODE_TEST_HOME). Guidelines I.A: the alphabetic index is entered by the condition the
 * documentation states; "Fainting (fit) R55" is the patient fainting or feeling faint, and "a
 * faint scar" or "faint breath sounds" states no such thing (lexicon/main-terms.ts).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('"faint" is fainting only as the symptom', () => {
  it('before a noun or after "very" it says dim', () => {
    expect(claim('There is faint opacification of the left upper lung.')).not.toContain('R55');
    expect(claim('Faint subcutaneous lesions in both shins.')).not.toContain('R55');
    expect(claim('The rash is very faint on the lower back.')).not.toContain('R55');
    expect(claim('Faint, pink-white, flat scars.')).not.toContain('R55');
  });

  it('felt, feeling or becoming faint, a faint spell, or faint alone is R55', () => {
    expect(claim('Nausea and feeling faint.')).toContain('R55');
    expect(claim('He passed out after becoming faint.')).toContain('R55');
    expect(claim('She had two faint spells.')).toContain('R55');
    expect(claim('Chief complaint: faint.')).toContain('R55');
  });
});
