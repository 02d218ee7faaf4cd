/**
 * What a consent discussion lists may happen, against the real books (MEDCODE_TEST_HOME).
 * Guidelines IV.A/IV.C: code what the encounter documents the patient has. "Risks and
 * complications of bleeding, infection, hoarseness" told before a procedure are possibilities,
 * none of them documented as the patient's condition; a complication that happened is.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;

describe('consent risks', () => {
  it('the risks and complications explained are hypothetical, each item of the list', () => {
    const r = codeNote(
      'Nature of the proposed procedure including risks and complications of bleeding, infection, voice changes and hoarseness was explained.',
      k,
      options,
    );
    expect(r.suggestions).toEqual([]);
    const hypothetical = r.notCoded.filter((n) => n.reason === 'hypothetical').map((n) => n.code);
    expect(hypothetical).toEqual(expect.arrayContaining(['R58', 'B99.9', 'R49.0']));
  });

  it('"including risks of" reaches the list too', () => {
    const r = codeNote(
      'The procedure was described including risks of infection, bleeding and perforation.',
      k,
      options,
    );
    expect(r.suggestions.map((s) => s.code)).not.toContain('B99.9');
  });

  it.each([
    [
      'We went over the risks of bleeding, infection, damage to nerves and blood vessels, rerupture of the tendon, weakness and the need for future surgery.',
      ['R58', 'B99.9', 'R53.1'],
    ],
    [
      'He accepts the risks to include bleeding requiring transfusion, infection, sepsis, incontinence, impotence, heart attack, stroke.',
      ['R58', 'A41.9', 'R32', 'N52.9', 'I63.9'],
    ],
    [
      'We discussed the surgery, including the risks such as infection, bleeding, scarring, hernia, or bulging of the donor site.',
      ['B99.9', 'L90.5', 'K46.9'],
    ],
    [
      'I explained the risks and potential complications of laparoscopic cholecystectomy to her in detail including bleeding, infection, deep venous thrombosis, pulmonary embolism.',
      ['R58', 'B99.9', 'I82.409', 'I26.99'],
    ],
  ])('a consent list said another way is hypothetical, each item: %s', (text, hypothetical) => {
    const r = codeNote(text, k, options);
    expect(r.suggestions).toEqual([]);
    expect(r.notCoded.filter((n) => n.reason === 'hypothetical').map((n) => n.code)).toEqual(
      expect.arrayContaining(hypothetical),
    );
  });

  it.each([
    'Risks and benefits of the surgery including bleeding, infection, neurologic deficit were discussed.',
    'The risks are infection, hemorrhage, and meatal stenosis.',
    'Risk of anesthesia, bleeding, infection, pain, DVT, urethral stricture and dysuria.',
    'Bleeding can be superficial, but can compromise the airway.',
  ])('other consent wordings list what may happen: %s', (text) => {
    expect(codeNote(text, k, options).suggestions).toEqual([]);
  });

  it('risk factors the patient has are no list of risks', () => {
    const codes = codeNote(
      'She has risk factors such as hypertension and obesity.',
      k,
      options,
    ).suggestions.map((s) => s.code);
    expect(codes).toContain('I10');
  });

  it('hoarseness the patient has is coded', () => {
    expect(
      codeNote('He complains of hoarseness for two months.', k, options).suggestions.map((s) => s.code),
    ).toContain('R49.0');
  });
});
