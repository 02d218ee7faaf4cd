/**
 * The reach of "history of" over a list, claim profile, against the real books
 * (MEDCODE_TEST_HOME, see coder.store.test.ts). ConText (Harkema et al. 2009): a trigger's scope
 * runs to the end of the sentence or a termination term. The claim profile does not code a past
 * condition as current (Guidelines IV.J; history belongs to Z80-Z87, I.C.21.c.4).
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };

describe('"history of" over a list of short items', () => {
  it('every item of the list is history, the last one too', () => {
    const r = codeNote(
      'Patient has a history of chronic sinusitis (disorder), acute bronchitis (disorder), stress (finding), escherichia coli urinary tract infection.',
      k,
      claim,
    );
    expect(r.suggestions.map((s) => s.code)).toEqual([]);
    const historical = r.notCoded.filter((n) => n.reason === 'historical').map((n) => n.code);
    expect(historical).toEqual(expect.arrayContaining(['J32.9', 'J20.9', 'N39.0', 'B96.20']));
  });

  it('a termination term ends the history: what the patient has now is coded', () => {
    const r = codeNote('History of chronic sinusitis, acute bronchitis, but now pneumonia.', k, claim);
    expect(r.suggestions.map((s) => s.code)).toEqual(['J18.9']);
  });
});
