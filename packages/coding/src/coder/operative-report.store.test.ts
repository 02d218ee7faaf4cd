/**
 * An operative report is coded from the diagnoses it states, against the real books
 * (MEDCODE_TEST_HOME, see coder.store.test.ts). Guidelines IV.N, ambulatory surgery: code the
 * diagnosis for which the surgery was performed; the postoperative diagnosis when it differs, as
 * the most definitive. The description of the operation names its steps ("exsanguinate",
 * "flush", "bleeding was minimal"), not the patient's conditions.
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };

const report = [
  'PREOPERATIVE DIAGNOSIS: Osteomyelitis, left hallux.',
  'POSTOPERATIVE DIAGNOSIS: Osteomyelitis, left hallux.',
  'PROCEDURE IN DETAIL: An Esmarch bandage was used to exsanguinate the foot.',
  'A heavy amount of bleeding was encountered. The pulse lavage was used to flush the wound.',
].join('\n');

describe('operative report: the stated diagnoses, not the description of the operation (IV.N)', () => {
  it('codes the postoperative diagnosis and none of the steps', () => {
    const r = codeNote(report, k, claim);
    expect(r.suggestions.map((s) => s.code.slice(0, 3))).toEqual(['M86']);
    const steps = r.notCoded.filter((n) => n.reason === 'procedure-description');
    // "Flush the wound" is read as no flushing at all (lexicon/sentence-senses.ts).
    expect(steps.map((n) => n.code)).toContain('R58');
    expect(r.notCoded.map((n) => n.code)).not.toContain('R23.2');
    expect(steps.every((n) => n.guidelines.includes('IV.N'))).toBe(true);
  });

  it('a note without operative diagnoses is read whole', () => {
    const r = codeNote('PROCEDURE: A large lipoma was found and excised.', k, claim);
    expect(r.suggestions.map((s) => s.code)).toEqual(['D17.9']);
  });

  it('bleeding in the description of a procedure is the operation’s own, stated diagnoses or not (I.B.16)', () => {
    const r = codeNote('PROCEDURE: Several bleeding sites were coagulated with electrocautery.', k, claim);
    expect(r.suggestions).toEqual([]);
    expect(r.notCoded.find((n) => n.code === 'R58')?.guidelines).toEqual(['I.B.16']);
    // A limb emptied of blood for a tourniquet is no bleeding at all (lexicon/sentence-senses.ts).
    const limb = codeNote('PROCEDURE: The arm was exsanguinated with an Esmarch.', k, claim);
    expect([...limb.suggestions, ...limb.notCoded].map((n) => n.code)).not.toContain('R58');
  });

  it('a blood loss measured, under any heading, is the operation’s own (I.B.16)', () => {
    for (const text of [
      'ESTIMATED BLOOD LOSS: Minimal.',
      'The episiotomy was repaired. Blood loss was about 400 mL.',
    ])
      expect(codeNote(text, k, claim).suggestions.map((s) => s.code)).not.toContain('R58');
    expect(codeNote('ASSESSMENT: Acute blood loss anemia.', k, claim).suggestions.map((s) => s.code)).toEqual(
      ['D62'],
    );
  });

  it('bleeding as a step or the course of the operation, under any heading, is its own (I.B.16)', () => {
    for (const text of [
      'The wound was irrigated. Bleeding points were easily controlled using electrocautery.',
      'Care was taken to identify bleeders and cautery was used as necessary for hemostasis.',
      'The endplate was prepared down to good bleeding bone.',
      'Bleeding was trivial.',
      'The infant tolerated the procedure well with a minimum amount of blood loss.',
      'The foot was elevated and an Esmarch bandage applied to exsanguinate the foot.',
      'Bleeding was controlled with bipolar electrocautery and Surgiflo.',
      'There was very little bleeding with this procedure.',
      'The placenta separated with some bleeding seen and was expressed intact.',
    ])
      expect(
        codeNote(text, k, claim).suggestions.map((s) => s.code),
        text,
      ).not.toContain('R58');
    expect(
      codeNote('She started bleeding from the G-tube site.', k, claim).suggestions.map((s) => s.code),
    ).toContain('R58');
    // Bleeding stopped by treating the patient's blood (factor replacement) is the patient's.
    expect(
      codeNote('Bleeding was controlled with factor replacement.', k, claim).suggestions.map((s) => s.code),
    ).toContain('R58');
  });

  it('the mentions profile lists what was said', () => {
    const r = codeNote(report, k, { setting: 'outpatient', profile: 'mentions' });
    expect(r.suggestions.map((s) => s.code)).toContain('R58');
  });
});
