// The three input forms of one order give the same review (fixtures/order.json, bundle.json,
// order.hl7: a lipid panel and an A1c for I25.82 and R53.83, neither NCD covering them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeTables, TODAY } from './fixtures/support.ts';
import { readLabOrder } from './parse/read.ts';
import { reviewLabOrder } from './review.ts';

const review = (file: string) =>
  reviewLabOrder(
    readLabOrder(readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8'), file).order,
    {
      tables: storeTables(),
      today: TODAY,
    },
  );

describe('JSON, FHIR and HL7 v2 forms of one order', () => {
  const json = review('order.json');
  it('the order needs a query about both tests, with an ABN prepared', () => {
    expect(json.outcome).toBe('needs-query');
    expect(json.findings.filter((f) => f.code === 'LB008').map((f) => f.path.line)).toEqual([1, 2]);
    expect(json.abn!.items.map((i) => i.test)).toEqual(['80061', '83036']);
  });
  it.each(['bundle.json', 'order.hl7'])('%s gives the same review', (file) => {
    expect(review(file)).toEqual(json);
  });
});
