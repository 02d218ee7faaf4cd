/**
 * A condition's words that name a test, a treatment or a device (context/name-heads.ts), against
 * the real books (MEDCODE_TEST_HOME, see coder.store.test.ts). The index is entered by the
 * condition the documentation states (Guidelines I.A); "stress test" states no stress, "diabetic
 * diet" no diabetes, "DVT prophylaxis" no thrombosis, and a test for HIV is no confirmed case
 * (I.C.1.a.1: "Code only confirmed cases of HIV infection/illness").
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };

describe('the name of a test, a treatment or a device is no condition', () => {
  it.each([
    ['Plan: echocardiogram, stress test.', 'F43.9'],
    ['Diabetic diet. Ambulate as tolerated.', 'E11.9'],
    ['Resume home meds, DVT prophylaxis and aspirin.', 'I82.409'],
    ['Laboratory data includes an arthritis panel.', 'M19.90'],
    ['Check an ANCA hepatitis profile and complement levels.', 'K75.9'],
    ['A drain was placed through an additional right flank stab incision.', 'S31.119A'],
    ['She was given a prescription for pain medications.', 'R52'],
    ['An HIV test was sent.', 'B20'],
    ['Peak stress echo imaging shows an ejection fraction of 75%.', 'F43.9'],
    ['CT scan with pulmonary embolism protocol was obtained.', 'I26.99'],
  ])('%s', (note, code) => {
    const r = codeNote(note, k, claim);
    expect(r.suggestions.map((s) => s.code)).not.toContain(code);
    expect(r.notCoded.find((n) => n.code === code)?.reason).toBe('modifier');
  });

  it('the condition itself is still coded, and a named site does not count', () => {
    expect(codeNote('She has diabetes.', k, claim).suggestions.map((s) => s.code)).toEqual(['E11.9']);
    const r = codeNote('Edema of the lower limbs examination was positive.', k, claim);
    expect(r.notCoded.some((n) => n.reason === 'modifier')).toBe(false);
  });
});

/**
 * An adjective form of a main term before another condition's noun (Guidelines I.A: the main
 * term is the condition, its adjectives subterms): the claim codes the noun's condition; the
 * mentions profile lists both, as corpora such as CodiEsp do.
 */
describe('an adjective of another condition is read with it', () => {
  const note = 'There is an area of faint erythema on the left posterior shoulder.';
  it('claim: the erythema, not a fainting', () => {
    const r = codeNote(note, k, claim);
    expect(r.suggestions.map((s) => s.code)).toEqual(['L53.9']);
    expect(r.notCoded.find((n) => n.code === 'R55')?.reason).toBe('modifier');
  });
  it('mentions: both words listed', () => {
    const r = codeNote(note, k, { setting: 'outpatient', profile: 'mentions' });
    expect(r.suggestions.map((s) => s.code)).toEqual(expect.arrayContaining(['L53.9', 'R55']));
  });
});

describe('a supply named by what it does', () => {
  it('an adhesive bandage is no adhesion; adhesions found at operation are', () => {
    const r = codeNote('Keep the area covered with an adhesive bandage until completely healed.', k, claim);
    expect(r.suggestions.map((s) => s.code)).not.toContain('K66.0');
    expect(r.notCoded.find((n) => n.code === 'K66.0')?.reason).toBe('modifier');
    expect(
      codeNote('POSTOPERATIVE DIAGNOSIS: Pelvic adhesions.', k, claim).suggestions.map((s) => s.code),
    ).toContain('K66.0');
  });
});
