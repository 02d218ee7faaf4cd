/**
 * @module review
 * `reviewLabOrder(order, context)`: the review of a lab order before the test is run. Two rule
 * sets run on the same engine: the claim edit library's rules of kind "labOrder" on the order
 * as a claim (claim.ts: code validity, ICD-10-CM conventions such as codes that cannot be
 * first-listed, patient age and sex, MUE, the payer pack), and the lab-order rules on the
 * order itself (rules.ts: missing information, NCD medical necessity, screening codes on
 * diagnostic tests, frequency limits, the ABN). Findings of both have the scrubber's shape;
 * a lab finding hides the claim finding it supersedes on the same item. Each finding has an
 * action (findings.ts), and the order's outcome is the most pressing one:
 *   reject > needs-query > needs-abn > ready.
 * A query comes before an ABN: the ordering office may document a diagnosis that makes the
 * test covered; once it has answered, the same finding asks for the ABN instead.
 * Pure: reads the order and the tables, writes nothing.
 */
import type { Finding, IsoDate } from '@medcode/domain';
import { Almanac, type CompiledPack, type RuleResult, scrub } from '@medcode/rules';
import { type AbnItem, type AbnNotice, abnItem, abnNotice } from './abn.ts';
import { labBook, type LabEnv, testAbnFact, testFrequencyFact, testNecessityFact } from './book.ts';
import { orderAsClaim, orderHistory } from './claim.ts';
import {
  CLAIM_CODE_ACTIONS,
  CLAIM_CODES_NOT_FOR_ORDERS,
  LAB_FINDINGS,
  type LabAction,
  type LabFindingCode,
} from './findings.ts';
import type { FrequencyCheck } from './frequency-check.ts';
import type { TestNecessity } from './necessity.ts';
import type { LabOrder, QueryTopic } from './order.ts';
import { applyQueryAnswer, draftQueries, type LabQueryDraft, type QueryAnswer } from './query.ts';
import { labRuleSet } from './rules.ts';
import type { LabTables } from './tables.ts';

export type LabOutcome = 'ready' | 'needs-abn' | 'needs-query' | 'reject';

export interface LabReviewContext {
  tables: LabTables;
  /** The day of the check (never the clock: the caller says, so a review is reproducible). */
  today: IsoDate;
  /** Payer packs by id; the order's coverage names the one that applies. */
  packs?: Readonly<Record<string, CompiledPack>>;
  /** ABN field (A): the lab's name, address and telephone. */
  notifier?: string;
  /** Record every rule evaluation. */
  trace?: boolean;
}

export interface ReviewedDiagnosis {
  code: string;
  /** E78.5 */
  display: string;
  title?: string;
}

export interface LabReview {
  orderId: string;
  outcome: LabOutcome;
  /** The date of service used: the collection date, else the day of the check. */
  on: IsoDate;
  findings: Finding[];
  /** What each finding asks of the lab, in the same order. */
  actions: LabAction[];
  necessity: TestNecessity[];
  frequency: { line: number; checks: FrequencyCheck[] }[];
  abn?: AbnNotice;
  queries: LabQueryDraft[];
  diagnoses: ReviewedDiagnosis[];
  fired: RuleResult[];
  evaluations: number;
}

/** Which answered query turns a finding's action into its `afterAnswer`. */
const ANSWERED_BY: Partial<Record<LabFindingCode, QueryTopic>> = {
  LB007: 'screening',
  LB008: 'medical-necessity',
};

export function actionOf(code: string, order: LabOrder): LabAction {
  if (code in LAB_FINDINGS) {
    const def = LAB_FINDINGS[code as LabFindingCode] as { action: LabAction; afterAnswer?: LabAction };
    const topic = ANSWERED_BY[code as LabFindingCode];
    if (topic && def.afterAnswer && (order.answers ?? []).some((a) => a.topic === topic))
      return def.afterAnswer;
    return def.action;
  }
  const a = CLAIM_CODE_ACTIONS[code] ?? 'none';
  // The ABN is Medicare's notice: for other coverage, a likely payer denial goes to the office.
  if (a === 'abn' && order.coverage.kind !== 'medicare') return 'query';
  return a;
}

const RANK: Record<LabAction, number> = { none: 0, abn: 1, query: 2, reject: 3 };
const OUTCOME: Record<LabAction, LabOutcome> = {
  none: 'ready',
  abn: 'needs-abn',
  query: 'needs-query',
  reject: 'reject',
};

const samePath = (x: Finding, y: Finding): boolean =>
  x.path.claimId === y.path.claimId && x.path.line === y.path.line && x.path.diagnosis === y.path.diagnosis;

export function reviewLabOrder(order: LabOrder, context: LabReviewContext): LabReview {
  const on = (order.collectionDate ?? context.today) as IsoDate;
  const packs = context.packs ?? {};
  const pack = order.coverage.payerPack !== undefined ? packs[order.coverage.payerPack] : undefined;
  const env: LabEnv = {
    tables: context.tables,
    today: context.today,
    on,
    packIds: new Set(Object.keys(packs)),
  };

  const a = new Almanac(labBook, order, env);
  const lab = labRuleSet.run(a, context.trace ? { trace: true } : {});
  const claim = scrub(orderAsClaim(order, on), {
    tables: context.tables.scrub,
    today: context.today,
    history: orderHistory(order),
    kind: 'labOrder',
    ...(pack ? { pack } : {}),
    ...(context.trace ? { trace: true } : {}),
  });

  const findings: Finding[] = [...lab.findings];
  const fired: RuleResult[] = [...lab.fired];
  claim.findings.forEach((f, k) => {
    if (CLAIM_CODES_NOT_FOR_ORDERS.has(f.code)) return;
    const hidden = lab.findings.some((l) => {
      const sup = (LAB_FINDINGS[l.code as LabFindingCode] as { supersedes?: readonly string[] }).supersedes;
      return sup?.includes(f.code) === true && samePath(l, f);
    });
    if (hidden) return;
    findings.push(f);
    fired.push(claim.fired[k]!);
  });
  const actions = findings.map((f) => actionOf(f.code, order));

  // ABN items: the lab rules' own, plus the payer pack's Medicare denials on other tests.
  const items: AbnItem[] = [];
  order.tests.forEach((_t, i) => {
    const item = a.get(testAbnFact, i);
    if (item) items.push(item);
  });
  if (order.coverage.kind === 'medicare')
    findings.forEach((f, k) => {
      if ((f.code === 'PY005' || f.code === 'PY006') && actions[k] === 'abn' && f.path.line !== undefined) {
        const i = f.path.line - 1;
        if (!items.some((x) => x.line === i + 1))
          items.push(
            abnItem(order, i, f.code === 'PY005' ? 'too-frequent' : 'not-necessary', context.tables, on),
          );
      }
    });
  items.sort((x, y) => x.line - y.line);

  const worst = actions.reduce<LabAction>((w, x) => (RANK[x] > RANK[w] ? x : w), 'none');
  const diagnoses = order.diagnoses.map((code) => {
    const title = context.tables.icd10cmTitle(code, on);
    return {
      code,
      display: code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code,
      ...(title ? { title } : {}),
    };
  });
  const necessity = order.tests.map((_t, i) => a.get(testNecessityFact, i));
  const review: LabReview = {
    orderId: order.id,
    outcome: OUTCOME[worst],
    on,
    findings,
    actions,
    necessity,
    frequency: order.tests.map((_t, i) => ({ line: i + 1, checks: a.get(testFrequencyFact, i) })),
    ...(items.length > 0 ? { abn: abnNotice(order, items, context.notifier) } : {}),
    queries: [],
    diagnoses,
    fired,
    evaluations: lab.evaluations + claim.evaluations,
  };
  review.queries = worst === 'query' ? draftQueries(order, review) : [];
  return review;
}

/**
 * What the service calls when a provider query about an order is answered: the answer folded
 * into the order (`applyQueryAnswer`), and the order reviewed again. `query` is the draft, or
 * the stored query (its question tells the topic).
 */
export function reviewAnswered(
  order: LabOrder,
  answer: QueryAnswer,
  query: { topic?: QueryTopic; question?: string } | undefined,
  context: LabReviewContext,
): { order: LabOrder; review: LabReview } {
  const next = applyQueryAnswer(order, answer, query);
  return { order: next, review: reviewLabOrder(next, context) };
}
