import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOrderAddenda, parseOrderAddenda, parseOrderFile, parseOrderLine } from './order-file.ts';
import { fixture } from './testing.ts';

const read = (n: string): string => readFileSync(fixture(n), 'latin1');

describe('order file (CDC fixed-width layout)', () => {
  it('reads order number, code, flag and both titles by column', () => {
    const recs = parseOrderFile(read('icd10cm-order-2025.txt'), 'fy2025');
    const e1122 = recs.find((r) => r.code === 'E1122');
    expect(e1122).toEqual({
      order: 8,
      code: 'E1122',
      billable: true,
      short: 'Type 2 diabetes mellitus w diabetic chronic kidney disease',
      long: 'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    });
    expect(recs.find((r) => r.code === 'E11')?.billable).toBe(false);
    expect(recs.find((r) => r.code === 'S0081XA')?.billable).toBe(true);
  });

  it('accepts the FY2026 category QA0 (a letter in second position)', () => {
    const line = `00001 QA00101 1 ${'SCN2A-related neurodevelopmental disorder'.padEnd(60)} SCN2A-related neurodevelopmental disorder`;
    expect(parseOrderLine(line, 'f', 1).code).toBe('QA00101');
  });

  it('names the file and line of a bad record', () => {
    const text = `${read('icd10cm-order-2025.txt')}00099 E11     7 Bad flag${' '.repeat(52)} Bad flag\r\n`;
    expect(() => parseOrderFile(text, 'order.txt')).toThrow(
      /order\.txt, line 12: header flag must be 0 or 1/,
    );
    expect(() =>
      parseOrderFile(`${read('icd10cm-order-2025.txt')}${read('icd10cm-order-2025.txt')}`, 'x'),
    ).toThrow(/line 12: code A04 appears twice/);
  });
});

describe('order addenda', () => {
  it('applies deletes, adds and revisions in file order and checks the summary counts', () => {
    const before = new Map(parseOrderFile(read('icd10cm-order-2025.txt'), 'a').map((r) => [r.code, r]));
    const addenda = parseOrderAddenda(read('icd10cm-order-addenda-2026.txt'), 'addenda');
    expect(addenda.summary.toYear).toBe(2026);
    const after = applyOrderAddenda(before, addenda, 'addenda');
    const expected = parseOrderFile(read('icd10cm-order-2026.txt'), 'b');
    expect([...after.keys()].sort()).toEqual(expected.map((r) => r.code).sort());
    // Delete then Add: B880 stays, now a header.
    expect(after.get('B880')?.billable).toBe(false);
  });

  it('refuses addenda whose counts disagree with the summary', () => {
    const before = new Map(parseOrderFile(read('icd10cm-order-2025.txt'), 'a').map((r) => [r.code, r]));
    const text = read('icd10cm-order-addenda-2026.txt').replace(
      / {2}(\s*\d+) codes in icd10cm_order_2026/,
      '    999 codes in icd10cm_order_2026',
    );
    expect(() => applyOrderAddenda(before, parseOrderAddenda(text, 'addenda'), 'addenda')).toThrow(
      /gives 7 codes and 7 headers, the addenda summary says 999 and 7/,
    );
  });

  it('refuses addenda applied to the wrong base year', () => {
    const wrongBase = new Map(parseOrderFile(read('icd10cm-order-2026.txt'), 'b').map((r) => [r.code, r]));
    const addenda = parseOrderAddenda(read('icd10cm-order-addenda-2026.txt'), 'addenda');
    expect(() => applyOrderAddenda(wrongBase, addenda, 'addenda')).toThrow(
      /addenda, line 3: adds B8801, which the base year already has/,
    );
  });
});
