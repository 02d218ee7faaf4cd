// `medcode lab review` on the hand-made orders of packages/lab/src/fixtures, against the
// installed store (MEDCODE_TEST_HOME): the output and the exit status by outcome.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exitCodeFor } from '../exit.ts';
import { runCommand } from '../test-support/run-command.ts';
import { registerLab } from './lab.ts';

const fixtures = resolve(import.meta.dirname, '../../../lab/src/fixtures');

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** The output and the exit status, with an error mapped as the program maps it (exit.ts). */
async function run(...args: string[]): Promise<{ out: string; code: number }> {
  try {
    const r = await runCommand(registerLab, args);
    return { out: r.out, code: r.exit };
  } catch (e) {
    return { out: '', code: exitCodeFor(e) };
  }
}

describe('medcode lab review', () => {
  it('the three forms: same outcome, exit 1 (needs-query)', async () => {
    const outcomes = [];
    for (const f of ['order.json', 'bundle.json', 'order.hl7']) {
      const { out, code } = await run('lab', 'review', join(fixtures, f), '--json', '--on', '2026-03-01');
      expect(code).toBe(1);
      outcomes.push(JSON.parse(out).review.outcome);
    }
    expect(outcomes).toEqual(['needs-query', 'needs-query', 'needs-query']);
  });

  it('text output names the NCD, the list row, the ABN and the query', async () => {
    const { out } = await run('lab', 'review', join(fixtures, 'order.json'), '--on', '2026-03-01');
    expect(out).toContain('REQ-2001  needs-query');
    expect(out).toContain('NCD 190.23 Lipids Testing (list 190.23B)');
    expect(out).toMatch(
      /I25\.82: does not support medical necessity \(not listed: all other codes\), since 2015-10-01, row \d+/,
    );
    expect(out).toContain('modifier GZ');
    expect(out).toContain('Query to the ordering office (medical-necessity)');
  });

  it('a ready order exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-'));
    const file = join(dir, 'ready.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'R1',
        orderingProvider: { npi: '1234567893' },
        patient: { birthDate: '1950-01-15', sex: 'F' },
        coverage: { kind: 'medicare' },
        tests: [{ code: '80061' }],
        diagnoses: ['E78.5'],
        collectionDate: '2026-03-02',
        signaturePresent: true,
        priorOrders: [],
      }),
    );
    const { out, code } = await run('lab', 'review', file, '--on', '2026-03-01');
    expect(out).toContain('R1  ready');
    expect(code).toBe(0);
  });

  it('input that is not a lab order exits 2, naming the place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'B', coverage: { kind: 'medicare' }, diagnoses: ['not-a-code'] }),
    );
    const { code } = await run('lab', 'review', file);
    expect(code).toBe(2);
  });
});
