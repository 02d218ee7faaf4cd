/**
 * Readings of the note's words against the real books (MEDCODE_TEST_HOME), claim profile,
 * outpatient: how the words reach the index's terms and subterms.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' } as const);
const mentions = suggestedCodes(k, { setting: 'outpatient', profile: 'mentions' } as const);

describe('a subterm that begins with "with" is read across one "and"', () => {
  it('in the claim profile', () => {
    // Index: Nausea (without vomiting) R11.0; with vomiting R11.2. Tabular R11.0 Excludes1:
    // nausea with vomiting (R11.2-). The index presumes the link of "with" (I.A.15).
    expect(claim('He has had nausea and vomiting for two days.')).toEqual(['R11.2']);
    // Index: Hypertrophy, tonsils J35.1; with adenoids J35.3.
    expect(claim('Hypertrophy of tonsils and adenoids.')).toEqual(['J35.3']);
  });

  it('not across "or" or a comma, and the mentions profile keeps each symptom', () => {
    expect(claim('No nausea or vomiting. She has nausea.')).toEqual(['R11.0']);
    expect(mentions('He has had nausea and vomiting for two days.')).toEqual(['R11.0', 'R11.10']);
  });
});

describe('words written otherwise than the index', () => {
  it('"end-stage" as one word is the index\'s "end stage"', () => {
    // Index: Disease, end stage renal (ESRD) N18.6 (not Disease, kidney N28.9).
    expect(claim('End-stage renal disease on hemodialysis.')).toContain('N18.6');
    expect(claim('End-stage renal disease on hemodialysis.')).not.toContain('N28.9');
  });

  it('"lower back pain" is the index\'s "Pain, low back M54.50"', () => {
    expect(claim('Lower back pain for three weeks.')).toEqual(['M54.50']);
    // Index: Abrasion, back, lower S30.810-: the word keeps its own reading.
    expect(claim('Abrasion of the lower back.')).toEqual(['S30.810A']);
  });
});
