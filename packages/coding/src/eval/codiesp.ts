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
 * left out 7th-character extensions (PROVENANCE.txt; 2 of 8,316 gold codes have 7 characters)
 * but kept the placeholder X before them ("s09.90x", "s02.5xx", "t81.4xx": 123 of the gold codes of
 * train and dev end in X). So the 7th character alone is dropped (S72.002A → S72.002, S09.90XA → S09.90X).
 */
export const withoutSeventh = (code: string): string => {
  const c = code.replace('.', '');
  return c.length === 7 ? `${c.slice(0, 3)}.${c.slice(3, 6)}` : code;
};

/**
 * A suggestion as the gold writes it: mapped to the gold's edition first, where a code that
 * took placeholders later may have none (T14.8XXA, FY2018 → T14.8 of FY2017), then without
 * its 7th character.
 */
export const asGoldCode = (code: string, map: (code: string) => string): string => withoutSeventh(map(code));

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
      ? new Map([...m].map(([id, codes]) => [id, [...new Set(codes.map((c) => asGoldCode(c, ed.map)))]]))
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
