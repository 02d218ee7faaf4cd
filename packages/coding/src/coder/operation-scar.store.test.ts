/**
 * A scar named by the operation that left it, claim profile, against the real books
 * (MEDCODE_TEST_HOME, see coder.store.test.ts; context/operation-scar.ts). Index: "Scar,
 * scarring (see also Cicatrix) L90.5", "hypertrophic L91.0". On examination, the scar of a
 * past operation needs no care (Guidelines IV.J); the mentions profile lists it.
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim: CodingOptions = { setting: 'outpatient', profile: 'claim' };
const mentions: CodingOptions = { setting: 'outpatient', profile: 'mentions' };
const codes = suggestedCodes(k, claim);
const listed = suggestedCodes(k, mentions);

describe('the scar of an operation', () => {
  it('named by the operation before it, or by a "from" phrase after it, is not coded', () => {
    for (const text of [
      'CHEST: Midline sternotomy scar.',
      'ABDOMEN: Lap cholecystectomy scars noted.',
      'She has cesarean section scars in the lower abdomen.',
      'Extremities: Bilateral knee scars from prior surgeries.',
      'SKIN: Surgical scar on the lower back.',
    ])
      expect(codes(text), text).not.toContain('L90.5');
    const r = codeNote('CHEST: Midline sternotomy scar.', k, claim);
    expect(r.notCoded).toContainEqual(
      expect.objectContaining({
        code: 'L90.5',
        reason: 'historical',
        detail: expect.stringContaining('sternotomy'),
      }),
    );
  });

  it('the mentions profile lists it; a scar said without its operation, or a keloid, is coded', () => {
    expect(listed('CHEST: Midline sternotomy scar.')).toContain('L90.5');
    expect(codes('There is a scar on the left cheek after a dog bite.')).toContain('L90.5');
    expect(codes('Hypertrophic surgical scar of the left breast.')).toContain('L91.0');
  });
});
