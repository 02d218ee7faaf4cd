/**
 * A combination the note states, against the real books (MEDCODE_TEST_HOME). Index: "Fracture,
 * traumatic, due to, osteoporosis — see Osteoporosis, with fracture", printed under Osteoporosis
 * as "with current pathological fracture M80.00"; "Bronchiolitis, due to, respiratory
 * syncytial virus J21.0". Guidelines I.A.15: "with" and "in" are presumed; a cause ("due to")
 * is coded as the combination when the provider documents it; I.B.9: a combination code
 * identifies both conditions, and is not coded beside its parts.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a cause the note states joined to the condition is its combination code', () => {
  it('"fracture due to osteoporosis" is osteoporosis with current pathological fracture', () => {
    expect(claim('Fracture due to osteoporosis.')).toEqual(['M80.00XA']);
  });

  it('"bronchiolitis due to RSV" is the bronchiolitis of the virus, not the virus beside it', () => {
    expect(claim('Bronchiolitis due to RSV.')).toEqual(['J21.0']);
  });

  it('the reference names its subterm in fewer words than the subterm is printed', () => {
    const r = codeNote('Fracture due to osteoporosis.', k, { setting: 'outpatient', profile: 'claim' });
    expect(r.suggestions[0]?.tabular.join(' ')).toMatch(/M80\.00/);
    expect(r.notCoded.map((n) => n.code)).toContain('M81.0');
  });
});
