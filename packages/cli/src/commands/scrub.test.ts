// `medcode scrub` end to end: an 837P file (fixtures/scrub-example.837, written with the x12
// package's 837 writer from five hand-made claims of March 2, 2026) through the claim edits and
// each shipped payer pack, against the installed official code sets of the test home.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerScrub } from './scrub.ts';
import { runCommand } from '../test-support/run-command.ts';

const FILE = join(import.meta.dirname, 'fixtures', 'scrub-example.837');

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = (...args: string[]) =>
  runCommand(registerScrub, ['scrub', ...args, '--quiet', '--today', '2026-04-01']);

type Claim = { claimId: string; outcome: string; findings: { code: string; severity: string }[] };
const outcomes = (json: string) =>
  Object.fromEntries(
    (JSON.parse(json).claims as Claim[]).map((c) => [
      c.claimId,
      `${c.outcome}:${c.findings
        .map((f) => f.code)
        .sort()
        .join(',')}`,
    ]),
  );

describe('medcode scrub', () => {
  it('without a pack: the library edits only', async () => {
    const { out, exit } = await run(FILE, '--json');
    expect(outcomes(out)).toEqual({
      'CLEAN-1': 'clean:',
      'MRI-NOAUTH': 'clean:',
      'COLON-XS': 'info:NP003',
      'INJURY-X': 'reject:CC008',
      'LIPIDS-MB': 'deny:MN001',
    });
    expect(exit).toBe(1);
  });

  it('with the acme-health-ppo pack: prior authorization and the X modifiers', async () => {
    const { out } = await run(FILE, '--json', '--payer', 'acme-health-ppo');
    expect(outcomes(out)).toMatchObject({
      'MRI-NOAUTH': 'deny:PY001',
      'COLON-XS': 'reject:NP003,PY002',
    });
    expect(JSON.parse(out).pack).toEqual({ name: 'acme-health-ppo', versions: ['2025.1', '2026.1'] });
  });

  it('with the medicare-part-b pack: the ordering provider of a lab test', async () => {
    const { out } = await run(FILE, '--json', '--payer', 'medicare-part-b');
    expect(outcomes(out)).toMatchObject({ 'LIPIDS-MB': 'reject:MN001,PY003', 'MRI-NOAUTH': 'clean:' });
  });

  it('prints findings with their source and fix, and a summary by edit', async () => {
    const { out } = await run(FILE, '--payer', 'acme-health-ppo');
    expect(out).toContain('reject CC008 dx 1: S00.81A lacks the placeholder X');
    expect(out).toContain('fix: report S00.81XA');
    expect(out).toContain('source: pack acme-health-ppo 2026.1 rule advanced-imaging-auth');
    expect(out).toMatch(/payer rule pack: 2\n\s+PY001\s+1/);
  });

  it('writes a 277CA: rejected claims A7 with a claim status code, the others accepted', async () => {
    const ack = join(mkdtempSync(join(tmpdir(), 'medcode-scrub-')), 'out.277');
    await run(FILE, '--payer', 'acme-health-ppo', '--277ca', ack);
    const text = readFileSync(ack, 'utf8');
    expect(text).toContain('ST*277*0001*005010X214');
    expect(text).toMatch(/TRN\*2\*INJURY-X~\s*STC\*A7:254/);
    expect(text).toMatch(/TRN\*2\*COLON-XS~\s*STC\*A7:453/);
    expect(text).toMatch(/TRN\*2\*CLEAN-1~\s*STC\*A2:20/);
    expect(text).toContain('QTY*90*3');
    expect(text).toContain('QTY*AA*2');
  });

  it('names the shipped packs when asked for an unknown one', async () => {
    await expect(run(FILE, '--payer', 'nope')).rejects.toThrow(/acme-health-ppo, medicare-part-b/);
  });
});
