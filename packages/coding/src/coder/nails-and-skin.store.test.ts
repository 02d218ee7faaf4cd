/**
 * Nails, and signs said of the skin, against the real books (MEDCODE_TEST_HOME). Index:
 * "Infection, nail, toe L03.03-"; "Ingrowing, nail L60.0"; "Bursitis, elbow, olecranon M70.2-";
 * "Infection, infected, infective B99.9"; "Cyanosis R23.0"; "Pallor R23.1"; "Hemorrhage, nail
 * L60.8". Guidelines I.A (the index is entered by the condition documented), I.B.5 (signs
 * routinely part of a condition are not coded beside it; others are, I.B.6).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe("a toe's or a finger's nail is read as the index names it", () => {
  it('"toenail" is the nail of a toe; notes say "ingrown" for "ingrowing"', () => {
    expect(claim('Infected right great toenail.')).toEqual(['L03.031']);
    expect(claim('Ingrown toenail.')).toEqual(['L60.0']);
  });
});

describe('an adjective before the words of another condition is read with it', () => {
  it('"infected olecranon bursitis" is no infection beside the bursitis', () => {
    // The adjective stands before "olecranon", a word of the bursitis's own subterm.
    expect(claim('Acute infected olecranon bursitis, left elbow.')).toEqual(['M70.22']);
  });
});

describe('signs of the circulation are not part of a skin disease', () => {
  it('cyanosis of the toes stays beside a nail disorder of the fingers', () => {
    const codes = claim(
      'Cyanosis of the distal toes. There were splinter-type hemorrhages under the fingernails.',
    );
    expect(codes).toContain('R23.0');
    expect(codes).toContain('L60.8');
  });

  it("the optic nerve's pallor is no pallor of the skin", () => {
    expect(claim('The optic nerves both appear to have mild pallor.')).toEqual([]);
    expect(claim('There is mild pallor noted.')).toEqual(['R23.1']);
  });
});
