/**
 * The Table of Neoplasms' site row is read from the neoplasm's own phrase first, against the
 * real books (MEDCODE_TEST_HOME). Index: "Tumor — see also Neoplasm, unspecified behavior, by
 * site". Table of Neoplasms: "bladder (urinary) ... unspecified behavior D49.4"; "marrow (bone)
 * ... unspecified behavior D49.89". Tabular: D49.4 "Neoplasm of unspecified behavior of bladder".
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'inpatient', profile: 'claim' });

describe('the site beside the neoplasm', () => {
  it('a site written with the tumor wins over a longer site elsewhere in the sentence', () => {
    expect(claim('Bone marrow infiltration due to the bladder tumor.')).toEqual(['D49.4']);
    expect(claim('Tumor of the bladder with bone marrow infiltration.')).toEqual(['D49.4']);
  });

  it('with no site beside it, the rest of the sentence is read', () => {
    // Table of Neoplasms: "marrow (bone) ... unspecified behavior D49.89".
    expect(claim('A tumor infiltrating the bone marrow was found.')).toEqual(['D49.89']);
  });
});
