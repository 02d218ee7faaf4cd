// Golden lab orders, hand-made, each justified by the official row or the guideline it cites:
// the NCD list rows are read from the installed store (MEDCODE_TEST_HOME, installed by the
// Vitest global setup from the CMS spreadsheet), never written here as expected values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HcpcsCode, Icd10CmCode, IsoDate, Npi } from '@medcode/domain';
import { loadPack } from '@medcode/rules';
import { describe, expect, it } from 'vitest';
import { NCD_FREQUENCY_LIMITS } from './frequency.ts';
import type { LabOrder } from './order.ts';
import { type LabReview, reviewLabOrder } from './review.ts';
import { order, storeTables, TODAY } from './fixtures/support.ts';

const review = (o: LabOrder): LabReview => reviewLabOrder(o, { tables: storeTables(), today: TODAY });
const codes = (r: LabReview): string[] => r.findings.map((f) => f.code);
const on = '2026-03-02' as IsoDate;

/** The NCD row that answers for a diagnosis, read from the installed store. */
function row(ncd: string, dx: string) {
  const r = storeTables().ncdResolution(ncd, dx as Icd10CmCode, on);
  if (!r) throw new Error(`no NCD row for ${ncd} ${dx}`);
  return r;
}

/** Every table row a review's findings cite, as "table:line". */
const citedRows = (r: LabReview): string[] =>
  r.findings.flatMap((f) =>
    f.evidence.flatMap((e) => (e.kind === 'table' && 'line' in e ? [`${e.table}:${String(e.line)}`] : [])),
  );
const citedSections = (r: LabReview): string[] =>
  r.findings.flatMap((f) => f.evidence.flatMap((e) => (e.kind === 'guideline' ? [e.section] : [])));

interface Case {
  name: string;
  order: LabOrder;
  outcome: LabReview['outcome'];
  findings: string[];
  /** What in the official files or guidelines makes this the answer. */
  justify: (r: LabReview) => void;
}

const cases: Case[] = [
  {
    name: 'covered pair: lipid panel 80061 for hyperlipidemia E78.5',
    order: order('80061', ['E785']),
    outcome: 'ready',
    findings: [],
    justify: (r) => {
      const n = r.necessity[0]!;
      expect(n.ncds.map((v) => v.ncd)).toEqual(['190.23B']);
      const official = row('190.23B', 'E785');
      expect(official).toMatchObject({ resolution: 1, matched: 'code' });
      expect(n.ncds[0]!.diagnoses[0]).toMatchObject({
        code: 'E785',
        list: 'covered',
        effective: official.effective,
      });
      expect(n.ncds[0]!.diagnoses[0]!.evidence.line).toBe(official.evidence.line);
      expect(r.abn).toBeUndefined();
    },
  },
  {
    name: 'non-covered pair: lipid panel 80061 for chronic total occlusion I25.82',
    order: order('80061', ['I2582']),
    outcome: 'needs-query',
    findings: ['LB008', 'LB011', 'CC002'],
    justify: (r) => {
      const official = row('190.23B', 'I2582');
      // Not on the covered list: the NCD's "all other codes" row (resolution 3) answers.
      expect(official).toMatchObject({ resolution: 3, matched: 'all other codes' });
      expect(citedRows(r)).toContain(`ncd-lab:${official.evidence.line}`);
      const would = r.necessity[0]!.ncds[0]!.wouldCover;
      expect(would.length).toBeGreaterThan(0);
      for (const c of would) {
        expect(c.code.startsWith('I25')).toBe(true);
        expect(row('190.23B', c.code)).toMatchObject({ resolution: 1, matched: 'code' });
      }
      // The most specific first: codes sharing I25.8 before codes sharing only I25.
      expect(would[0]!.code.startsWith('I258')).toBe(true);
      expect(r.findings.find((f) => f.code === 'LB008')!.message).toContain(would[0]!.code.slice(0, 3));
      // MN001 of the claim library says the same, less precisely: hidden.
      expect(codes(r)).not.toContain('MN001');
      expect(r.queries.map((q) => q.topic)).toEqual(['medical-necessity']);
    },
  },
  {
    name: 'frequency limit: A1c 83036 seven weeks after the last one (NCD 190.21)',
    order: order('83036', ['E119'], {
      priorOrders: [{ date: '2026-01-10' as IsoDate, tests: ['83036' as HcpcsCode] }],
    }),
    outcome: 'needs-abn',
    findings: ['LB010', 'LB011'],
    justify: (r) => {
      // The diagnosis is covered (so only the frequency denies it) ...
      expect(row('190.21B', 'E119')).toMatchObject({ resolution: 1 });
      // ... and the NCD text limits glycated hemoglobin to once every three months.
      const limit = NCD_FREQUENCY_LIMITS.find((l) => l.id === 'ncd-190.21-controlled')!;
      expect(citedSections(r)).toContain(limit.cite.kind === 'guideline' ? limit.cite.section : '');
      expect(r.frequency[0]!.checks[0]).toMatchObject({ exceeded: true, nextAllowed: '2026-04-10' });
      expect(r.abn!.items[0]).toMatchObject({ reason: 'too-frequent', modifiers: ['GZ'], required: true });
    },
  },
  {
    name: 'frequency limit: an A1c exactly three months before is within the limit',
    order: order('83036', ['E119'], {
      priorOrders: [{ date: '2025-12-02' as IsoDate, tests: ['83036' as HcpcsCode] }],
    }),
    outcome: 'ready',
    findings: [],
    justify: (r) => expect(r.frequency[0]!.checks[0]).toMatchObject({ exceeded: false, earlier: [] }),
  },
  {
    name: 'earlier orders unknown: the limit is said to be unchecked, not passed',
    order: order('83036', ['E119'], { priorOrders: undefined as never }),
    outcome: 'ready',
    findings: ['LB013'],
    justify: (r) => expect(r.frequency[0]!.checks[0]!.exceeded).toBeUndefined(),
  },
  {
    name: 'missing ordering NPI',
    order: order('80061', ['E785'], { orderingProvider: { name: { last: 'Osler' } } }),
    outcome: 'needs-query',
    findings: ['LB001'],
    justify: (r) => {
      expect(
        r.findings[0]!.evidence.some((e) => e.kind === 'policy' && e.document.includes('42 CFR 410.32')),
      ).toBe(true);
      expect(r.queries.map((q) => q.topic)).toEqual(['ordering-npi']);
    },
  },
  {
    name: 'ordering NPI with a wrong check digit (the claim edit ST006 is hidden by it)',
    order: order('80061', ['E785'], { orderingProvider: { npi: '1234567890' as Npi } }),
    outcome: 'needs-query',
    findings: ['LB002'],
    justify: (r) => expect(r.findings[0]!.message).toContain('1234567890'),
  },
  {
    name: 'screening code on a diagnostic test: TSH 84443 for Z13.29',
    order: order('84443', ['Z1329']),
    outcome: 'needs-query',
    findings: ['LB007', 'LB009', 'LB011'],
    justify: (r) => {
      expect(citedSections(r)).toContain('I.C.21.c.5 Screening');
      // The thyroid NCD lists Z13.29 among the codes never covered (statutory exclusion: GY).
      const official = row('190.22', 'Z1329');
      expect(official).toMatchObject({ resolution: 2, matched: 'code' });
      expect(citedRows(r)).toContain(`ncd-lab:${official.evidence.line}`);
      expect(r.abn!.items[0]).toMatchObject({
        reason: 'statutory-exclusion',
        modifiers: ['GY'],
        required: false,
      });
      expect(r.queries[0]!.options).toContain('Clinically undetermined');
    },
  },
  {
    name: 'screening benefit, not a diagnostic test: lipid panel for Z13.6 (42 CFR 410.17)',
    order: order('80061', ['Z136']),
    outcome: 'ready',
    findings: [],
    justify: (r) => {
      expect(r.necessity[0]!.status).toBe('screening-benefit');
      expect(r.frequency[0]!.checks[0]).toMatchObject({ months: 60, exceeded: false });
    },
  },
  {
    name: 'ABN decision: A1c too soon, ABN signed: GA and the CLFS rate as the estimated cost',
    order: order('83036', ['E119'], {
      abnSigned: true,
      priorOrders: [{ date: '2026-02-01' as IsoDate, tests: ['83036' as HcpcsCode] }],
    }),
    outcome: 'needs-abn',
    findings: ['LB010', 'LB011'],
    justify: (r) => {
      const rate = storeTables().clfsRate('83036' as HcpcsCode, on)!;
      expect(rate.rate).toBeGreaterThan(0);
      expect(r.abn).toMatchObject({
        form: 'CMS-R-131',
        signed: true,
        identificationNumber: 'REQ-1001',
        totalEstimatedCost: rate.rate,
      });
      expect(r.abn!.items[0]).toMatchObject({ modifiers: ['GA'], estimatedCost: rate.rate, test: '83036' });
      expect(r.abn!.items[0]!.costEvidence!.line).toBe(rate.evidence.line);
      expect(r.abn!.patientName).toBe('Jane Doe');
    },
  },
  {
    name: 'header code: E78 is a category, not billable (claim edit CV002)',
    order: order('80061', ['E78']),
    outcome: 'needs-query',
    findings: ['CV002', 'LB008', 'LB011'],
    justify: (r) => expect(r.queries.map((q) => q.topic).sort()).toEqual(['diagnosis', 'medical-necessity']),
  },
  {
    name: 'a code that cannot be first-listed: the manifestation F02.80 before its etiology G30.9',
    order: order('84443', ['F0280', 'G309']),
    outcome: 'needs-query',
    findings: ['CC005', 'CC003'],
    justify: (r) => {
      // The MCE lists F02.80 among the manifestation codes never allowed first (Guidelines I.A.13).
      expect(storeTables().scrub.mceManifestation('F0280' as Icd10CmCode, on)).toBeDefined();
      expect(r.findings.find((f) => f.code === 'CC005')!.path.diagnosis).toBe(1);
      expect(r.queries.map((q) => q.topic)).toEqual(['diagnosis']);
      // Sequenced etiology first, the same order is ready.
      expect(review(order('84443', ['G309', 'F0280'])).outcome).toBe('ready');
    },
  },
  {
    name: 'Medicaid: the Medicare NCD does not bind, no ABN',
    order: order('80061', ['I2582'], { coverage: { kind: 'medicaid' } }),
    outcome: 'ready',
    findings: ['CC002'],
    justify: (r) => expect(r.abn).toBeUndefined(),
  },
  {
    name: 'no diagnosis and no signature',
    order: order('80061', [], { signaturePresent: false }),
    outcome: 'needs-query',
    findings: ['LB003', 'LB004'],
    justify: (r) => {
      expect(codes(r)).not.toContain('ST011');
      expect(r.queries.map((q) => q.topic).sort()).toEqual(['diagnosis', 'signature']);
    },
  },
  {
    name: 'an unknown HCPCS Level II test code cannot be run: reject',
    order: order('P9999', ['E785']),
    outcome: 'reject',
    findings: ['CV006'],
    justify: () => {},
  },
];

describe.each(cases)('$name', (c) => {
  const r = review(c.order);
  it(`is ${c.outcome}`, () => expect(r.outcome).toBe(c.outcome));
  it('has the expected findings', () => expect(codes(r).sort()).toEqual([...c.findings].sort()));
  it('is justified by the row or guideline it cites', () => c.justify(r));
});

it('findings have the scrubber shape: code, severity, message, path, evidence', () => {
  const r = review(order('80061', ['I2582']));
  for (const f of r.findings) {
    expect(f).toMatchObject({
      code: expect.any(String),
      severity: expect.any(String),
      message: expect.any(String),
    });
    expect(f.path.claimId).toBe('REQ-1001');
    expect(f.evidence.length).toBeGreaterThan(0);
  }
  expect(r.findings.find((f) => f.code === 'LB008')!.path.line).toBe(1);
});

describe('payer packs on the order (frequency limits and coverage of the plan)', () => {
  const packDir = join(import.meta.dirname, '..', '..', 'rules', 'packs');
  const packs = Object.fromEntries(
    ['medicare-part-b.yaml', 'acme-health-ppo.yaml'].map((f) => {
      const p = loadPack(readFileSync(join(packDir, f), 'utf8'), f);
      return [p.name, p];
    }),
  );
  const withPacks = (o: LabOrder) => reviewLabOrder(o, { tables: storeTables(), today: TODAY, packs });

  it('Medicare pack: a second screening PSA within 12 months (42 CFR 410.39) needs an ABN', () => {
    const r = withPacks(
      order('G0103', ['Z125'], {
        coverage: { kind: 'medicare', payerPack: 'medicare-part-b' },
        priorOrders: [{ date: '2025-09-01' as IsoDate, tests: ['G0103' as HcpcsCode] }],
      }),
    );
    const f = r.findings.find((x) => x.code === 'PY005')!;
    expect(f.evidence).toContainEqual(
      expect.objectContaining({ kind: 'payerPack', pack: 'medicare-part-b', rule: 'psa-screening' }),
    );
    expect(r.outcome).toBe('needs-abn');
    expect(r.abn!.items[0]).toMatchObject({ test: 'G0103', reason: 'too-frequent', modifiers: ['GZ'] });
  });

  it('commercial pack: vitamin D for a diagnosis outside the policy goes to the ordering office', () => {
    const r = withPacks(
      order('82306', ['R5383'], { coverage: { kind: 'commercial', payerPack: 'acme-health-ppo' } }),
    );
    expect(codes(r)).toContain('MN002');
    expect(r.outcome).toBe('needs-query');
    expect(r.abn).toBeUndefined();
    expect(r.queries.map((q) => q.topic)).toContain('coverage');
  });

  it('a pack the service lacks is said, not ignored', () => {
    const r = review(
      order('80061', ['E785'], { coverage: { kind: 'commercial', payerPack: 'nowhere-health' } }),
    );
    expect(codes(r)).toEqual(['LB012']);
  });
});
