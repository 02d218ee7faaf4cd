/**
 * @module context/context
 * ConText over one sentence: which triggers occur, and which of them reach a mention. A
 * trigger reaches a mention when the mention lies in its scope: after it ('forward') or before
 * it ('backward'), within its window of words, with no termination term for its category in
 * between. Pseudo-triggers are consumed first so their words trigger nothing.
 */
import type { Token } from '../text/tokens.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { type ContextCategory, DEFAULT_WINDOW, TRIGGERS, type Trigger } from './triggers.ts';

export interface TriggerHit {
  trigger: Trigger;
  /** Token indexes into the sentence, [start, end). */
  start: number;
  end: number;
}

export interface ContextFinding {
  category: ContextCategory;
  /** The trigger's words as written, and where. */
  trigger: string;
  start: number;
  end: number;
}

const TRIE: PhraseTrie<Trigger[]> = (() => {
  const t = new PhraseTrie<Trigger[]>();
  const byPhrase = new Map<string, Trigger[]>();
  for (const tr of TRIGGERS) {
    const list = byPhrase.get(tr.phrase) ?? [];
    list.push(tr);
    byPhrase.set(tr.phrase, list);
  }
  for (const [phrase, list] of byPhrase) t.add(phrase, list);
  return t;
})();

/** Every trigger occurrence in a sentence, left to right, longest match first. */
export function findTriggers(tokens: readonly Token[]): TriggerHit[] {
  const words = tokens.map((t) => t.lower);
  const out: TriggerHit[] = [];
  for (let i = 0; i < words.length; ) {
    const m = TRIE.longestAt(words, i);
    if (!m) {
      i++;
      continue;
    }
    for (const trigger of m.value) out.push({ trigger, start: i, end: i + m.length });
    i += m.length;
  }
  return out;
}

const wordsBetween = (tokens: readonly Token[], from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind !== 'punct') n++;
  return n;
};

/** Separators of a list's items. */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/**
 * ConText's scope runs to the end of the sentence or a termination term (Harkema et al. 2009);
 * the window only keeps a trigger from reaching into narrative. A list of short items
 * ("history of sinusitis (disorder), bronchitis (disorder), stress (finding), urinary tract
 * infection") is no narrative: every item is in scope when each item before it, and the part of
 * the mention's own item before it, are within the window.
 */
function shortItems(tokens: readonly Token[], from: number, to: number, window: number): boolean {
  let words = 0;
  let items = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (LIST_SEPARATORS.has(t.lower)) {
      if (words > window) return false;
      if (words > 0) items++;
      words = 0;
    } else if (t.kind !== 'punct') words++;
  }
  return items > 0 && words <= window;
}

/**
 * The categories whose scope a list carries. Measured on CodiEsp (mentions profile, where history
 * only raises confidence): history through lists, train +2 true / +1 false positives, dev
 * unchanged; negation through lists lost recall on both (train tp 2431 → 2415, dev 1169 → 1162:
 * "no X, Y, Z" lists in case reports end where the negation does not). The patient's denials
 * ("denies", "denied") reach through their lists as list triggers (triggers.ts): CodiEsp's true
 * positives unchanged, 70 review-of-systems answers on MTSamples no longer coded.
 */
const LIST_SCOPE: ReadonlySet<ContextCategory> = new Set(['historical']);

/**
 * A review of systems is a list of answers ("Negative for any fever, chills, nausea, ...,
 * melena, hematochezia or dysuria"): there, negation reaches every item of its list too.
 */
export const ROS_LIST_SCOPE: ReadonlySet<ContextCategory> = new Set([...LIST_SCOPE, 'negated']);

const DEFAULT_STOPS: readonly ContextCategory[] = ['negated', 'uncertain', 'hypothetical'];

function terminated(
  hits: readonly TriggerHit[],
  by: Trigger,
  category: ContextCategory,
  from: number,
  to: number,
): boolean {
  for (const h of hits) {
    if (h.trigger.category !== 'termination') continue;
    if (h.trigger.listsPass === true && by.lists === true) continue;
    if (h.trigger.phrase === ':' && by.answers === true) continue;
    if (h.start >= from && h.end <= to && (h.trigger.stops ?? DEFAULT_STOPS).includes(category)) return true;
  }
  return false;
}

/** The trigger opens a relative clause ("which has healed") right after a comma. */
const relative = (tokens: readonly Token[], h: TriggerHit): boolean =>
  tokens[h.start]?.lower === 'which' && tokens[h.start - 1]?.text === ',';

/**
 * The context categories that reach the mention at tokens [start, end) of the sentence.
 * `hits` are the sentence's triggers (findTriggers), computed once per sentence.
 */
export function contextOf(
  tokens: readonly Token[],
  hits: readonly TriggerHit[],
  start: number,
  end: number,
  /** The categories whose scope a list of short items carries (LIST_SCOPE, ROS_LIST_SCOPE). */
  listScope: ReadonlySet<ContextCategory> = LIST_SCOPE,
): ContextFinding[] {
  const out: ContextFinding[] = [];
  for (const h of hits) {
    const cat = h.trigger.category;
    if (cat === 'pseudo' || cat === 'termination') continue;
    if (h.start < end && h.end > start) continue; // a trigger inside the mention is part of its name
    const window = h.trigger.window ?? DEFAULT_WINDOW;
    let reaches = false;
    if (h.trigger.direction !== 'backward' && h.end <= start)
      reaches =
        (wordsBetween(tokens, h.end, start) <= window ||
          ((listScope.has(cat) || h.trigger.lists === true) && shortItems(tokens, h.end, start, window))) &&
        !terminated(hits, h.trigger, cat, h.end, start);
    if (!reaches && h.trigger.direction !== 'forward' && h.start >= end)
      reaches =
        wordsBetween(tokens, end, h.start) <= window &&
        !terminated(hits, h.trigger, cat, end, h.start) &&
        // A trigger after the condition speaks of its own clause: a comma ends its reach back
        // ("Due to joint stiffness, the tenotomy was ruled out"), but for the comma that opens
        // a relative clause on the condition ("a wound infection, which has since healed").
        !tokens.slice(end, relative(tokens, h) ? h.start - 1 : h.start).some((t) => t.text === ',');
    if (!reaches) continue;
    const first = tokens[h.start]!;
    const last = tokens[h.end - 1]!;
    out.push({ category: cat, trigger: h.trigger.phrase, start: first.start, end: last.end });
  }
  return out;
}
