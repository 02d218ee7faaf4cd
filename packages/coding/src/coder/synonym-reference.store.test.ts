/**
 * A main term without a code of its own whose "see also" names another main term, against the
 * real books (MEDCODE_TEST_HOME). Index: "Hematoma (traumatic) (skin surface intact) — see also
 * Contusion"; "Contusion (skin surface intact) T14.8". The note's word is the condition's other
 * name: the reading is as direct as the main term's own (coder/confidence.ts, synonymReference),
 * so both words give T14.8XXA (initial encounter, I.C.19.a) with one confidence.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();
const only = (text: string) => {
  const r = codeNote(text, k, { setting: 'inpatient', profile: 'mentions' });
  expect(r.suggestions).toHaveLength(1);
  return r.suggestions[0]!;
};

describe('a "see also" from a main term without a code is its synonym, not a hop', () => {
  it('"hematoma" reads as surely as "contusion"', () => {
    const hematoma = only('The patient had a hematoma.');
    const contusion = only('The patient had a contusion.');
    expect(hematoma.code).toBe('T14.8XXA');
    expect(hematoma.indexPath).toBe('Hematoma > see also Contusion');
    expect(contusion.code).toBe('T14.8XXA');
    expect(hematoma.confidence).toBe(contusion.confidence);
  });
});
