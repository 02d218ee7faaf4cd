// `medcode adjudicate` and `medcode eligibility` in process, over the installed code sets (the
// global test setup installs them into MEDCODE_TEST_HOME), the shipped plans and the example
// members: an 837 written from hand-made claims goes in; the text, the JSON, the 835, the EOB
// bundle and the accumulators file come out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse835Sync, write837 } from '@medcode/x12';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeClaim } from '@medcode/adjudication/testing';
import { registerAdjudicate } from './adjudicate.ts';
import { registerEligibility } from './eligibility.ts';
import { runCommand } from '../test-support/run-command.ts';

const MEMBERS = resolve(import.meta.dirname, '../../../adjudication/plans/members-example.yaml');
const REQUEST = resolve(
  import.meta.dirname,
  '../../../adjudication/src/eligibility/fixtures/270-members.x12',
);
let dir = '';

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
  dir = mkdtempSync(join(tmpdir(), 'medcode-adjudicate-'));
  const claims = [
    makeClaim({ id: 'OFFICE', lines: [{ code: '99214', charge: 20000 }] }),
    makeClaim({ id: 'ENDED', memberId: '1EG4TE5MK74', lines: [{ code: '99213', charge: 15000 }] }),
    makeClaim({ id: 'UNLISTED', diagnoses: ['L98.9'], lines: [{ code: '17999', charge: 50000 }] }),
  ];
  writeFileSync(
    join(dir, 'claims.837'),
    write837(claims, {
      sender: { id: 'CLINIC' },
      receiver: { id: 'MEDICARE' },
      date: '20260801',
      time: '0900',
    }),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = (...args: string[]) =>
  runCommand((p) => {
    registerAdjudicate(p);
    registerEligibility(p);
  }, args);

describe('medcode adjudicate', () => {
  it('decides each claim, writes a balanced 835 that parses back, and leaves pended claims off it', async () => {
    const era = join(dir, 'era.835');
    const { out } = await run(
      'adjudicate',
      join(dir, 'claims.837'),
      '--plan',
      'medicare-b',
      '--members',
      MEMBERS,
      '--out',
      era,
      '--received',
      '2026-08-03',
      '--quiet',
    );
    expect(out).toMatch(/^OFFICE: processed .*paid \$0\.00 +patient \$135\.\d\d/m);
    expect(out).toMatch(/^ENDED: denied/m);
    expect(out).toMatch(/PR-27 \$150\.00/);
    expect(out).toMatch(/^UNLISTED: pended/m);
    const items = parse835Sync(readFileSync(era));
    const remittance = items.find((i) => i.kind === 'remittance');
    expect(remittance?.kind === 'remittance' && remittance.remittance.claims.map((c) => c.claimId)).toEqual([
      'OFFICE',
      'ENDED',
    ]);
    expect(items.filter((i) => i.kind === 'problem')).toEqual([]);
  });

  it('--json in predict mode: the unknown subscriber is eligible; the same run twice leaves the accumulators file as it was', async () => {
    const acc = join(dir, 'acc.json');
    const args = [
      'adjudicate',
      join(dir, 'claims.837'),
      '--plan',
      'medicare-b',
      '--accumulators',
      acc,
      '--received',
      '2026-08-03',
      '--json',
    ];
    const first = JSON.parse((await run(...args)).out);
    expect(first.mode).toBe('predict');
    expect(first.claims.find((c: { claimId: string }) => c.claimId === 'ENDED').status).toBe('processed');
    const once = readFileSync(acc, 'utf8');
    const second = JSON.parse((await run(...args)).out);
    expect(
      second.claims.every((c: { replay: boolean; status: string }) => c.replay || c.status === 'pended'),
    ).toBe(true);
    expect(readFileSync(acc, 'utf8')).toBe(once);
  });

  it('--eob writes a FHIR Bundle of ExplanationOfBenefit resources', async () => {
    const eob = join(dir, 'eob.json');
    await run(
      'adjudicate',
      join(dir, 'claims.837'),
      '--plan',
      'medicare-b',
      '--members',
      MEMBERS,
      '--eob',
      eob,
      '--received',
      '2026-08-03',
      '--quiet',
    );
    const bundle = JSON.parse(readFileSync(eob, 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    expect(
      bundle.entry.map((e: { resource: { resourceType: string; outcome: string } }) => [
        e.resource.resourceType,
        e.resource.outcome,
      ]),
    ).toEqual([
      ['ExplanationOfBenefit', 'complete'],
      ['ExplanationOfBenefit', 'complete'],
      ['ExplanationOfBenefit', 'partial'],
    ]);
  });

  it('an unknown plan name says which plans are shipped', async () => {
    await expect(run('adjudicate', join(dir, 'claims.837'), '--plan', 'nope')).rejects.toThrow(
      /shipped: .*medicare-b/,
    );
  });
});

describe('medcode eligibility', () => {
  it('answers the 270 with a 271 naming each subject', async () => {
    const out271 = join(dir, 'response.271');
    const { out } = await run(
      'eligibility',
      REQUEST,
      '--plan',
      'medicare-b',
      'acme-health-ppo',
      '--members',
      MEMBERS,
      '--out',
      out271,
    );
    expect(out).toMatch(/271 written .*\(5 subjects\)/);
    const text = readFileSync(out271, 'utf8');
    expect(text).toMatch(/^ST\*271\*/m);
    expect(text).toMatch(/AAA\*Y\*\*75\*C~/);
    expect(text).toMatch(/EB\*1\*IND\*30\*MB\*Medicare Part B~/);
  });

  it('--json: the answers as data', async () => {
    const { out } = await run(
      'eligibility',
      REQUEST,
      '--plan',
      'medicare-b,acme-health-ppo',
      '--members',
      MEMBERS,
      '--json',
    );
    const [r] = JSON.parse(out);
    expect(
      r.answers.map((a: { active: boolean; reject?: { code: string } }) => a.reject?.code ?? a.active),
    ).toEqual([true, false, '75', true, true]);
  });
});
