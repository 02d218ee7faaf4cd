/**
 * A bilateral condition, against the real books (MEDCODE_TEST_HOME). Guidelines I.B.13: "If no
 * bilateral code is provided and the condition is bilateral, assign separate codes for both the
 * left and right side"; where the classification has a bilateral code, that code. Tabular:
 * M25.56- "Pain in knee" has right (M25.561), left (M25.562) and unspecified (M25.569) knee, no
 * bilateral; M17.0 "Bilateral primary osteoarthritis of knee"; G56.03 "Carpal tunnel syndrome,
 * bilateral upper limbs". The index writes "bilateral" ("Hernia, inguinal, bilateral K40.20") or
 * "both" ("Loss, vision, both eyes H54.3") for the same thing.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a bilateral condition without a bilateral code is coded for each side (I.B.13)', () => {
  it('"bilateral knee pain", "pain in both wrists", "knee pain, bilateral"', () => {
    expect(claim('Bilateral knee pain.').sort()).toEqual(['M25.561', 'M25.562']);
    expect(claim('Pain in both wrists.').sort()).toEqual(['M25.531', 'M25.532']);
    expect(claim('Assessment: Knee pain, bilateral.').sort()).toEqual(['M25.561', 'M25.562']);
  });

  it('each code shows the reading for both sides in its tabular steps', () => {
    const r = codeNote('Bilateral knee pain.', k, { setting: 'outpatient', profile: 'claim' });
    for (const s of r.suggestions) {
      expect(s.guidelines).toContain('I.B.13');
      expect(s.tabular.join(' ')).toMatch(/no code for both sides/);
    }
  });

  it('a bilateral code where the classification has one, and one side when one is said', () => {
    expect(claim('Bilateral carpal tunnel syndrome.')).toEqual(['G56.03']);
    expect(claim('Osteoarthritis of both knees.')).toEqual(['M17.0']);
    expect(claim('Right knee pain.')).toEqual(['M25.561']);
  });
});

describe('the index\'s "bilateral" and "both" read either word', () => {
  it('"inguinal hernia on both sides" is "Hernia, inguinal, bilateral"', () => {
    expect(claim('Inguinal hernia on both sides.')).toEqual(['K40.20']);
    expect(claim('Both indirect inguinal hernias were repaired.')).toEqual(['K40.20']);
  });
});

describe('"both" and "bilateral" that are not the condition\'s sides', () => {
  it('"bilateral" of another noun, after a comma, leaves the side unspecified', () => {
    expect(
      claim('Two months after the removal of the fibroadenoma, a bilateral mastectomy was performed.'),
    ).toEqual(['D24.9']);
  });

  it('"both-bone" names the radius and the ulna, not two forearms', () => {
    expect(claim('Right distal both-bone forearm fracture.')).toEqual(['S52.91XA']);
  });

  it('"right-handed" names the dominant hand, no hand in pain', () => {
    expect(claim('A right-handed female with longstanding bilateral arm pain.').sort()).toEqual([
      'M79.601',
      'M79.602',
    ]);
  });
});
