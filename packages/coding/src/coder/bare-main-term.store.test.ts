/**
 * A main term read alone beside its reading with subterms, claim profile, against the real books
 * (MEDCODE_TEST_HOME, see coder.store.test.ts). Guidelines I.B.2: codes are reported "to the
 * highest level of specificity documented"; the bare word is the same condition said again
 * without its detail, even when the detailed reading lands in another category.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge } from './installed.test-support.ts';

const k = installedKnowledge();

describe('the bare main term yields to its detailed reading (I.B.2)', () => {
  it.each([
    ['He presents with rectal pain. The pain is worse on defecation.', 'K62.89', 'R52'],
    ['She has essential thrombocythemia. The thrombocythemia is stable.', 'D47.3', 'D75.839'],
  ])('%s', (note, kept, dropped) => {
    const r = codeNote(note, k, { setting: 'outpatient', profile: 'claim' });
    const codes = r.suggestions.map((s) => s.code);
    expect(codes).toContain(kept);
    expect(codes).not.toContain(dropped);
    expect(r.notCoded.find((n) => n.code === dropped)?.reason).toBe('less-specific');
    // The mentions profile lists what was said.
    const said = codeNote(note, k, { setting: 'outpatient', profile: 'mentions' }).suggestions.map(
      (s) => s.code,
    );
    expect(said).toContain(dropped);
  });

  it('a bare term alone is coded', () => {
    const r = codeNote('The pain is worse on defecation.', k, { setting: 'outpatient', profile: 'claim' });
    expect(r.suggestions.map((s) => s.code)).toEqual(['R52']);
  });
});
