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
