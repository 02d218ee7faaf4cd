/**
 * A "non-" word read alike on the note's side and the index's, against the real books
 * (MEDCODE_TEST_HOME). Index: "Infarct, infarction, myocardium, myocardial: non-ST elevation
 * I21.4; non-Q wave I21.4; ST elevation I21.3"; tabular I21.4 "Non-ST elevation (NSTEMI)
 * myocardial infarction". "Non-" and the word after it are one key ("non-obstructive" is no
 * obstruction), and the words after that are keys as usual, however the note hyphenates them.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('non-', () => {
  it('a non-ST elevation or non-Q wave infarction is I21.4, hyphenated or not', () => {
    expect(claim('Non-ST-elevation myocardial infarction.')).toEqual(['I21.4']);
    expect(claim('Non-ST elevation MI.')).toEqual(['I21.4']);
    expect(claim('Non-Q-wave myocardial infarction.')).toEqual(['I21.4']);
  });

  it('the word negated is not read: a ST elevation infarction is I21.3', () => {
    expect(claim('ST elevation myocardial infarction.')).toEqual(['I21.3']);
  });
});
