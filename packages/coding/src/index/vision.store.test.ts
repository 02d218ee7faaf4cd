/**
 * The function and its adjective, and the examination of it, against the real books
 * (MEDCODE_TEST_HOME). Index: "Loss (of), vision, visual H54.7; one eye H54.60, left H54.62";
 * "Blindness, one eye (other eye normal), right H54.41-"; "Decrease(d), vision NEC
 * H54.7"; "Vision, visual, blurred, blurring H53.8; examination Z01.00"; "Pelvic, examination
 * (annual) (periodic) Z01.419"; "Examination (for) ..." (encounter reasons, Z00-Z09). Tabular:
 * H54.7 "Unspecified visual loss"; Z01.00 "Encounter for examination of eyes and vision without
 * abnormal findings".
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('vision and visual are one word for the index', () => {
  it('"vision, visual" is one subterm, read from either word', () => {
    expect(claim('Progressive loss of vision for several months.')).toEqual(['H54.7']);
    expect(claim('Visual loss.')).toEqual(['H54.7']);
  });

  it('"decreased visual acuity" is "Decrease(d), vision NEC"', () => {
    expect(claim('Decreased visual acuity.')).toEqual(['H54.7']);
  });

  it('the left or the right eye is one eye ("Loss, vision, one eye, left H54.62")', () => {
    expect(claim('Loss of vision in the left eye.')).toEqual(['H54.62']);
    // "Blindness, one eye (other eye normal), right H54.41-", not both eyes (H54.0X-).
    expect(claim('Blindness in the right eye.')).toEqual(['H54.413A']);
  });

  it('"blurred vision" is read under the main term "Vision, visual"', () => {
    expect(claim('Blurred vision.')).toEqual(['H53.8']);
  });
});

describe('an examination in running text is no encounter for one', () => {
  it('an examination named under another main term is not the visit (Z00-Z09)', () => {
    expect(claim('Visual examination of the mouth was unremarkable.')).toEqual([]);
    expect(claim('Pelvic examination was performed under anesthesia.')).toEqual([]);
  });
});
