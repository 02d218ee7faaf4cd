// Provider queries: drafted to the AHIMA/ACDIS compliant-query practice, stored and moved
// through their lifecycle by the service's store (SQLite in memory), answered, folded into the
// order, and the order reviewed again.
import { createOrg, createQuery, advanceQuery, getQuery, openDatabase, type SqlDb } from '@medcode/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { order, storeTables, TODAY } from './fixtures/support.ts';
import type { LabOrder } from './order.ts';
import {
  applyQueryAnswer,
  type LabQueryDraft,
  SCREENING_OPTION,
  toQueryBody,
  topicOfQuestion,
} from './query.ts';
import { reviewAnswered, reviewLabOrder } from './review.ts';

const context = { tables: storeTables(), today: TODAY };
const drafts = (o: LabOrder): LabQueryDraft[] => reviewLabOrder(o, context).queries;

describe('drafting follows the compliant query practice', () => {
  const all = [
    ...drafts(order('80061', ['I2582'])),
    ...drafts(order('84443', ['Z1329'])),
    ...drafts(order('80061', [], { signaturePresent: false, orderingProvider: {} })),
  ];

  it('covers each topic the findings raise', () =>
    expect(all.map((d) => d.topic).sort()).toEqual(
      ['diagnosis', 'medical-necessity', 'ordering-npi', 'screening', 'signature'].sort(),
    ));

  it('never names payment, coverage or a policy (not leading)', () => {
    for (const d of all) {
      const text = [d.question, ...d.indicators, ...(d.options ?? [])].join('\n');
      expect(text).not.toMatch(/medicare|medicaid|ncd|coverage|covered|pay|paid|abn|denied|reimburse/i);
    }
  });

  it('presents the order as clinical indicators: the tests and the diagnoses as written', () => {
    const d = all.find((x) => x.topic === 'medical-necessity')!;
    expect(d.indicators.some((i) => i.startsWith('Tests ordered: 80061'))).toBe(true);
    expect(d.indicators.some((i) => i.includes('I25.82 Chronic total occlusion of coronary artery'))).toBe(
      true,
    );
    expect(d.indicators.some((i) => i.startsWith('Missing or unclear:'))).toBe(true);
  });

  it('clinical questions are multiple choice with "Other" and "Clinically undetermined"; none is yes/no', () => {
    for (const d of all.filter((x) => x.topic === 'medical-necessity' || x.topic === 'screening')) {
      expect(d.options!.slice(-2)).toEqual(['Other (please specify)', 'Clinically undetermined']);
      expect(d.options!.length).toBeGreaterThan(3);
      expect(d.question).not.toMatch(/^(does|is|did|can|could|was|has)\b/i);
    }
    const necessity = all.find((x) => x.topic === 'medical-necessity')!;
    expect(necessity.options![0]).toBe(
      'As documented on the order: I25.82 Chronic total occlusion of coronary artery',
    );
  });

  it('fits the body of POST /api/queries', () => {
    for (const d of all) {
      const body = toQueryBody(d);
      expect(
        Object.keys(body).every((k) =>
          ['subjectKind', 'subjectId', 'question', 'indicators', 'options'].includes(k),
        ),
      ).toBe(true);
      expect(body).toMatchObject({ subjectKind: 'lab-order', subjectId: 'REQ-1001' });
      expect(body.question.length).toBeLessThanOrEqual(4000);
      expect(body.indicators.length).toBeLessThanOrEqual(50);
      for (const i of body.indicators) expect(i.length).toBeLessThanOrEqual(1000);
      expect((body.options ?? []).length).toBeLessThanOrEqual(20);
      expect(topicOfQuestion(body.question)).toBe(d.topic);
    }
  });
});

describe('a query goes drafted → sent → answered, and the order is reviewed again', () => {
  let db: SqlDb;
  let orgId: string;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
    orgId = (await createOrg(db, 'Lab of the golden cases', 'lab')).id;
  });
  afterAll(async () => db.close());

  /** Draft, store, send and answer the order's query of `topic`; return the stored query. */
  async function ask(o: LabOrder, topic: string, text: string) {
    const draft = reviewLabOrder(o, context).queries.find((q) => q.topic === topic)!;
    const created = await createQuery(db, {
      orgId,
      subjectKind: 'lab-order',
      subjectId: o.id,
      query: toQueryBody(draft),
    });
    expect(created.status).toBe('drafted');
    expect((await advanceQuery(db, orgId, created.id, 'sent')).ok).toBe(true);
    const answered = await advanceQuery(db, orgId, created.id, 'answered', {
      text,
      by: 'Dr Osler',
      at: Date.now(),
    });
    expect(answered.ok).toBe(true);
    const stored = (await getQuery(db, orgId, created.id))!;
    expect(stored.status).toBe('answered');
    return stored as typeof stored & {
      query: { question: string };
      answer: { text: string; by: string; at: number };
    };
  }

  it('a covered diagnosis in the answer: the order becomes ready', async () => {
    const o = order('80061', ['I2582']);
    expect(reviewLabOrder(o, context).outcome).toBe('needs-query');
    const q = await ask(
      o,
      'medical-necessity',
      'I25.10 Atherosclerotic heart disease of native coronary artery without angina pectoris',
    );
    const { order: next, review } = reviewAnswered(o, q.answer, q.query, context);
    expect(next.diagnoses).toEqual(['I2582', 'I2510']);
    expect(next.answers).toEqual([expect.objectContaining({ topic: 'medical-necessity', by: 'Dr Osler' })]);
    expect(review.outcome).toBe('ready');
    expect(review.abn).toBeUndefined();
  });

  it('"clinically undetermined": the query is answered, the test needs an ABN (GZ without one)', async () => {
    const o = order('80061', ['I2582']);
    const q = await ask(o, 'medical-necessity', 'Clinically undetermined');
    const { review } = reviewAnswered(o, q.answer, q.query, context);
    expect(review.outcome).toBe('needs-abn');
    expect(review.queries).toEqual([]);
    expect(review.abn!.items[0]).toMatchObject({ reason: 'not-necessary', modifiers: ['GZ'] });
  });

  it('screening confirmed: a statutory exclusion, GY (GX with a voluntary ABN)', async () => {
    const o = order('84443', ['Z1329'], { abnSigned: true });
    const q = await ask(o, 'screening', SCREENING_OPTION);
    const { review } = reviewAnswered(o, q.answer, q.query, context);
    expect(review.outcome).toBe('needs-abn');
    expect(review.abn!.items[0]).toMatchObject({
      reason: 'statutory-exclusion',
      modifiers: ['GX', 'GY'],
      required: false,
    });
  });

  it('the signed order comes back: ready', async () => {
    const o = order('80061', ['E785'], { signaturePresent: false });
    const q = await ask(o, 'signature', 'Signed requisition attached (scanned).');
    const { order: next, review } = reviewAnswered(o, q.answer, q.query, context);
    expect(next.signaturePresent).toBe(true);
    expect(review.outcome).toBe('ready');
  });

  it('a refusal does not count as a signature', () => {
    const o = order('80061', ['E785'], { signaturePresent: false });
    const next = applyQueryAnswer(o, {
      text: 'Not signed: the physician is unavailable',
      topic: 'signature',
    });
    expect(next.signaturePresent).toBe(false);
  });

  it('an NPI answer fills a missing NPI only when its check digit is right', () => {
    const o = order('80061', ['E785'], { orderingProvider: {} });
    expect(
      applyQueryAnswer(o, { text: 'NPI 1234567890', topic: 'ordering-npi' }).orderingProvider.npi,
    ).toBeUndefined();
    expect(applyQueryAnswer(o, { text: 'NPI 1234567893', topic: 'ordering-npi' }).orderingProvider.npi).toBe(
      '1234567893',
    );
  });

  it('a more specific code replaces the header it refines', () => {
    const o = order('80061', ['E78']);
    expect(
      applyQueryAnswer(o, { text: 'E78.5 Hyperlipidemia, unspecified', topic: 'diagnosis' }).diagnoses,
    ).toEqual(['E785']);
  });
});
