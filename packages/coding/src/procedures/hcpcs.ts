/**
 * @module procedures/hcpcs
 * Procedure, drug and supply codes from their descriptions: HCPCS Level II, and CPT only when
 * the customer's licensed file is installed (CPT descriptions are never shipped). A sentence
 * that says something was done, given or supplied ("administered", "placed", "dispensed") is
 * read against every active description; a code is proposed when the sentence holds all the
 * significant words of its description (units and dosage words aside), affirmed, and the
 * longest such description wins. The words matched are the evidence.
 */
import { contextOf, findTriggers, type TriggerHit } from '../context/context.ts';
import { phraseKeys } from '../lexicon/normalize.ts';
import { type SentenceKeys, sentenceKeys } from '../index/sentence-keys.ts';
import type { NoteDocument } from '../text/document.ts';
import type { Span } from '../types.ts';

export interface ProcedureRow {
  code: string;
  description: string;
  /** 'cpt' for a customer file's row, 'hcpcs' for Level II. */
  system: 'hcpcs' | 'cpt';
}

export interface ProcedureSuggestion {
  code: string;
  system: 'hcpcs' | 'cpt';
  description: string;
  confidence: number;
  evidence: Span;
  /** The description's words found in the sentence. */
  matched: string[];
}

interface Entry {
  row: ProcedureRow;
  keys: string[];
}

// Dosage and unit words: "Injection, ceftriaxone sodium, per 250 mg" is read as "ceftriaxone".
const UNIT_WORDS = new Set(
  [
    'per',
    'mg',
    'mcg',
    'ml',
    'cc',
    'unit',
    'units',
    'each',
    'injection',
    'inj',
    'dose',
    'gram',
    'grams',
    'kg',
    'up',
    'includes',
    'supply',
    'supplies',
    'sodium',
    'hydrochloride',
    'hcl',
    'i',
    'ii',
    'iii',
    'iu',
    'vial',
    'oral',
    'tablet',
    'form',
    'any',
    'item',
  ].map((w) => phraseKeys(w)[0] ?? w),
);

/** A sentence saying something was done, given or supplied. */
const ACTION =
  /\b(?:administered|given|gave|injected|injection|infused|infusion|placed|inserted|applied|dispensed|supplied|provided|fitted|performed|underwent|received|started on|IV|IM|subcutaneous(?:ly)?|intravenous(?:ly)?|intramuscular(?:ly)?)\b/i;

const SECTIONS = new Set([
  'procedures',
  'plan',
  'assessmentPlan',
  'hospitalCourse',
  'other',
  'hpi',
  'impression',
]);

export class ProcedureMatcher {
  readonly #byKey = new Map<string, Entry[]>();

  constructor(rows: Iterable<ProcedureRow>) {
    const freq = new Map<string, number>();
    const entries: Entry[] = [];
    for (const row of rows) {
      const keys = [
        ...new Set(phraseKeys(row.description).filter((k) => !UNIT_WORDS.has(k) && !/^\d/.test(k))),
      ];
      if (keys.length === 0) continue;
      entries.push({ row, keys });
      for (const k of keys) freq.set(k, (freq.get(k) ?? 0) + 1);
    }
    for (const e of entries) {
      const rarest = e.keys.reduce((a, b) => ((freq.get(b) ?? 0) < (freq.get(a) ?? 0) ? b : a));
      const list = this.#byKey.get(rarest) ?? [];
      list.push(e);
      this.#byKey.set(rarest, list);
    }
  }

  /** `read`: the sentences' keys and context triggers, when the coder has them already. */
  find(
    doc: NoteDocument,
    read?: { keys: readonly SentenceKeys[]; triggers: readonly TriggerHit[][] },
  ): ProcedureSuggestion[] {
    const out = new Map<string, ProcedureSuggestion>();
    for (const [i, s] of doc.sentences.entries()) {
      if (!SECTIONS.has(s.section)) continue;
      const text = doc.text.slice(s.start, s.end);
      if (!ACTION.test(text) && s.section !== 'procedures') continue;
      const sk = read?.keys[i] ?? sentenceKeys(s.tokens);
      let best: { e: Entry; tokens: number[] } | undefined;
      for (const key of sk.at.keys()) {
        for (const e of this.#byKey.get(key) ?? []) {
          if (!e.keys.every((k) => sk.at.has(k))) continue;
          // One significant word must be specific: a drug or device name, not "catheter" alone.
          if (e.keys.length < 2 && !/^[JQ]/.test(e.row.code)) continue;
          if (best && best.e.keys.length >= e.keys.length) continue;
          best = { e, tokens: e.keys.map((k) => sk.at.get(k)![0]!) };
        }
      }
      if (!best) continue;
      const lo = Math.min(...best.tokens);
      const hi = Math.max(...best.tokens) + 1;
      const triggers = read?.triggers[i] ?? findTriggers(s.tokens);
      if (contextOf(s.tokens, triggers, lo, hi).some((c) => c.category !== 'historical')) continue;
      const start = s.tokens[lo]!.start;
      const end = s.tokens[hi - 1]!.end;
      const { row, keys } = best.e;
      if (out.has(row.code)) continue;
      out.set(row.code, {
        code: row.code,
        system: row.system,
        description: row.description,
        confidence: Math.min(0.9, 0.5 + 0.1 * keys.length),
        evidence: { start, end, text: doc.text.slice(start, end) },
        matched: best.tokens.map((t) => s.tokens[t]!.text),
      });
    }
    return [...out.values()];
  }
}
