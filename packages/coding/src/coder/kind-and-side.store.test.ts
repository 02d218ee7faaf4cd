/**
 * A condition's noun before a general noun, and a code vague only in its side, against the real
 * books (MEDCODE_TEST_HOME). Index: "Bunion M21.61-"; "Deformity, foot — see also Deformity,
 * limb, lower leg" (M21.96-, "Unspecified acquired deformity"); "Pes, planus — see also
 * Deformity, limb, flat foot" (M21.4-); "Photophobia H53.14-"; "Vision, visual, blurred H53.8".
 * Guidelines I.B.2 and IV.F: the code of the highest level of detail the record supports; I.B.13:
 * the unspecified side when the record does not say it.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe("a condition's own noun before a general noun names its kind", () => {
  it('"bunion deformity" is a bunion, not an unspecified deformity', () => {
    expect(claim('Bunion deformity, left foot.')).toEqual(['M21.612']);
  });

  it('an adjective before the noun still modifies it', () => {
    // "Faint erythema" is an erythema (L53.9), with no code for "faint" (R55).
    expect(claim('Faint erythema.')).toEqual(['L53.9']);
  });
});

describe('a code vague only in its side is vaguer than its own subdivision only', () => {
  it('flat foot of an unspecified foot stays beside a bunion of the right foot', () => {
    expect(claim('Pes planus. Bunion of the right foot.').sort()).toEqual(['M21.40', 'M21.611']);
  });

  it('photophobia of an unspecified eye stays beside blurred vision', () => {
    expect(claim('Headache with photophobia and blurred vision.')).toEqual(
      expect.arrayContaining(['H53.149', 'H53.8']),
    );
  });

  it('a code vague in more than its side still gives way in its category', () => {
    // S52.90XA "Unspecified fracture of unspecified forearm" beside the radius named.
    expect(claim('Forearm fracture. Fracture of the right radial shaft.')).toEqual(['S52.301A']);
  });
});
