/**
 * A cross-reference printed without its comma, against the real books (MEDCODE_TEST_HOME).
 * Index: "Infection, ear (middle) — see also Otitis media"; the main term is "Otitis", its
 * subterm "media H66.9-" (tabular H66.90 "Otitis media, unspecified, unspecified ear").
 * "Coagulation, intravascular (diffuse) (disseminated) — see also Defibrination syndrome":
 * the main term "Defibrination (syndrome) D65", its word "syndrome" a form of the title.
 * References also name a main term by another of its printed forms, or in the plural: "Pink,
 * eye — see Conjunctivitis, acute, mucopurulent" (main term "Conjunctivitis NOS"; tabular
 * H10.029 "Other mucopurulent conjunctivitis, unspecified eye"); "Transfusion, reaction — see
 * Complications, transfusion" (main term "Complication"; T80.89 "Other complications following
 * infusion, transfusion and therapeutic injection").
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a reference without its comma', () => {
  it('is the main term its first word names, and the subterm of the words after it', () => {
    expect(claim('He had an ear infection.')).toEqual(['H66.90']);
  });

  it("the words after the first may be the main term's own", () => {
    expect(claim('Disseminated intravascular coagulation.')).toEqual(['D65']);
  });

  it('names a main term by another of its forms, or in the plural', () => {
    expect(claim('Pink eye.')).toEqual(['H10.029']);
    expect(claim('Transfusion reaction.')).toEqual(['T80.89XA']);
  });

  it('the words a reference would make too general are not read from a note', () => {
    // "Age — see Senility" (R41.81) and "Postoperative — see Complication, postoperative".
    expect(claim('He is 54 years of age.')).toEqual([]);
    expect(claim('Postoperative day 2.')).toEqual([]);
  });
});
