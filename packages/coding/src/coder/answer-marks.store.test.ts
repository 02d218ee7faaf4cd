/**
 * A template's answer marks, against the real books (MEDCODE_TEST_HOME): "(-) numbness" is a
 * system reviewed and denied, "(+) joint pain" one affirmed. Guidelines IV.A/IV.C: code what the
 * encounter documents the patient has; a symptom marked absent is not documented as present.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const codes = suggestedCodes(k, options);

describe('answer marks (+) and (-)', () => {
  it('(-) denies the item after it; (+) affirms and ends the denial', () => {
    const text =
      'REVIEW OF SYSTEMS: Musculoskeletal: (+) joint pain (-) numbness (-) back pain. Cardiovascular: (-) chest pressure (+) ankle swelling.';
    const r = codeNote(text, k, options);
    const suggested = r.suggestions.map((s) => s.code);
    expect(suggested).toContain('M25.50');
    expect(suggested).not.toContain('R20.0');
    expect(suggested).not.toContain('R07.89');
    expect(r.notCoded.find((n) => n.code === 'R20.0')?.reason).toBe('negated');
  });

  it('without a mark the same words are affirmed', () => {
    expect(codes('Musculoskeletal: numbness of the left hand.')).toContain('R20.0');
  });
});
