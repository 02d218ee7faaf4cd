/**
 * @module query
 * Provider queries about a lab order, drafted the way AHIMA/ACDIS "Guidelines for Achieving a
 * Compliant Query Practice" (2022 update) teach:
 * - a query presents the clinical indicators from the record (here: the order: tests, the
 *   diagnoses as written, the date, the patient's age and sex) and says what is missing;
 * - it does not lead: it never names a payer, coverage, payment or a policy, never says which
 *   answer would be paid, and never offers a single diagnosis to confirm;
 * - it is open-ended, or multiple choice with clinically reasonable options plus "Other
 *   (please specify)" and "Clinically undetermined"; yes/no is never used to obtain a new
 *   diagnosis (yes/no questions are only for administrative facts: a signature, an NPI).
 * Clinically reasonable options for a test the order does not support: the diagnoses as the
 * order gives them, and the more specific codes of the same subcategories and categories (the
 * NCD's covered rows sharing their category: related to what the practitioner documented).
 *
 * The draft has the shape of the service's POST /api/queries body (`toQueryBody`). When the
 * answer arrives, `applyQueryAnswer` folds it into the order and `reviewAnswered` reviews the
 * order again.
 */
import {
  formatIcd10Cm,
  type Icd10CmCode,
  type IsoDate,
  isValidNpi,
  parseIcd10Cm,
  parseIsoDate,
  uncheckedNpi,
  ageOn,
} from '@medcode/domain';
import type { AppliedAnswer, LabOrder, QueryTopic } from './order.ts';
import type { LabReview } from './review.ts';

export interface LabQueryDraft {
  subjectKind: 'lab-order';
  subjectId: string;
  question: string;
  indicators: string[];
  options?: string[];
  /** Not part of the service's body: what the query is about, for `applyQueryAnswer`. */
  topic: QueryTopic;
  /** The tests (1-based lines) the query is about. */
  tests: number[];
}

/** The body the service's POST /api/queries takes. */
export const toQueryBody = (d: LabQueryDraft) => ({
  subjectKind: d.subjectKind,
  subjectId: d.subjectId,
  question: d.question,
  indicators: d.indicators,
  ...(d.options ? { options: d.options } : {}),
});

export const OTHER = 'Other (please specify)';
export const UNDETERMINED = 'Clinically undetermined';
export const SCREENING_OPTION = 'Screening: the patient has no related sign, symptom or condition';
export const EVALUATION_OPTION = 'Evaluation of a sign, symptom or condition (please specify)';

/** Each question opens with its topic's words; `topicOfQuestion` reads a stored query back. */
const LEAD: Record<QueryTopic, string> = {
  'medical-necessity': 'Please document the clinical reason',
  screening: 'Please clarify the purpose',
  diagnosis: 'Please document the diagnosis',
  signature: 'Please provide the signed order',
  'ordering-npi': 'Please provide the NPI',
  'collection-date': 'Please provide the date',
  units: 'Please confirm the number',
  coverage: 'Please provide the information the plan requires',
};

export function topicOfQuestion(question: string): QueryTopic | undefined {
  return (Object.keys(LEAD) as QueryTopic[]).find((t) => question.startsWith(LEAD[t]));
}

const TOPIC_OF: Readonly<Record<string, QueryTopic>> = {
  LB001: 'ordering-npi',
  LB002: 'ordering-npi',
  PY003: 'ordering-npi',
  LB003: 'diagnosis',
  CV001: 'diagnosis',
  CV002: 'diagnosis',
  CV003: 'diagnosis',
  CV004: 'diagnosis',
  CV010: 'diagnosis',
  CC001: 'diagnosis',
  CC005: 'diagnosis',
  CC006: 'diagnosis',
  CC007: 'diagnosis',
  CC008: 'diagnosis',
  CC011: 'diagnosis',
  CC012: 'diagnosis',
  PT001: 'diagnosis',
  PT002: 'diagnosis',
  LB004: 'signature',
  LB005: 'collection-date',
  LB007: 'screening',
  LB008: 'medical-necessity',
  NM001: 'units',
  NM002: 'units',
  NM003: 'units',
  PY001: 'coverage',
  PY005: 'coverage',
  PY006: 'coverage',
  MN002: 'coverage',
};

function testText(order: LabOrder, line: number): string {
  const t = order.tests[line - 1]!;
  return `${t.code}${t.name ? ` ${t.name}` : ''}${t.units > 1 ? ` x${t.units}` : ''}`;
}

/** The clinical indicators of the order, as the record gives them. */
function indicators(order: LabOrder, review: LabReview): string[] {
  const out: string[] = [];
  out.push(`Tests ordered: ${order.tests.map((_t, i) => testText(order, i + 1)).join('; ') || 'none'}`);
  out.push(
    `Diagnoses on the order: ${
      review.diagnoses.map((d) => `${d.display}${d.title ? ` ${d.title}` : ''}`).join('; ') || 'none given'
    }`,
  );
  out.push(`Collection date: ${order.collectionDate ?? 'not given'}`);
  const p = order.patient;
  if (p.birthDate !== undefined || p.sex !== undefined) {
    const age = p.birthDate !== undefined ? `${ageOn(p.birthDate, review.on)}-year-old` : '';
    const sex = p.sex === 'F' ? 'female' : p.sex === 'M' ? 'male' : '';
    out.push(`Patient: ${[age, sex].filter(Boolean).join(' ') || 'not stated'}`);
  }
  const prov = order.orderingProvider;
  out.push(
    `Ordering practitioner: ${prov.name ? [prov.name.first, prov.name.last].filter(Boolean).join(' ') : 'not named'}${prov.npi ? ` (NPI ${prov.npi})` : ''}`,
  );
  return out;
}

function draft(
  order: LabOrder,
  review: LabReview,
  topic: QueryTopic,
  tests: number[],
  missing: string[],
): LabQueryDraft {
  const base = indicators(order, review);
  const about =
    tests.map((l) => testText(order, l)).join('; ') ||
    order.tests.map((_t, i) => testText(order, i + 1)).join('; ');
  const date = order.collectionDate ?? review.on;
  const q = (question: string, options?: string[]): LabQueryDraft => ({
    subjectKind: 'lab-order',
    subjectId: order.id,
    question,
    indicators: [...base, ...missing.map((m) => `Missing or unclear: ${m}`)],
    ...(options ? { options } : {}),
    topic,
    tests,
  });
  switch (topic) {
    case 'medical-necessity': {
      const given = review.diagnoses.map((d) => `${d.display}${d.title ? ` ${d.title}` : ''}`);
      const nearby = new Map<string, string>();
      for (const n of review.necessity.filter((x) => tests.includes(x.line)))
        for (const v of n.ncds)
          for (const c of v.wouldCover)
            if (!order.diagnoses.includes(c.code))
              nearby.set(c.code, `${formatIcd10Cm(c.code)}${c.title ? ` ${c.title}` : ''}`);
      const options = [
        ...(given.length > 0 ? [`As documented on the order: ${given.join('; ')}`] : []),
        ...nearby.values(),
        OTHER,
        UNDETERMINED,
      ];
      return q(
        `${LEAD[topic]} (condition, sign or symptom) for which ${about} ${tests.length > 1 ? 'were' : 'was'} ordered for collection on ${date}, based on your clinical judgment and the patient's record.`,
        options,
      );
    }
    case 'screening':
      return q(
        `${LEAD[topic]} of ${about}, ordered for collection on ${date} with examination/screening codes only: is the test to screen a patient without related signs, symptoms or conditions, or to evaluate a sign, symptom or condition?`,
        [SCREENING_OPTION, EVALUATION_OPTION, OTHER, UNDETERMINED],
      );
    case 'diagnosis':
      return q(
        `${LEAD[topic]} (condition, sign or symptom, as specifically as the record supports) for which ${about} was ordered; the codes on the order cannot be reported as written.`,
      );
    case 'signature':
      return q(
        `${LEAD[topic]} for ${about} (collection ${date}), or the signed medical record entry that documents it.`,
      );
    case 'ordering-npi':
      return q(`${LEAD[topic]} of the practitioner who ordered ${about}.`);
    case 'collection-date':
      return q(`${LEAD[topic]} of the order and of the specimen collection for ${about}.`);
    case 'units':
      return q(`${LEAD[topic]} of units ordered of ${about}.`);
    case 'coverage':
      return q(
        `${LEAD[topic]} for ${about}: prior authorization, ordering practitioner, or the reason the test is needed more often than the plan's limit.`,
      );
  }
}

/** One query per topic that a finding of action "query" raises. */
export function draftQueries(order: LabOrder, review: LabReview): LabQueryDraft[] {
  const byTopic = new Map<QueryTopic, { tests: Set<number>; missing: string[] }>();
  review.findings.forEach((f, k) => {
    if (review.actions[k] !== 'query') return;
    const topic = TOPIC_OF[f.code];
    if (!topic) return;
    const e = byTopic.get(topic) ?? { tests: new Set<number>(), missing: [] };
    byTopic.set(topic, e);
    if (f.path.line !== undefined) e.tests.add(f.path.line);
    // The finding's message says what is missing; NCD and payer wording stays out of the query.
    if (topic !== 'medical-necessity' && topic !== 'coverage' && !e.missing.includes(f.message))
      e.missing.push(f.message);
  });
  if (byTopic.has('medical-necessity'))
    byTopic.get('medical-necessity')!.missing.push('a condition, sign or symptom that explains the test');
  return [...byTopic].map(([topic, e]) =>
    draft(
      order,
      review,
      topic,
      [...e.tests].sort((a, b) => a - b),
      e.missing,
    ),
  );
}

// --- answers -------------------------------------------------------------------------------------

/** The answer as the service records it ({ text, by, at }), or with its topic when known. */
export interface QueryAnswer {
  text: string;
  by?: string | null;
  at?: number;
  topic?: QueryTopic;
}

/** ICD-10-CM codes written with their dot (E11.65, Z13.6) or a bare category (R53 is ambiguous: skipped). */
function codesIn(text: string): Icd10CmCode[] {
  const out: Icd10CmCode[] = [];
  for (const m of text.matchAll(/\b([A-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4})\b/gi)) {
    const r = parseIcd10Cm(m[1]!);
    if (r.ok && !out.includes(r.value)) out.push(r.value);
  }
  return out;
}

/** Adds codes in order; a code more specific than one on the order replaces it (E11 → E11.9). */
function mergeDiagnoses(current: readonly Icd10CmCode[], added: readonly Icd10CmCode[]): Icd10CmCode[] {
  const out = [...current];
  for (const c of added) {
    if (out.includes(c)) continue;
    const k = out.findIndex((d) => c.startsWith(d) && c.length > d.length);
    if (k >= 0) out[k] = c;
    else out.push(c);
  }
  return out;
}

const NEGATIVE = /\b(no|not|unable|cannot|can't|declined?|refused?)\b/i;

/**
 * The order with the answer folded in: diagnoses written in the answer are added (a more
 * specific code replaces its header), an NPI with a valid check digit fills a missing or wrong
 * one, a date fills a missing collection date, a signature answer that does not decline marks
 * the order signed; the answer itself is kept (`answers`) so the next review knows the office
 * answered. `query` is the draft, or the stored query (its question tells the topic).
 */
export function applyQueryAnswer(
  order: LabOrder,
  answer: QueryAnswer,
  query?: { topic?: QueryTopic; question?: string },
): LabOrder {
  const topic =
    answer.topic ?? query?.topic ?? (query?.question ? topicOfQuestion(query.question) : undefined);
  const text = answer.text.trim();
  const record: AppliedAnswer = {
    topic: topic ?? 'diagnosis',
    text,
    ...(answer.by ? { by: answer.by } : {}),
    ...(answer.at !== undefined ? { at: answer.at } : {}),
  };
  const next: LabOrder = { ...order, answers: [...(order.answers ?? []), record] };
  const codes = codesIn(text);
  if (codes.length > 0) next.diagnoses = mergeDiagnoses(order.diagnoses, codes);
  if (topic === 'ordering-npi' || topic === undefined) {
    const n = /\b(\d{10})\b/.exec(text)?.[1];
    if (n !== undefined && isValidNpi(n))
      next.orderingProvider = { ...order.orderingProvider, npi: uncheckedNpi(n) };
  }
  if (topic === 'collection-date' && order.collectionDate === undefined) {
    const m = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text) ?? /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
    const iso =
      m === null
        ? undefined
        : m.length === 2
          ? m[1]
          : `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
    const d = iso !== undefined ? parseIsoDate(iso) : undefined;
    if (d?.ok) next.collectionDate = d.value as IsoDate;
  }
  if (topic === 'signature' && text !== '' && !NEGATIVE.test(text)) next.signaturePresent = true;
  return next;
}
