/**
 * One main term written twice in a sentence names two conditions, against the real books
 * (MEDCODE_TEST_HOME). Each is read with its own subterms (Index: "Fracture, traumatic, radius
 * S52.9-", "femur S72.9-"; "Cyst, kidney (acquired) N28.1", "liver (acquired) K76.89") and
 * takes the side written with it (Guidelines I.B.13: "the condition or the side" is each code's).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a main term written twice in one sentence', () => {
  it('each place is read with the subterms next to it', () => {
    expect(claim('Cyst in the left kidney and cyst in the liver.')).toEqual(['N28.1', 'K76.89']);
  });

  it('each condition keeps the side written with it', () => {
    expect(claim('Fracture of the left radius and fracture of the right femur.')).toEqual([
      'S52.92XA',
      'S72.91XA',
    ]);
    // The first side in the sentence was taken for every code: right shoulder (M25.511).
    expect(claim('Pain in the right knee and pain in the left shoulder.')).toContain('M25.512');
  });

  it('one side said once still reaches the condition', () => {
    expect(claim('Fracture of the femur, right side.')).toEqual(['S72.91XA']);
  });
});
