/**
 * The CodiEsp gold's writing of a code (PROVENANCE.txt): no 7th character, the placeholder X
 * kept ("s09.90x", "t81.4xx" in trainD.tsv), codes of the FY2017 edition.
 */
import { describe, expect, it } from 'vitest';
import { asGoldCode, withoutSeventh } from './codiesp.ts';

describe('a suggestion as the gold writes it', () => {
  it('drops the 7th character only', () => {
    expect(withoutSeventh('S72.002A')).toBe('S72.002');
    expect(withoutSeventh('S09.90XA')).toBe('S09.90X');
    expect(withoutSeventh('T81.4XXA')).toBe('T81.4XX');
    expect(withoutSeventh('E11.9')).toBe('E11.9');
  });

  it('maps to the edition before dropping it: T14.8 took placeholders in FY2018', () => {
    // The edition map of FY2017 (store/edition.ts) sends T14.8XXA, created FY2018, to T14.8.
    const fy2017 = (code: string): string => (code === 'T14.8XXA' ? 'T14.8' : code);
    expect(asGoldCode('T14.8XXA', fy2017)).toBe('T14.8');
    expect(asGoldCode('S09.90XA', fy2017)).toBe('S09.90X');
  });
});
