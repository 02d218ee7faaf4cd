/**
 * @module em/evaluate
 * The E/M office-visit level with its reasoning: facts read from the note (em/patterns.ts),
 * each element's level per the AMA CPT 2021 MDM table, the MDM level (two of three), the time
 * level, and the code. Every fact carries the words that support it.
 */
import type { NoteDocument, Sentence } from '../text/document.ts';
import {
  emCode,
  type ElementLevel,
  MDM_RANK,
  type MdmLevel,
  mdmLevel,
  type PatientStatus,
  timeRank,
} from './levels.ts';
import {
  CHRONIC_CONDITION,
  DATA_PATTERNS,
  type DataItem,
  ESTABLISHED_PATIENT,
  NEW_PATIENT,
  ORDER_VERBS,
  type ProblemKind,
  REVIEW_VERBS,
  RISK_PATTERNS,
  type RiskItem,
  STATUS_PATTERNS,
  TESTS,
  TOTAL_TIME,
} from './patterns.ts';

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ProblemFact {
  label: string;
  kind: ProblemKind;
  evidence: Evidence;
}
export interface DataFact {
  item: DataItem;
  /** For tests: which unique test. */
  test?: string;
  evidence: Evidence;
}
export interface RiskFact {
  item: RiskItem;
  evidence: Evidence;
}

export interface EmFacts {
  status: PatientStatus;
  statusEvidence?: Evidence;
  problems: ProblemFact[];
  data: DataFact[];
  risk: RiskFact[];
  totalMinutes?: number;
  timeEvidence?: Evidence;
}

export interface EmResult {
  code: string;
  basis: 'mdm' | 'time';
  mdm: { level: MdmLevel; problems: ElementLevel; data: ElementLevel; risk: ElementLevel; code: string };
  time?: { minutes: number; code: string };
  facts: EmFacts;
  /** Plain-words reasoning, one line per step. */
  reasoning: string[];
}

/** A problem the coder found, with the sentence that assesses it. */
export interface AssessedProblem {
  label: string;
  sentence: Sentence;
}

const ev = (doc: NoteDocument, s: Sentence, m?: RegExpExecArray): Evidence => {
  const start = m ? s.start + m.index : s.start;
  const end = m ? start + m[0].length : s.end;
  return { start, end, text: doc.text.slice(start, end) };
};

export function classifyProblem(label: string, sentenceText: string): ProblemKind {
  const chronic = CHRONIC_CONDITION.test(label) || CHRONIC_CONDITION.test(sentenceText);
  for (const { kind, re } of STATUS_PATTERNS) {
    if (!re.test(sentenceText) && !re.test(label)) continue;
    if ((kind === 'chronicExacerbation' || kind === 'chronicSevere') && !chronic) return 'acuteSystemic';
    if (kind === 'chronicStable' && !chronic) continue;
    return kind;
  }
  return chronic ? 'chronicStable' : 'acuteUncomplicated';
}

/** Reads the E/M facts from a note: the assessed problems come from the coder. */
export function extractEmFacts(
  doc: NoteDocument,
  problems: readonly AssessedProblem[],
  status?: PatientStatus,
): EmFacts {
  const data: DataFact[] = [];
  const risk: RiskFact[] = [];
  const seenTests = new Set<string>();
  const seenRisk = new Set<RiskItem>();
  const seenData = new Set<DataItem>();
  let minutes: number | undefined;
  let timeEvidence: Evidence | undefined;
  let statusFound: { status: PatientStatus; evidence: Evidence } | undefined;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const planLike =
      s.section === 'assessmentPlan' ||
      s.section === 'plan' ||
      s.section === 'results' ||
      s.section === 'other' ||
      s.section === 'impression';
    for (const [test, re] of Object.entries(TESTS)) {
      const m = re.exec(text);
      if (!m || seenTests.has(test)) continue;
      const ordered = ORDER_VERBS.test(text) && planLike;
      const reviewed =
        REVIEW_VERBS.test(text) && (s.section === 'results' || planLike || s.section === 'hpi');
      if (!ordered && !reviewed) continue;
      seenTests.add(test);
      data.push({ item: ordered ? 'testOrdered' : 'resultReview', test, evidence: ev(doc, s, m) });
    }
    for (const { item, re } of DATA_PATTERNS) {
      const m = re.exec(text);
      if (m && !seenData.has(item)) {
        seenData.add(item);
        data.push({ item, evidence: ev(doc, s, m) });
      }
    }
    if (planLike || s.section === 'medications') {
      for (const { item, re } of RISK_PATTERNS) {
        const m = re.exec(text);
        if (m && !seenRisk.has(item)) {
          seenRisk.add(item);
          risk.push({ item, evidence: ev(doc, s, m) });
        }
      }
    }
    const t = TOTAL_TIME.exec(text);
    if (t && minutes === undefined) {
      minutes = Number(t[1]);
      timeEvidence = ev(doc, s, t);
    }
    if (!statusFound) {
      const n = NEW_PATIENT.exec(text);
      const e = n ? undefined : ESTABLISHED_PATIENT.exec(text);
      if (n) statusFound = { status: 'new', evidence: ev(doc, s, n) };
      else if (e) statusFound = { status: 'established', evidence: ev(doc, s, e) };
    }
  }
  const problemFacts = problems.map((p) => ({
    label: p.label,
    kind: classifyProblem(p.label, doc.text.slice(p.sentence.start, p.sentence.end)),
    evidence: ev(doc, p.sentence),
  }));
  const resolved = status ?? statusFound?.status ?? 'established';
  return {
    status: resolved,
    ...(status === undefined && statusFound ? { statusEvidence: statusFound.evidence } : {}),
    problems: problemFacts,
    data,
    risk,
    ...(minutes !== undefined ? { totalMinutes: minutes } : {}),
    ...(timeEvidence ? { timeEvidence } : {}),
  };
}

/** Problems element (AMA 2021 Table 1, "Number and Complexity of Problems Addressed"). */
export function problemsLevel(problems: readonly ProblemFact[]): ElementLevel {
  const n = (k: ProblemKind): number => problems.filter((p) => p.kind === k).length;
  if (n('chronicSevere') + n('threatToLife') > 0) return 'high';
  if (
    n('chronicExacerbation') > 0 ||
    n('chronicStable') >= 2 ||
    n('undiagnosedNew') + n('acuteSystemic') + n('acuteComplicatedInjury') > 0
  )
    return 'moderate';
  if (n('selfLimited') >= 2 || n('chronicStable') === 1 || n('acuteUncomplicated') > 0) return 'low';
  return 'minimal';
}

/**
 * Data element (AMA 2021 Table 1, "Amount and/or Complexity of Data to be Reviewed and
 * Analyzed"). Category 1 items: each unique external note, test result, test ordered, and the
 * independent historian; Category 2: independent interpretation; Category 3: discussion.
 */
export function dataLevel(data: readonly DataFact[]): ElementLevel {
  const cat1Docs = data.filter(
    (d) => d.item === 'externalNotes' || d.item === 'resultReview' || d.item === 'testOrdered',
  ).length;
  const historian = data.some((d) => d.item === 'independentHistorian');
  const cat1 = cat1Docs + (historian ? 1 : 0);
  const cat2 = data.some((d) => d.item === 'independentInterpretation');
  const cat3 = data.some((d) => d.item === 'discussion');
  const categoriesMet = (cat1 >= 3 ? 1 : 0) + (cat2 ? 1 : 0) + (cat3 ? 1 : 0);
  if (categoriesMet >= 2) return 'high';
  if (categoriesMet >= 1) return 'moderate';
  if (cat1Docs >= 2 || historian) return 'low';
  return 'minimal';
}

/** Risk element (AMA 2021 Table 1, "Risk of Complications and/or Morbidity or Mortality of Patient Management"). */
export function riskLevel(risk: readonly RiskFact[]): ElementLevel {
  const has = (i: RiskItem): boolean => risk.some((r) => r.item === i);
  if (has('intensiveMonitoring') || has('hospitalization') || has('dnr') || has('emergencySurgery'))
    return 'high';
  if (has('prescriptionDrug') || has('majorSurgery') || has('socialDeterminants')) return 'moderate';
  if (has('otcDrug') || has('minorSurgery')) return 'low';
  return 'minimal';
}

export function evaluateEm(facts: EmFacts): EmResult {
  const p = problemsLevel(facts.problems);
  const d = dataLevel(facts.data);
  const r = riskLevel(facts.risk);
  const level = mdmLevel(p, d, r);
  const mdmCode = emCode(facts.status, MDM_RANK[level]);
  const reasoning = [
    `patient: ${facts.status}${facts.statusEvidence ? ` ("${facts.statusEvidence.text}")` : ' (default: no new-patient statement)'}`,
    `problems: ${p} (${facts.problems.map((x) => `${x.label}: ${x.kind}`).join('; ') || 'none assessed'})`,
    `data: ${d} (${facts.data.map((x) => (x.test ? `${x.item} ${x.test}` : x.item)).join('; ') || 'none'})`,
    `risk: ${r} (${facts.risk.map((x) => x.item).join('; ') || 'none'})`,
    `MDM: ${level} (two of three elements met or exceeded) → ${mdmCode}`,
  ];
  let code = mdmCode;
  let basis: EmResult['basis'] = 'mdm';
  let time: EmResult['time'];
  if (facts.totalMinutes !== undefined) {
    const tr = timeRank(facts.status, facts.totalMinutes);
    if (tr !== undefined) {
      time = { minutes: facts.totalMinutes, code: emCode(facts.status, tr) };
      reasoning.push(`time: ${facts.totalMinutes} minutes total → ${time.code}`);
      if (tr > MDM_RANK[level]) {
        code = time.code;
        basis = 'time';
      }
    } else reasoning.push(`time: ${facts.totalMinutes} minutes is below the lowest time threshold`);
  }
  reasoning.push(`reported: ${code} (by ${basis === 'mdm' ? 'medical decision making' : 'total time'})`);
  return {
    code,
    basis,
    mdm: { level, problems: p, data: d, risk: r, code: mdmCode },
    ...(time ? { time } : {}),
    facts,
    reasoning,
  };
}
