/**
 * Signs and symptoms routinely associated with a diagnosis, claim profile, against the real books
 * (MEDCODE_TEST_HOME). Guidelines I.B.5: "Signs and symptoms that are associated routinely with
 * a disease process should not be assigned as additional codes, unless otherwise instructed by
 * the classification"; IV.D for outpatient care. The table is guidelines/integral.ts.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('the signs of the diagnosis are not coded with it', () => {
  it('redness and swelling of a cellulitis (L03.-)', () => {
    expect(claim('Cellulitis of the left leg with erythema and swelling.')).toEqual(['L03.112']);
  });

  it('joint pain of a rheumatoid arthritis (M06.-)', () => {
    expect(claim('Rheumatoid arthritis with joint pain.')).toEqual(['M06.9']);
    const r = codeNote('Rheumatoid arthritis with joint pain.', k, options);
    expect(r.notCoded.find((n) => n.code === 'M25.50')?.reason).toBe('integral-symptom');
  });

  it('numbness of a carpal tunnel syndrome (G56.0-)', () => {
    expect(claim('Carpal tunnel syndrome, right. Numbness of the hand.')).toEqual(['G56.01']);
  });

  it('bleeding of a missed abortion (O02.1)', () => {
    expect(claim('Missed abortion. Vaginal bleeding.')).toEqual(['O02.1']);
  });

  it('pain of the region a fracture breaks, not of another region', () => {
    expect(claim('Fracture of the left femoral neck. Hip pain.')).toEqual(['S72.002A']);
    expect(claim('Fracture of the left humerus. Ankle pain.')).toContain('M25.579');
  });
});
