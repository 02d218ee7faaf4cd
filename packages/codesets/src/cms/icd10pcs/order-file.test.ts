import { describe, expect, it } from 'vitest';
import { isMedcodeError } from '@medcode/domain';
import { parseAddendaLine, parseOrderLine } from './order-file.ts';

const place = { file: 'icd10pcs_order_2026.txt', line: 7 };
const line = (code: string, flag: string, short: string, long: string): string =>
  `00042 ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`;

describe('ICD-10-PCS order file records (CMS icd10pcsOrderFile.pdf layout)', () => {
  it('reads a valid code and a table header', () => {
    expect(
      parseOrderLine(line('0DTJ4ZZ', '1', 'Resection of Appendix', 'Resection of Appendix, Long'), place),
    ).toEqual({
      order: 42,
      code: '0DTJ4ZZ',
      valid: true,
      short: 'Resection of Appendix',
      long: 'Resection of Appendix, Long',
    });
    expect(
      parseOrderLine(line('0DT', '0', 'GI, Resection', 'Gastrointestinal System, Resection'), place).valid,
    ).toBe(false);
  });

  it.each([
    ['a truncated record', line('0DTJ4ZZ', '1', 'Resection', '').slice(0, 40), /too short/],
    ['a flag that is not 0 or 1', line('0DTJ4ZZ', '2', 'x', 'y'), /header flag/],
    ['a valid flag on a 3-character header', line('0DT', '1', 'x', 'y'), /does not fit/],
    ['the letter O, which PCS never uses', line('0DTO4ZZ', '1', 'x', 'y'), /not an ICD-10-PCS code/],
  ])('refuses %s, naming the file and line', (_what, text, message) => {
    try {
      parseOrderLine(text, place);
      expect.unreachable();
    } catch (e) {
      expect(isMedcodeError(e)).toBe(true);
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message).toContain('icd10pcs_order_2026.txt, line 7');
    }
  });

  it('reads addenda actions and the closing counts', () => {
    const add = `${'Add:'.padEnd(13)}0016071 ${'Bypass'.padEnd(60)} Bypass, long`;
    expect(parseAddendaLine(add, place)).toEqual({
      action: 'add',
      code: '0016071',
      short: 'Bypass',
      long: 'Bypass, long',
    });
    expect(parseAddendaLine('  79115 codes in icd10pcs_order_2026.txt', place)).toEqual({
      what: 'codes',
      count: 79115,
      year: 2026,
    });
    expect(parseAddendaLine('    of which', place)).toBeUndefined();
    expect(() => parseAddendaLine(`${'Renamed:'.padEnd(13)}0016071 x`, place)).toThrow(
      /unknown addenda action/,
    );
  });
});
