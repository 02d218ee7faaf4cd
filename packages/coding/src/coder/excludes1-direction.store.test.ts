/**
 * Excludes1 read for its direction, claim profile, against the real books (MEDCODE_TEST_HOME).
 * I.A.12.a: an Excludes1 note means "the two conditions cannot occur together"; the note on one
 * code names where the condition it describes is classified instead, so that code is kept
 * (coder/relations.ts), unless the conditions are unrelated (the exception of I.A.12.a).
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('the code the Excludes1 note names wins', () => {
  it('R55 Syncope, Excludes1: orthostatic hypotension (I95.1)', () => {
    expect(claim('Syncope. Postural hypotension.')).toEqual(['I95.1']);
    const r = codeNote('Syncope. Postural hypotension.', k, options);
    expect(r.notCoded.find((n) => n.code === 'R55')?.reason).toBe('excludes1');
  });

  it('R52 Pain, unspecified, Excludes1: headache (R51.9)', () => {
    expect(claim('Pain. Headaches.')).toEqual(['R51.9']);
  });

  it('R50.9 Excludes1 "chills without fever (R68.83)": with the fever said, R50.9', () => {
    expect(claim('Chills and fever.')).toEqual(['R50.9']);
  });

  it('not for the unspecified form the loser says in full: H90.2 Excludes1 "hearing loss NOS"', () => {
    expect(claim('Conductive hearing loss. Hearing loss.')).toEqual(['H90.2']);
  });

  it('not for an unrelated condition: R22.2 Excludes1 "intrathoracic mass", a lung infiltrate', () => {
    // No direction: the better-supported reading stays (a mass said three times), not the one
    // the note names (R91.8, by "abnormal findings on diagnostic imaging (R90-R93)").
    expect(
      claim(
        'Chest wall mass. The chest wall mass is tender. The chest wall mass has grown. Infiltrates in the right lung.',
      ),
    ).toEqual(['R22.2']);
  });
});

describe('as well supported and as specific, the code the note names as excluded', () => {
  it('R65.1 SIRS of non-infectious origin, Excludes1: severe sepsis (R65.2)', () => {
    // Index: "Syndrome, systemic inflammatory response (SIRS), of non-infectious origin R65.10";
    // "Shock, septic R65.21". Both read with the same support; the note on R65.1 sends it to R65.2.
    const r = codeNote('Systemic inflammatory response syndrome, with septic shock.', k, options);
    expect(r.suggestions.map((s) => s.code)).toEqual(['R65.21']);
    expect(r.notCoded.find((n) => n.code === 'R65.10')?.reason).toBe('excludes1');
  });
});

describe('the combination the note names for both', () => {
  it('I20 Excludes1 "angina pectoris with atherosclerotic heart disease ... (I25.1-)": I25.110', () => {
    // I25.10 is "... without angina pectoris"; I25.110 "... with unstable angina pectoris".
    expect(claim('Coronary artery disease. Unstable angina.')).toEqual(['I25.110']);
    expect(claim('Coronary artery disease. Angina.')).toEqual(['I25.119']);
  });
});

describe('a heart rate that is how the rhythm disorder is found (I.B.5)', () => {
  it('bradycardia beside sick sinus syndrome is not coded', () => {
    expect(claim('Sick sinus syndrome with bradycardia.')).toEqual(['I49.5']);
  });
});
