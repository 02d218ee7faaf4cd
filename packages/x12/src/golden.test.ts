import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInterchange } from './check/check-interchange.ts';
import type { X12Problem } from './problems/problem.ts';
import { parse835Sync } from './x835/parse835.ts';
import { parse837Sync } from './x837/parse837.ts';

/**
 * Golden files for hand-made fixtures: the parsed model and the 999 must stay as reviewed.
 * Regenerate after a deliberate change with UPDATE_GOLDEN=1 and review the diff.
 */
const HERE = import.meta.dirname;
const ACK = { ackEnvelope: { date: '20240401', time: '1200', controlNumber: 900 } };

const brief = (p: X12Problem) => ({
  code: p.code,
  severity: p.severity,
  at: [
    p.position.segmentId,
    p.position.segmentPosition,
    p.position.element,
    p.position.component,
    p.position.loop,
    p.position.claimId,
  ],
});

function golden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(['837p-small', '837i-small', '837p-errors'])('837 fixture %s', (name) => {
  const file = join(HERE, 'x837/fixtures', `${name}.x12`);
  it('parses to the reviewed claims and problems', () => {
    const items = parse837Sync(readFileSync(file)).map((i) => {
      if (i.kind === 'claim') return { kind: i.kind, claim: i.claim, warnings: i.warnings.map(brief) };
      if (i.kind === 'rejected') return { kind: i.kind, claimId: i.claimId, error: i.error.map(brief) };
      if (i.kind === 'problem') return { kind: i.kind, problem: brief(i.problem) };
      return { kind: i.kind, ack: i.ack, claims: i.claims };
    });
    golden(join(HERE, 'x837/fixtures', `${name}.golden.json`), `${JSON.stringify(items, null, 2)}\n`);
  });
  it('answers with the reviewed 999', async () => {
    const r = await checkInterchange(readFileSync(file), ACK);
    golden(join(HERE, 'x837/fixtures', `${name}.999.x12`), r.ack999.replaceAll('~', '~\n'));
  });
});

describe('835 fixture 835-small', () => {
  const file = join(HERE, 'x835/fixtures/835-small.x12');
  it('parses to the reviewed remittance, balanced', () => {
    const items = parse835Sync(readFileSync(file)).flatMap((i) => (i.kind === 'remittance' ? [i] : []));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect([item?.errors, item?.warnings]).toEqual([[], []]);
    golden(
      join(HERE, 'x835/fixtures/835-small.golden.json'),
      `${JSON.stringify(item?.remittance, null, 2)}\n`,
    );
  });
});
