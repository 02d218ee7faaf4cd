import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../testing.ts';
import { parseCptText } from './customer-file.ts';

const text = (name: string): string => new TextDecoder().decode(fixtureBytes(import.meta.url, name));

describe('customer CPT files', () => {
  it('CSV with a heading: columns by name, other columns ignored, quotes honoured', () => {
    expect(parseCptText(text('cpt-customer.csv'), 'cpt-customer.csv')).toEqual([
      { code: '99213', description: 'Fixture text: established patient visit, low complexity', line: 2 },
      { code: '0001U', description: 'Fixture text: a proprietary laboratory analysis', line: 3 },
      { code: '1036F', description: 'Fixture text: a category II measure', line: 4 },
    ]);
  });

  it('tab-delimited without heading (the AMA data file shape): quotes are text', () => {
    expect(parseCptText(text('LONGULT-fixture.txt'), 'LONGULT.txt')).toEqual([
      { code: '99213', description: 'Fixture text: established patient visit, low complexity', line: 1 },
      { code: '0042T', description: 'Fixture text: a category III "emerging" service', line: 2 },
    ]);
  });

  it('a repeated line is kept once; the same code with two descriptions is refused', () => {
    expect(parseCptText('99213,A\n99213,A\n', 'f.csv')).toHaveLength(1);
    expect(() => parseCptText('99213,A\n99214,B\n99213,C\n', 'f.csv')).toThrow(
      'f.csv, line 3: CPT 99213 has two descriptions (also line 1)',
    );
  });

  it.each([
    ['a Level II code', 'J0585,Injection\n', 'f.csv, line 1'],
    [
      'a bad code after good ones',
      '99213,A\n9921,B\n',
      'f.csv, line 2, field code: "9921" is not a CPT code',
    ],
    [
      'a line without description',
      '99213\t\n',
      'f.csv, line 1, field description: CPT 99213 has no description',
    ],
    ['an unterminated quote', '99213,"A\n99214,B\n', 'f.csv'],
    ['an empty file', '', 'f.csv: the file holds no CPT code'],
  ])('refuses %s, naming file and line', (_what, input, message) => {
    expect(() => parseCptText(input, 'f.csv')).toThrow(message);
  });
});
