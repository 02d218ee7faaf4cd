/**
 * How an injury happened, from the Index to External Causes, against the real books
 * (MEDCODE_TEST_HOME). Index to External Causes: "Fall, falling (accidental) W19; from, off, out
 * of, ladder W11"; "Dog bite W54.0". Guidelines I.C.20.a.1: an external cause code goes with a
 * health condition due to an external cause, most often an injury; I.C.20.a.6: it is never
 * first-listed; I.C.20.a.2: with its 7th character (A, initial encounter).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('external causes of an injury', () => {
  it('the cause is read beside the injury and listed after it', () => {
    expect(claim('He fell from a ladder and fractured his right wrist.')).toEqual(['S62.101A', 'W11.XXXA']);
    expect(claim('Dog bite of the left hand.')).toEqual(['S61.452A', 'W54.0XXA']);
  });

  it('the cause takes the encounter of the injury (I.C.20.a.2)', () => {
    // S62.101D "... subsequent encounter for fracture with routine healing"; W11.XXXD "Fall on and
    // from ladder, subsequent encounter".
    expect(
      claim(
        'He fell from a ladder. Subsequent encounter for the fracture of the right wrist with routine healing.',
      ),
    ).toEqual(['S62.101D', 'W11.XXXD']);
  });

  it('no injury, no external cause: a fall in hemoglobin is none', () => {
    expect(claim('There was a fall in hemoglobin.')).toEqual([]);
  });

  it('a fall denied or only a risk did not happen', () => {
    expect(claim('No falls. Contusion of the right knee.')).toEqual(['S80.01XA']);
    expect(claim('Fall risk assessment. Contusion of the right knee.')).toEqual(['S80.01XA']);
  });

  it('a posture or suicidal thoughts are no cause of the injury', () => {
    // "Sitting (prolonged) (static) X50.1" and "Suicide, suicidal X83.8" are not read.
    expect(claim('While sitting he cut his left forearm.').some((c) => c.startsWith('X50'))).toBe(false);
    expect(claim('Suicidal thoughts. Laceration of the left forearm.')).toEqual(['R45.851', 'S51.812A']);
  });
});
