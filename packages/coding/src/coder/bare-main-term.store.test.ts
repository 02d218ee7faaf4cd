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

  it('below the main term too: a reading with fewer subterms yields, in its category and on its side', () => {
    const claim = (note: string) =>
      codeNote(note, k, { setting: 'outpatient', profile: 'claim' }).suggestions.map((s) => s.code);
    // Index: "Fibrillation, atrial I48.91, chronic I48.20".
    expect(claim('Chronic atrial fibrillation. Atrial fibrillation, rate controlled.')).toEqual(['I48.20']);
    // Two readings that each say more in their own way leave one, not none.
    expect(claim('Mandible fracture. Right body mandible fractures.')).toEqual(['S02.600A']);
    // Different sides are different conditions (H66.92 left ear, H66.001 right ear).
    expect(claim('Otitis media of the left ear. Acute suppurative otitis media of the right ear.')).toEqual([
      'H66.92',
      'H66.001',
    ]);
  });

  it('a bare term alone is coded', () => {
    const r = codeNote('The pain is worse on defecation.', k, { setting: 'outpatient', profile: 'claim' });
    expect(r.suggestions.map((s) => s.code)).toEqual(['R52']);
  });
});
