/**
 * A cross-reference printed without its comma, against the real books (MEDCODE_TEST_HOME).
 * Index: "Infection, ear (middle) — see also Otitis media"; the main term is "Otitis", its
 * subterm "media H66.9-" (tabular H66.90 "Otitis media, unspecified, unspecified ear").
 * "Coagulation, intravascular (diffuse) (disseminated) — see also Defibrination syndrome":
 * the main term "Defibrination (syndrome) D65", its word "syndrome" a form of the title.
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
});
