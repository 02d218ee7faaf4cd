/**
 * Signs that are how a confirmed condition presents, the side of a code when the note says none,
 * and lists of risks, against the real books (MEDCODE_TEST_HOME).
 * - Guidelines I.B.5 / IV.D: signs and symptoms routinely associated with a disease are not
 *   coded with it: a murmur with aortic stenosis, leg pain with a deep vein thrombosis.
 * - I.B.13: when the note does not say the side, the code for the unspecified side, not the
 *   first one the tabular lists (M79.60: right leg M79.604, left leg M79.605, unspecified M79.606).
 * - A consent's list of what may happen ("risks include, but are not limited to, bleeding,
 *   infection, DVT") is hypothetical: none of it is the patient's condition.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const all = (text: string) => codeNote(text, k, options);

describe('integral signs, the unspecified side, lists of risks', () => {
  it('a murmur is part of the valve disease, leg pain part of the thrombosis', () => {
    const r = all('Severe aortic stenosis with a systolic murmur.');
    expect(r.notCoded.find((n) => n.code === 'R01.1')?.reason).toBe('integral-symptom');
    const dvt = all('Left leg pain. Doppler showed a deep vein thrombosis of the left leg.');
    expect(dvt.notCoded.find((n) => n.code === 'M79.605')?.reason).toBe('integral-symptom');
  });

  it('no side said: the unspecified side', () => {
    expect(all('Leg pain.').suggestions.map((s) => s.code)).toEqual(['M79.606']);
    expect(all('Pain in the left leg.').suggestions.map((s) => s.code)).toEqual(['M79.605']);
  });

  it('a list of risks "not limited to" is hypothetical', () => {
    const r = all('Risks include, but are not limited to, bleeding, infection and DVT.');
    expect(r.suggestions).toEqual([]);
    expect(r.notCoded.filter((n) => n.reason === 'hypothetical').map((n) => n.code)).toContain('R58');
  });
});
