/**
 * @module eval/codiesp
 * Scoring the coder against CodiEsp (CLEF eHealth 2020; ../shared/eval/codiesp, PROVENANCE.txt):
 * machine-translated Spanish case reports whose coders labelled essentially every condition
 * mentioned, history and symptoms included, without principal/secondary order. The coder is
 * therefore run with the 'mentions' profile. Scores are micro P/R/F1 over (document, code)
 * pairs, at full code, 3-character category and without R codes (eval/metrics.ts).
 */
import { type CodingKnowledge, codeNote } from '../coder/coder.ts';
import { SUGGESTED_FROM } from '../coder/confidence.ts';
import type { Profile, Setting } from '../types.ts';
import { microScores, type Scores } from './metrics.ts';

export interface CodiEspDoc {
  id: string;
  split: string;
  text: string;
  codes: string[];
}

/** Reads codiesp_en.jsonl (one JSON object a line: id, split, text_en, icd10cm_dx). */
export function parseCodiEsp(jsonl: string, split?: string): CodiEspDoc[] {
  const out: CodiEspDoc[] = [];
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as { id: string; split: string; text_en: string; icd10cm_dx: string[] };
    if (split !== undefined && o.split !== split) continue;
    out.push({ id: o.id, split: o.split, text: o.text_en, codes: o.icd10cm_dx });
  }
  return out;
}

/**
 * CodiEsp's coders gave codes of at least 3 characters, not necessarily billable leaves, and
 * left out 7th-character extensions (PROVENANCE.txt; 2 of 8,316 gold codes have 7 characters):
 * for the edition-mapped score a 7th character and its placeholder X are dropped (S72.002A →
 * S72.002, T14.8XXA → T14.8).
 */
export const withoutSeventh = (code: string): string => {
  const c = code.replace('.', '');
  if (c.length !== 7) return code;
  const base = c.slice(0, 6).replace(/X+$/, '');
  return base.length > 3 ? `${base.slice(0, 3)}.${base.slice(3)}` : base;
};

export interface EvalReport {
  documents: number;
  full: Scores;
  category: Scores;
  noR: Scores;
  /** The same, after mapping each suggestion to the gold's edition (when a map is given). */
  edition?: { fiscalYear: number; full: Scores; category: Scores; noR: Scores };
  millisPerDocument: number;
  /** The precision/recall trade-off: full-code scores (edition-mapped when a map is given) by threshold. */
  curve: { minConfidence: number; scores: Scores }[];
}

/**
 * The default threshold: the highest that keeps CodiEsp train's F1 at its best, so it drops the
 * least-supported suggestions (coder/confidence.ts) at no cost in F1; chosen on train with the
 * model's fit (eval/fit-confidence.ts, `medcode eval codiesp --fit-confidence`), dev checked after.
 */
export const DEFAULT_MIN_CONFIDENCE = SUGGESTED_FROM;
const CURVE = [0, 0.3, DEFAULT_MIN_CONFIDENCE, 0.4, 0.5, 0.6, 0.7, 0.8] as const;

export function evaluateCodiEsp(
  docs: readonly CodiEspDoc[],
  k: CodingKnowledge,
  opts: {
    profile?: Profile;
    setting?: Setting;
    minConfidence?: number;
    /** Maps a code to the gold's edition (store/edition.ts), with the edition's fiscal year. */
    edition?: { fiscalYear: number; map: (code: string) => string };
  } = {},
): EvalReport {
  const gold = new Map<string, string[]>();
  const all = new Map<string, { code: string; confidence: number }[]>();
  const started = performance.now();
  for (const d of docs) {
    gold.set(d.id, d.codes);
    const r = codeNote(d.text, k, {
      setting: opts.setting ?? 'inpatient',
      profile: opts.profile ?? 'mentions',
    });
    all.set(d.id, r.suggestions);
  }
  const ms = performance.now() - started;
  const ed = opts.edition;
  const above = (t: number): Map<string, string[]> =>
    new Map([...all].map(([id, s]) => [id, s.filter((x) => x.confidence >= t).map((x) => x.code)]));
  const asGold = (m: Map<string, string[]>): Map<string, string[]> =>
    ed
      ? new Map([...m].map(([id, codes]) => [id, [...new Set(codes.map((c) => ed.map(withoutSeventh(c))))]]))
      : m;
  const predicted = above(opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  const mapped = ed ? asGold(predicted) : undefined;
  return {
    documents: docs.length,
    full: microScores(gold, predicted, 'full'),
    category: microScores(gold, predicted, 'category'),
    noR: microScores(gold, predicted, 'noR'),
    ...(ed && mapped
      ? {
          edition: {
            fiscalYear: ed.fiscalYear,
            full: microScores(gold, mapped, 'full'),
            category: microScores(gold, mapped, 'category'),
            noR: microScores(gold, mapped, 'noR'),
          },
        }
      : {}),
    millisPerDocument: docs.length > 0 ? ms / docs.length : 0,
    curve: CURVE.map((t) => ({ minConfidence: t, scores: microScores(gold, asGold(above(t)), 'full') })),
  };
}
