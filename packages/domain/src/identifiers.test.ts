import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit, parseNpi } from './identifiers.ts';

describe('NPI check digit (Luhn over 80840 + 9 digits)', () => {
  it('accepts the CMS worked example 1234567893', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
  });
  it('rejects a wrong check digit and a wrong length', () => {
    expect(parseNpi('1234567890').ok).toBe(false);
    expect(parseNpi('123456789').ok).toBe(false);
  });
  it('every single-digit change of a valid NPI is caught', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (p, pos, delta) => {
          const npi = `${p}${npiCheckDigit(p)}`;
          const changed = npi.slice(0, pos) + String((Number(npi[pos]) + delta) % 10) + npi.slice(pos + 1);
          return isValidNpi(npi) && !isValidNpi(changed);
        },
      ),
    );
  });
});
