import { describe, expect, it } from 'vitest';
import { candidateSystems, formatIcd10Cm, parseHcpcs, parseIcd10Cm, parseIcd10Pcs } from './codes.ts';

describe('code parsers', () => {
  it('normalises ICD-10-CM input the way people type it', () => {
    for (const s of ['E11.22', 'e1122', 'E1122', ' e11.22 '])
      expect(parseIcd10Cm(s)).toEqual({ ok: true, value: 'E1122' });
    expect(parseIcd10Cm('S00.81XA')).toEqual({ ok: true, value: 'S0081XA' });
    expect(parseIcd10Cm('11.22').ok).toBe(false);
    expect(formatIcd10Cm('E1122')).toBe('E11.22');
    expect(formatIcd10Cm('I10')).toBe('I10');
  });
  it('tells the systems apart', () => {
    expect(parseIcd10Pcs('0DTJ4ZZ').ok).toBe(true);
    expect(parseIcd10Pcs('0DTJ4ZO').ok).toBe(false);
    expect(parseHcpcs('99213').ok).toBe(true);
    expect(parseHcpcs('G0439').ok).toBe(true);
    expect(parseHcpcs('0001U').ok).toBe(true);
    expect(candidateSystems('E11.22')).toEqual(['icd10cm']);
    expect(candidateSystems('E1122')).toEqual(['icd10cm', 'hcpcs']);
    expect(candidateSystems('0DTJ4ZZ')).toEqual(['icd10pcs']);
    expect(candidateSystems('99213')).toEqual(['hcpcs']);
  });
});
