/**
 * Sequelae of a past stroke, against the real books (MEDCODE_TEST_HOME, see coder.store.test.ts;
 * coder/stroke-sequela.ts). Guidelines I.C.9.d: I69 codes "neurologic deficits that persist
 * after initial onset of conditions classifiable to categories I60-I67"; Z86.73 is the history
 * of a stroke "without residual deficits". Index: "Hemiplegia, following, cerebrovascular
 * disease, stroke NOS I69.35-"; "Aphasia, following, cerebrovascular disease, cerebral
 * infarction I69.320". I.C.6.a (by I69.35-'s tabular): with the dominant side not said, the
 * left side is the non-dominant one (I69.354), the right side the dominant one (I69.351).
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };
const codes = suggestedCodes(k, claim);

describe('a deficit that remains after a past stroke (I.C.9.d)', () => {
  it('is coded as the sequela, not as a history without residuals nor as the stroke', () => {
    for (const text of [
      'History of stroke with left side hemiplegia.',
      'History of a stroke with residual left sided hemiplegia.',
      'Old CVA with left hemiparesis.',
      'Left hemiparesis from a prior stroke.',
    ]) {
      const got = codes(text);
      expect(got, text).toContain('I69.354');
      expect(got, text).not.toContain('Z86.73');
      expect(got, text).not.toContain('I63.9');
      expect(got, text).not.toContain('G81.94');
    }
    const r = codeNote('Status post CVA with residual aphasia.', k, claim);
    const aphasia = r.suggestions.find((s) => s.code === 'I69.320');
    expect(aphasia?.guidelines).toContain('I.C.9.d');
    expect(aphasia?.indexPath).toBe('Aphasia > following > cerebrovascular disease > cerebral infarction');
  });

  it('a history without deficits is Z86.73; a stroke of this encounter is coded with its deficit', () => {
    expect(codes('History of stroke without residual deficits.')).toEqual(['Z86.73']);
    expect(codes('Acute cerebrovascular accident with right hemiparesis.')).toEqual(
      expect.arrayContaining(['I63.9', 'G81.91']),
    );
  });

  it('a deficit beside a stroke only suspected is no sequela', () => {
    const got = codes(
      'Weakness with an expressive aphasia, concerning for a cerebrovascular accident given his vascular disease.',
    );
    expect(got).toContain('R47.01');
    expect(got.some((c) => c.startsWith('I69'))).toBe(false);
  });

  it('a sequela that resolved is past', () => {
    const r = codeNote('History of stroke with hemiparesis, which resolved.', k, claim);
    expect(r.suggestions.some((s) => s.code.startsWith('I69'))).toBe(false);
  });
});
