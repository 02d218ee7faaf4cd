/**
 * An index instruction to code by site under another main term, against the real books
 * (MEDCODE_TEST_HOME). Index: "Melena K92.1, with ulcer - code by site under Ulcer, with
 * hemorrhage K27.4"; "Ulcer, stomach, with, hemorrhage K25.4"; "Ulcer, duodenum, with,
 * hemorrhage K26.4"; "Ulcer, gastric — see Ulcer, stomach". Tabular: K25.4 "Chronic or
 * unspecified gastric ulcer with hemorrhage"; K27.4 "Chronic or unspecified peptic ulcer, site
 * unspecified, with hemorrhage". Guidelines I.A.15: "with" links the melena to the ulcer.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from '../coder/coder.ts';
import { SUGGESTED_FROM } from '../coder/confidence.ts';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'inpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('code by site under Ulcer, with hemorrhage', () => {
  it("the ulcer's site picks the code, with hemorrhage: the melena is the bleeding", () => {
    expect(claim('Melena with gastric ulcer.')).toEqual(['K25.4']);
    expect(claim('Melena due to duodenal ulcer.')).toEqual(['K26.4']);
  });

  it("without a site the entry's own code stands; without an ulcer, the melena's", () => {
    expect(claim('Melena with ulcer.')).toEqual(['K27.4']);
    expect(claim('Melena.')).toEqual(['K92.1']);
  });

  it('the words the instruction supplies are no linked condition of their own', () => {
    const s = codeNote('Melena with gastric ulcer.', k, options).suggestions[0]!;
    expect(s.confidence).toBeGreaterThanOrEqual(SUGGESTED_FROM);
    expect(s.indexPath).toContain('see Ulcer, stomach > with > hemorrhage');
  });
});
