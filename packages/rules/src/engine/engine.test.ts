import { describe, expect, it } from 'vitest';
import { Engine, versionOn } from './engine.ts';
import { Almanac, FactBook, type SubjectModel } from './facts.ts';
import type { FindingRegistry } from './registry.ts';
import type { RuleSpec } from './types.ts';

// A toy subject, so the engine is tested apart from claims: an order with dated items.
interface Order {
  id: string;
  date: string;
  items: { sku: string; qty: number }[];
}
interface Env {
  limits: Record<string, number>;
  lookups: { n: number };
}

const model: SubjectModel<Order, Env> = {
  name: 'order',
  root: 'order',
  scopes: { order: () => 1, item: (o) => o.items.length },
  dateOf: (a) => a.subject.date,
  path: (a, scope, index) =>
    scope === 'item' ? { claimId: a.subject.id, line: index + 1 } : { claimId: a.subject.id },
  fallbackDate: () => '2026-01-01',
};
const book = new FactBook<Order, Env>(model);
book.define({ name: 'item.sku', scope: 'item', description: '', compute: (a, i) => a.subject.items[i]!.sku });
book.define({ name: 'item.qty', scope: 'item', description: '', compute: (a, i) => a.subject.items[i]!.qty });
book.define({
  name: 'item.limit',
  scope: 'item',
  description: 'a "table lookup" counted in env.lookups',
  compute: (a, i) => {
    a.env.lookups.n++;
    return a.env.limits[a.subject.items[i]!.sku];
  },
});
book.define({
  name: 'order.skus',
  scope: 'order',
  description: '',
  compute: (a) => a.subject.items.map((x) => x.sku),
});
book.define({
  name: 'order.pairs',
  scope: 'order',
  description: 'pairs of items with the same sku',
  compute: (a) => {
    const out: { item: number; other: number; sku: string }[] = [];
    a.subject.items.forEach((x, i) => {
      a.subject.items.forEach((y, j) => {
        if (i < j && x.sku === y.sku) out.push({ item: j, other: i, sku: x.sku });
      });
    });
    return out;
  },
});
book.predicate({
  name: 'qtyIsEven',
  description: 'the quantity is even',
  test: (a, i) => a.subject.items[i]!.qty % 2 === 0,
  detail: (a, i) => a.subject.items[i]!.qty,
});

const registry: FindingRegistry = {
  T001: { edit: 'test', severity: 'deny', title: 'over the limit', carc: { group: 'CO', reason: '151' } },
  T002: { edit: 'test', severity: 'warn', title: 'forbidden sku' },
  T003: { edit: 'test', severity: 'info', title: 'same sku twice' },
  T004: { edit: 'test', severity: 'reject', title: 'precise', supersedes: ['T001'] },
};

const rules: RuleSpec[] = [
  {
    id: 'limit',
    finding: 'T001',
    contexts: ['test'],
    scope: 'item',
    when: {
      all: [
        { fact: 'item.limit', operator: 'exists', value: true },
        { fact: 'item.qty', operator: 'greaterThan', value: { fact: 'item.limit' } },
      ],
    },
    message: '{item.sku}: {item.qty} over {item.limit}',
    versions: [{ from: '2020-01-01' }],
  },
  {
    id: 'forbidden',
    finding: 'T002',
    contexts: ['test'],
    scope: 'item',
    when: { fact: 'item.sku', operator: 'inCodeList', value: { param: 'skus' } },
    message: '{item.sku} is forbidden ({$param.why})',
    versions: [
      { from: '2020-01-01', to: '2024-12-31', params: { skus: ['A1'], why: 'old list' } },
      { from: '2025-01-01', params: { skus: ['B-', '!B9'], why: 'new list' }, severity: 'deny' },
    ],
  },
  {
    id: 'pairs',
    finding: 'T003',
    contexts: ['test'],
    scope: { each: 'order.pairs' },
    when: { not: { fact: '$item', path: 'sku', operator: 'equal', value: 'ZZ' } },
    message: '{$item.sku} twice',
    versions: [{ from: '2020-01-01' }],
  },
  {
    id: 'even',
    finding: 'T004',
    contexts: ['test'],
    scope: 'item',
    when: {
      all: [
        { predicate: 'qtyIsEven' },
        { fact: 'item.qty', operator: 'greaterThan', value: { fact: 'item.limit' } },
      ],
    },
    message: 'even and over',
    versions: [{ from: '2020-01-01' }],
  },
  {
    id: 'other-context',
    finding: 'T002',
    contexts: ['elsewhere'],
    scope: 'order',
    when: { fact: 'order.skus', operator: 'exists', value: true },
    message: 'never here',
    versions: [{ from: '2020-01-01' }],
  },
];

const engine = new Engine(book, registry);
const set = engine.compile({ kind: 'test', rules });
const run = (order: Order, memoise = true) => {
  const env: Env = { limits: { A1: 5, B1: 2 }, lookups: { n: 0 } };
  const a = new Almanac(book, order, env, { memoise });
  return { out: set.run(a), env, a };
};

describe('engine', () => {
  it('fires a rule and records the facts looked at, expected and actual', () => {
    const { out } = run({ id: 'O1', date: '2026-02-01', items: [{ sku: 'A1', qty: 7 }] });
    expect(out.findings).toHaveLength(1);
    const f = out.findings[0]!;
    expect(f).toMatchObject({
      code: 'T001',
      severity: 'deny',
      message: 'A1: 7 over 5',
      path: { claimId: 'O1', line: 1 },
    });
    expect(f.carc).toEqual({ group: 'CO', reason: '151' });
    expect(f.evidence).toContainEqual({
      kind: 'fact',
      name: 'item.qty',
      value: { actual: 7, operator: 'greaterThan', expected: 5, result: true },
    });
    expect(out.fired[0]).toMatchObject({
      rule: 'limit',
      scope: 'item',
      index: 0,
      version: { from: '2020-01-01' },
    });
  });

  it('computes a fact once per item however many rules read it', () => {
    const order = {
      id: 'O',
      date: '2026-02-01',
      items: [
        { sku: 'A1', qty: 1 },
        { sku: 'B1', qty: 1 },
      ],
    };
    const memo = run(order);
    const plain = run(order, false);
    expect(memo.env.lookups.n).toBe(2);
    expect(plain.env.lookups.n).toBeGreaterThan(2);
    expect(plain.out.findings).toEqual(memo.out.findings);
  });

  it('picks the rule version in force on the date, with its parameters and severity', () => {
    const old = run({
      id: 'O',
      date: '2024-06-01',
      items: [
        { sku: 'A1', qty: 1 },
        { sku: 'B1', qty: 1 },
      ],
    });
    expect(old.out.findings.map((f) => [f.code, f.message, f.severity])).toEqual([
      ['T002', 'A1 is forbidden (old list)', 'warn'],
    ]);
    const cur = run({
      id: 'O',
      date: '2025-06-01',
      items: [
        { sku: 'A1', qty: 1 },
        { sku: 'B1', qty: 1 },
        { sku: 'B9', qty: 1 },
      ],
    });
    expect(cur.out.findings.map((f) => [f.code, f.message, f.severity])).toEqual([
      ['T002', 'B1 is forbidden (new list)', 'deny'],
    ]);
    const before = run({ id: 'O', date: '2019-06-01', items: [{ sku: 'A1', qty: 9 }] });
    expect(before.out.findings).toEqual([]);
  });

  it('iterates over the items of a list fact and skips rules of other contexts', () => {
    const { out } = run({
      id: 'O',
      date: '2026-02-01',
      items: [
        { sku: 'C', qty: 1 },
        { sku: 'C', qty: 1 },
        { sku: 'ZZ', qty: 1 },
        { sku: 'ZZ', qty: 1 },
      ],
    });
    expect(out.findings.map((f) => f.message)).toEqual(['C twice']);
  });

  it('runs typed predicates and lets a precise finding supersede a vague one on the same item', () => {
    const { out } = run({
      id: 'O',
      date: '2026-02-01',
      items: [
        { sku: 'A1', qty: 8 },
        { sku: 'A1', qty: 7 },
      ],
    });
    const codes = out.findings.map((f) => `${f.code}@${f.path.line}`);
    expect(codes).toContain('T004@1');
    expect(codes).not.toContain('T001@1');
    expect(codes).toContain('T001@2');
    const pred = out.findings.find((f) => f.code === 'T004')!.evidence.find((e) => e.kind === 'fact');
    expect(pred).toMatchObject({ name: 'qtyIsEven', value: { actual: 8, result: true } });
  });

  it('gives the same findings and evaluation count whether rules run per scope or traced one by one', () => {
    // Without a trace the rules of a scope run as one generated function; with one, rule by rule.
    const env = (): Env => ({ limits: { A1: 5, B1: 2 }, lookups: { n: 0 } });
    for (const date of ['2019-06-01', '2024-06-01', '2025-06-01']) {
      const order: Order = {
        id: 'O',
        date,
        items: [
          { sku: 'A1', qty: 8 },
          { sku: 'B1', qty: 3 },
          { sku: 'B9', qty: 1 },
          { sku: 'B1', qty: 2 },
        ],
      };
      const fused = set.run(new Almanac(book, order, env()));
      const traced = set.run(new Almanac(book, order, env()), { trace: true });
      expect(fused.findings).toEqual(traced.findings);
      expect(fused.fired).toEqual(traced.fired);
      expect(fused.evaluations).toBe(traced.evaluations);
      expect(traced.trace).toHaveLength(traced.evaluations);
    }
    // Before every version's start nothing is evaluated; after it, all three item rules are.
    const early = set.run(
      new Almanac(book, { id: 'O', date: '2019-06-01', items: [{ sku: 'A1', qty: 1 }] }, env()),
    );
    expect(early.evaluations).toBe(0);
    const late = set.run(
      new Almanac(book, { id: 'O', date: '2025-06-01', items: [{ sku: 'A1', qty: 1 }] }, env()),
    );
    expect(late.evaluations).toBe(3);
    // An inactive version is evaluated by nobody and hides the versions before it.
    const retired = engine.compile({
      kind: 'test',
      rules: [
        {
          ...rules[0]!,
          versions: [{ from: '2025-01-01', inactive: true }, { from: '2020-01-01' }],
        },
      ],
    });
    for (const [date, evaluations, fired] of [
      ['2026-02-01', 0, 0],
      ['2021-02-01', 1, 1],
    ] as const) {
      const order: Order = { id: 'O', date, items: [{ sku: 'A1', qty: 7 }] };
      for (const trace of [false, true]) {
        const out = retired.run(new Almanac(book, order, env()), { trace });
        expect(out.evaluations).toBe(evaluations);
        expect(out.findings).toHaveLength(fired);
      }
    }
  });

  it('rejects rules that name unknown facts, operators or findings at compile time', () => {
    const bad = (r: Partial<RuleSpec>) => () =>
      engine.compile({ kind: 'test', rules: [{ ...rules[0]!, ...r }] });
    expect(bad({ when: { fact: 'nope', operator: 'equal', value: 1 } })).toThrow(/no fact named nope/);
    expect(bad({ when: { fact: 'item.qty', operator: 'nope', value: 1 } })).toThrow(/no operator/);
    expect(bad({ finding: 'X999' })).toThrow(/not in the registry/);
    expect(bad({ message: '{nothing.here}' })).toThrow(/no fact/);
  });

  it('versionOn: newest version that starts on or before the date, within its end', () => {
    const vs = [
      { from: '2025-01-01', to: undefined },
      { from: '2020-01-01', to: '2022-12-31' },
    ];
    expect(versionOn(vs, '2026-01-01')?.from).toBe('2025-01-01');
    expect(versionOn(vs, '2021-01-01')?.from).toBe('2020-01-01');
    expect(versionOn(vs, '2023-06-01')).toBeUndefined();
    expect(versionOn(vs, '2019-06-01')).toBeUndefined();
  });
});
