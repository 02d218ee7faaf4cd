/**
 * A subterm is read only from words of the condition's own phrase, against the real books
 * (MEDCODE_TEST_HOME, see coder.store.test.ts). The index's subterms "describe essential
 * differences in site, etiology or type" of the main term (Index introduction; Guidelines I.A):
 * a word before "for" that precedes the condition describes something else.
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const inpatient: CodingOptions = { setting: 'inpatient', profile: 'mentions' };
const codes = suggestedCodes(k, inpatient);

describe('subterms from the condition’s own phrase', () => {
  it('"primary care ... for evaluation of a lesion" is no primary lesion (Lesion, primary A51.0)', () => {
    expect(codes('She was referred by her primary care doctor for evaluation of a lesion.')).not.toContain(
      'A51.0',
    );
    // In the condition's own phrase the subterm is read.
    expect(codes('A primary lesion was seen on the glans.')).toContain('A51.0');
  });
});

describe('a hyphenated word supplies each of its words', () => {
  // Index: "Pain, low back M54.50"; "Infarct, myocardium, ST elevation (STEMI), anterior wall
  // I21.09"; "Block, bundle branch, right, incomplete I45.10"; "Anemia, iron deficiency D50.9";
  // "Hydrocephalus, normal-pressure G91.2". Notes write the words joined by hyphens.
  const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });
  it.each([
    ['She has had continuous low-back pain for eight years.', 'M54.50'],
    ['Acute anterior ST-elevation MI.', 'I21.09'],
    ['Incomplete right bundle-branch block.', 'I45.10'],
    ['Iron-deficiency anemia.', 'D50.9'],
    ['Encephalopathy related to normal-pressure hydrocephalus.', 'G91.2'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toContain(code);
  });
});
