/**
 * Malignancy without a site, inpatient, against the real books (MEDCODE_TEST_HOME, see
 * coder.store.test.ts). Guidelines I.C.2.k: "Code C80.1, Malignant (primary) neoplasm,
 * unspecified, equates to Cancer, unspecified. This code should only be used when no
 * determination can be made as to the primary site of a malignancy. This code should rarely be
 * used in the inpatient setting."
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();

describe('C80.1 inpatient only when the primary site cannot be determined (I.C.2.k)', () => {
  it.each(['claim', 'mentions'] as const)('%s profile', (profile) => {
    const inpatient: CodingOptions = { setting: 'inpatient', profile };
    const r = codeNote('The biopsy showed a carcinoma.', k, inpatient);
    expect(r.suggestions.map((s) => s.code)).toEqual([]);
    expect(r.notCoded.find((n) => n.code === 'C80.1')?.guidelines).toEqual(['I.C.2.k']);
    const unknown = codeNote('Carcinoma of unknown primary site.', k, inpatient);
    expect(unknown.suggestions.map((s) => s.code)).toContain('C80.1');
  });

  it('outpatient, the rule on the inpatient setting does not apply', () => {
    const outpatient: CodingOptions = { setting: 'outpatient', profile: 'claim' };
    expect(codeNote('The biopsy showed a carcinoma.', k, outpatient).suggestions.map((s) => s.code)).toEqual([
      'C80.1',
    ]);
  });
});
