/**
 * @module coder/mentions
 * Reading a note for conditions: each sentence's index hits, the best ones that do not share
 * words, and the context of each (ConText triggers in the sentence, plus the section: a
 * condition under FAMILY HISTORY is the family's; under PAST MEDICAL HISTORY it is history).
 */
import { contextOf, findTriggers, ROS_LIST_SCOPE, type TriggerHit } from '../context/context.ts';
import { modifiedHead } from '../context/name-heads.ts';
import { operationOfScar } from '../context/operation-scar.ts';
import { type ContextCategory, HEALED } from '../context/triggers.ts';
import type { DescentContext } from '../index/descend.ts';
import type { IndexFinder, IndexHit } from '../index/finder.ts';
import {
  type SentenceKeyOptions,
  type SentenceKeys,
  saidOfRelative,
  sentenceKeys,
} from '../index/sentence-keys.ts';
import { headOfTitle, NEEDS_SUBTERM, SYMPTOM_EPISODE, SYMPTOM_ONLY_AFTER } from '../lexicon/main-terms.ts';
import { senseOf } from '../lexicon/sentence-senses.ts';
import { STOP_WORDS } from '../lexicon/normalize.ts';
import type { NoteDocument } from '../text/document.ts';
import type { PatientSex } from '../text/patient-sex.ts';
import { type SectionKind, sectionKindOf } from '../text/section-headers.ts';
import type { Token } from '../text/tokens.ts';
import type { Span } from '../types.ts';

const RESIDUAL = /\bresidual|\bsequela/i;

export interface Mention {
  sentence: number;
  section: SectionKind;
  hit: IndexHit;
  span: Span;
  linked: Span[];
  context: { category: ContextCategory; trigger: string; span?: Span }[];
  /**
   * Words between the condition's own words that say something: not numbers, not function
   * words, not a side ("smoker of 30 cigarettes", "fracture of the right radius" have none;
   * "fracture ... healed" has some). Read by the confidence model (coder/confidence.ts).
   */
  gap: number;
  /** The noun its words modify when they name something else ("stress test"; context/name-heads.ts). */
  modifies?: Span;
  /** The condition whose head it stands before as an adjective ("faint erythema"; `attributive`). */
  attributive?: Span;
  /** Why it is a finding of another condition said with it (lexicon/sentence-senses.ts `findingOf`). */
  findingOf?: string;
  /** Guidelines the reading applied beyond the index ("I.C.9.d": coder/stroke-sequela.ts). */
  guidelines?: string[];
}

/** The side a site is said on belongs to the site's name: the tabular reads it (laterality). */
const SIDE_WORDS: ReadonlySet<string> = new Set(['right', 'left', 'bilateral', 'both']);

function contentGap(tokens: readonly Token[], core: readonly number[]): number {
  if (core.length === 0) return 0;
  const inCore = new Set(core);
  let n = 0;
  for (let i = Math.min(...core) + 1; i < Math.max(...core); i++) {
    const t = tokens[i]!;
    if (!inCore.has(i) && t.kind !== 'number' && !STOP_WORDS.has(t.lower) && !SIDE_WORDS.has(t.lower)) n++;
  }
  return n;
}

/** Words that join a condition to the one it is said with, and nothing else between them. */
const JOINING = new Set(['with', 'due', 'to', 'secondary', 'from', 'caused', 'by', 'in', 'of', 'associated']);

/**
 * Every condition a hit's linked subterms read is said joined to its own words in this sentence
 * ("hypertension with chronic kidney disease", "CKD due to hypertension"): one condition, as
 * the note says it, with no reading of its own words alone. Said apart ("hypertension and
 * hypercholesterolemia, with end stage renal disease"), the link is the classification's
 * presumption (I.A.15), and the mentions profile lists each condition as it is said too.
 */
export function saidJoined(tokens: readonly Token[], sentence: number, hit: IndexHit): boolean {
  const lo = Math.min(...hit.core);
  const hi = Math.max(...hit.core);
  return hit.linked.every((l) => {
    if (l.sentence !== sentence || l.tokens.length === 0) return false;
    const from = Math.min(...l.tokens);
    const to = Math.max(...l.tokens);
    const [a, b] = from > hi ? [hi + 1, from] : [to + 1, lo];
    for (let t = a; t < b; t++) if (!JOINING.has(tokens[t]!.lower)) return false;
    return true;
  });
}

export interface ReadSentences {
  keys: SentenceKeys[];
  triggers: TriggerHit[][];
  /** The scope each sentence inherits as an item of a list begun before it (`continuedList`). */
  lists: (readonly Mention['context'][number][])[];
}

const SECTION_CONTEXT: Partial<Record<SectionKind, ContextCategory>> = {
  familyHistory: 'family',
  pastMedicalHistory: 'historical',
  pastSurgicalHistory: 'historical',
};

/**
 * Sections that list diagnoses one to a line: every line of one is documented together with the
 * others, so the "with" convention (I.A.15) links them. In narrative text (a history, a case
 * report) only the neighbouring sentence is: "fever" is not linked to "saline heated to 37 °C"
 * twenty sentences later (measured on CodiEsp train: linking any sentence of the note lost both
 * precision and recall, the wrong combination code absorbing the right one).
 */
const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'assessmentPlan',
  'impression',
  'diagnoses',
  'pastMedicalHistory',
]);

/** Sections whose words are not conditions of the patient's (drug names, allergies). */
const SKIP: ReadonlySet<SectionKind> = new Set(['medications', 'allergies']);

/** The words at `tokens` of a sentence, through the end of a phrase the last of them begins. */
const spanOf = (doc: NoteDocument, sentence: number, tokens: readonly number[], sk?: SentenceKeys): Span => {
  const toks = doc.sentences[sentence]!.tokens;
  const start = toks[Math.min(...tokens)]!.start;
  const last = Math.max(...tokens);
  const end = toks[sk?.phraseEnd?.get(last) ?? last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
};

function contextFor(
  doc: NoteDocument,
  read: ReadSentences,
  sentence: number,
  tokens: readonly number[],
): Mention['context'] {
  const s = doc.sentences[sentence]!;
  const lo = Math.min(...tokens);
  const hi = Math.max(...tokens) + 1;
  const scope = s.section === 'ros' ? ROS_LIST_SCOPE : undefined;
  const out: Mention['context'] = contextOf(s.tokens, read.triggers[sentence]!, lo, hi, scope).map((c) => ({
    category: c.category,
    trigger: c.trigger,
    span: { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) },
  }));
  out.push(...read.lists[sentence]!);
  const fromSection = SECTION_CONTEXT[s.section];
  if (fromSection)
    out.push({
      category: fromSection,
      trigger: `section ${doc.sections[s.sectionIndex]?.title ?? s.section}`,
    });
  return out;
}

/** Pieces of one list that a hypothetical scope is carried through. */
const MAX_LIST_PIECES = 12;
/** The most words of a numbered item of such a list ("Deep venous thrombosis"). */
const MAX_ITEM_WORDS = 8;
const words = (tokens: readonly Token[]): number => tokens.filter((t) => t.kind === 'word').length;
const NO_CONTEXT: readonly Mention['context'][number][] = Object.freeze([]);

/**
 * Whether sentence p + 1 goes on with a list that sentence p is part of: p ends with a semicolon
 * ("anesthesia; infection; bleeding") or a colon ("complications include:"), or the next item is
 * numbered ("include, but are not limited to:,1. Infection.,2. Bleeding.").
 */
function listGoesOn(doc: NoteDocument, p: number): boolean {
  const prev = doc.sentences[p]!;
  const next = doc.sentences[p + 1]!;
  if (prev.section !== next.section) return false;
  const text = doc.text;
  if (text[prev.end - 1] === ';') return true;
  // Numbered items are short: a numbered sentence of its own ("2. The patient should have
  // unthickened water ... to decrease his risk of dehydration") is no item.
  return (
    (text[prev.end - 1] === ':' ||
      /[\s,:]\d{1,2}[.)]$/.test(text.slice(Math.max(0, prev.end - 5), prev.end)) ||
      /(?:^|\s)\d{1,2}[.)][ \t]*$/.test(text.slice(Math.max(0, next.start - 6), next.start))) &&
    words(next.tokens) <= MAX_ITEM_WORDS
  );
}

/**
 * A list of what may come whose items are sentences of their own: separated by semicolons ("Risks
 * of surgery include risk of anesthesia; infection; bleeding; hardware failure") or numbered
 * after a colon ("Potential complications include:,1. Infection.,2. Bleeding."). The
 * hypothetical scope still open at the end of an earlier piece reaches this one.
 */
function continuedList(
  doc: NoteDocument,
  triggers: readonly TriggerHit[][],
  sentence: number,
): readonly Mention['context'][number][] {
  for (let p = sentence - 1; p >= 0 && p >= sentence - MAX_LIST_PIECES; p--) {
    const prev = doc.sentences[p]!;
    if (!listGoesOn(doc, p)) return NO_CONTEXT;
    // Read just past the piece's end, as its next word would be: only a trigger that introduces
    // a list ("risks include", "potential complications"), not any hypothesis ("if", "p.r.n.",
    // "to prevent") still open there, nor the colon that introduces the items.
    let end = prev.tokens.length;
    while (end > 0 && prev.tokens[end - 1]!.kind !== 'word') end--;
    const listing = triggers[p]!.filter(({ trigger: t }) =>
      t.lists === true ? true : (t.category === 'pseudo' || t.category === 'termination') && t.phrase !== ':',
    );
    const open = contextOf(prev.tokens, listing, end, end + 1).find((c) => c.category === 'hypothetical');
    if (open)
      return [
        {
          category: 'hypothetical',
          trigger: `${open.trigger} (the list goes on)`,
          span: { start: open.start, end: open.end, text: doc.text.slice(open.start, open.end) },
        },
      ];
  }
  return NO_CONTEXT;
}

/**
 * An uncertainty said between the condition's own words ("tremor probably represents a
 * Parkinson's"): the subterm it reads is the doubtful part, so the reading is uncertain (the
 * Guidelines' "probable", IV.H / II.H). A trigger that is one of the words read is their name.
 */
function doubtWithin(
  doc: NoteDocument,
  read: ReadSentences,
  sentence: number,
  core: readonly number[],
): Mention['context'] {
  if (core.length < 2) return [];
  const words = new Set(core);
  const lo = Math.min(...core);
  const hi = Math.max(...core);
  const s = doc.sentences[sentence]!;
  const out: Mention['context'] = [];
  for (const h of read.triggers[sentence]!) {
    if (h.trigger.category !== 'uncertain' || h.start <= lo || h.end > hi) continue;
    let own = false;
    for (let t = h.start; t < h.end; t++) if (words.has(t)) own = true;
    if (own) continue;
    const start = s.tokens[h.start]!.start;
    const end = s.tokens[h.end - 1]!.end;
    out.push({
      category: 'uncertain',
      trigger: h.trigger.phrase,
      span: { start, end, text: doc.text.slice(start, end) },
    });
  }
  return out;
}

/**
 * A dependence the patient lives with now: "on dialysis", "on chronic hemodialysis" is the
 * status itself (Z99.2 "Dependence on renal dialysis", which includes hemodialysis and
 * peritoneal dialysis status), not a procedure of this encounter. Only the Z99 statuses, which
 * the index files under "Status" and "Dependence, on".
 */
function onRegimen(tokens: readonly Token[], hit: IndexHit): boolean {
  if (!hit.code.startsWith('Z99')) return false;
  const first = Math.min(...hit.head);
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const t = tokens[j]!;
    // "Started on dialysis today" begins it in this encounter, "advised to go on dialysis" not
    // yet; "his mother is on dialysis" is hers.
    if (t.lower === 'on') return !NOT_YET.has(tokens[j - 1]?.lower ?? '') && !saidOfRelative(tokens, j);
    if (t.kind !== 'word') return false;
  }
  return false;
}
const NOT_YET: ReadonlySet<string> = new Set([
  'started',
  'initiated',
  'begun',
  'put',
  'placed',
  'go',
  'going',
]);

export function readSentences(doc: NoteDocument, options: SentenceKeyOptions = {}): ReadSentences {
  const triggers = doc.sentences.map((s) => findTriggers(s.tokens));
  return {
    keys: doc.sentences.map((s) =>
      sentenceKeys(s.tokens, s.section === 'familyHistory' ? { ...options, familySection: true } : options),
    ),
    triggers,
    lists: doc.sentences.map((_, i) => continuedList(doc, triggers, i)),
  };
}

export interface FindOptions {
  /** The patient's age in years, when the request gives it: chooses the index's age subterms. */
  patientAge?: number | undefined;
  /** The patient's sex, given or stated in the note, read when asked: chooses "female"/"male" subterms. */
  patientSex?: (() => PatientSex | undefined) | undefined;
  /**
   * Also list a condition read with words said apart from its own (a combination code by the
   * "with" convention, I.A.15) by its own words alone: "Hypertension" in "history of COPD,
   * hypertension" after "chronic renal failure" is I12.9 by the presumption and I10 as it is
   * said. The mentions profile lists what was said; the claim profile codes the combination
   * only. Words said joined to the condition's own ("hypertension with CKD") make one condition
   * (`saidJoined`).
   */
  ownReadingToo?: boolean;
  /** Read only these sentences (coder/external-cause.ts reads those beside an injury). */
  only?: ReadonlySet<number>;
}

/** Key → sentences that may supply a linked subterm (not drug lists, not the family's). */
function linkableKeys(doc: NoteDocument, read: ReadSentences): Map<string, number[]> {
  let docAt = linkable.get(read);
  if (docAt) return docAt;
  docAt = new Map();
  for (const [i, s] of doc.sentences.entries()) {
    if (SKIP.has(s.section) || s.section === 'familyHistory') continue;
    for (const k of read.keys[i]!.at.keys()) {
      const list = docAt.get(k);
      if (list) list.push(i);
      else docAt.set(k, [i]);
    }
  }
  linkable.set(read, docAt);
  return docAt;
}
/** Read once a note, whichever index is looked up in it. */
const linkable = new WeakMap<ReadSentences, Map<string, number[]>>();

export function findMentions(
  doc: NoteDocument,
  finder: IndexFinder,
  read: ReadSentences = readSentences(doc),
  options: FindOptions = {},
): Mention[] {
  const { patientAge, patientSex, ownReadingToo = false } = options;
  const docAt = linkableKeys(doc, read);
  const out: Mention[] = [];
  doc.sentences.forEach((s, i) => {
    if (SKIP.has(s.section) || (options.only !== undefined && !options.only.has(i))) return;
    const accept = (l: { sentence: number; tokens: number[] }): boolean =>
      contextFor(doc, read, l.sentence, l.tokens).every(
        (c) => c.category === 'historical' || c.category === 'uncertain',
      );
    const past = (l: { sentence: number; tokens: number[] }): boolean =>
      contextFor(doc, read, l.sentence, l.tokens).some((c) => c.category === 'historical');
    const together = (j: number): boolean =>
      Math.abs(j - i) <= 1 ||
      (LIST_SECTIONS.has(s.section) && doc.sentences[j]!.sectionIndex === s.sectionIndex);
    const sentenceText = doc.text.slice(s.start, s.end);
    const descent = (near: (j: number) => boolean): DescentContext => ({
      here: read.keys[i]!,
      hereIndex: i,
      sentences: read.keys,
      docAt,
      reach: 12,
      accept,
      past,
      together: near,
      patientAge,
      patientSex,
    });
    const hits = finder.find(descent(together), sentenceText);
    // The readings of this sentence's words alone, each placed after the linked reading of the
    // same words, and read when that one is, though it took the words.
    const own = new Map<IndexHit, IndexHit>();
    if (ownReadingToo && hits.some((h) => h.linked.length > 0)) {
      const alone = finder.find({ ...descent(() => false), ownWordsOnly: true }, sentenceText);
      for (let h = hits.length - 1; h >= 0; h--) {
        const linkedHit = hits[h]!;
        if (linkedHit.linked.length === 0 || saidJoined(s.tokens, i, linkedHit)) continue;
        const twin = alone.find(
          (a) =>
            a.path[0] === linkedHit.path[0] &&
            a.code !== linkedHit.code &&
            a.head.length === linkedHit.head.length &&
            a.head.every((t, x) => t === linkedHit.head[x]),
        );
        if (!twin) continue;
        own.set(twin, linkedHit);
        hits.splice(h + 1, 0, twin);
      }
    }
    const taken = new Set<number>();
    const listed = new Set<IndexHit>();
    const from = out.length;
    for (const hit of hits) {
      const twinOf = own.get(hit);
      if (twinOf ? !listed.has(twinOf) : hit.core.some((t) => taken.has(t))) continue;
      // A section's title written in capitals where the note's line breaks became commas
      // (",ALLERGIES,None.,REVIEW OF SYSTEMS,..."): a heading, no condition.
      if (headingWord(s.tokens, hit.core)) continue;
      const mainHead = headOfTitle(hit.path[0]!);
      const history = mainHead === 'history';
      // "Family history of colon cancer" reads "History, family, malignant neoplasm NOS": the
      // index names no colon. The condition's own words are read instead, with the family's
      // context, and coded as its family history by its own code (coder/family-history.ts).
      if (history && /^family\b/.test(hit.path[1] ?? '') && /\bNOS\b/.test(hit.path.at(-1)!)) continue;
      // "History, personal, disease or disorder NEC Z87.898" says nothing of which: a history
      // of a chronic disease ("history of bipolar disorder", "history of CAD") is the disease,
      // whose own reading stays.
      if (history && hit.path.length === 3 && /^disease or disorder/.test(hit.path[2]!)) continue;
      // "Stroke without residual deficits" (index/compile.ts) is read only when the sentence
      // names no residual deficit ("with residual left hemiparesis" is a sequela, I69).
      if (
        /without residual/i.test(hit.path.at(-1)!) &&
        RESIDUAL.test(sentenceText.replace(/\b(?:no|without) residual\w*/gi, ''))
      )
        continue;
      // The sentence makes the words another sense: labor's progress, an operation's blood
      // loss, a procedure's verb, a service's name, an anomaly not said to be one.
      const sense = senseOf(mainHead, hit.path, hit.code, sentenceText);
      if (sense?.kind === 'other') continue;
      const findingOf = sense?.kind === 'finding' ? sense.why : undefined;
      // History and status codes (Z80-Z87, Z9x, and what the index files under "History": old
      // myocardial infarction I25.2) name the past or the family themselves; a denial, a doubt
      // ("does not know whether ... had any history of prostate cancer") or a hypothesis still
      // counts.
      const selfDescribing = /^Z(?:8|9)/.test(hit.code) || history;
      // A history read through the word "history" is also denied by a trigger that holds that
      // word or stands after it ("no history of DVT", "family history is negative for ischemic
      // heart disease"): the context of the condition's words after it counts too.
      const after = hit.core.filter((t) => t > Math.max(...hit.head));
      const context = [
        ...contextFor(doc, read, i, hit.head),
        ...(history && after.length > 0
          ? contextFor(doc, read, i, after).filter((c) => c.category === 'negated')
          : []),
        ...doubtWithin(doc, read, i, hit.core),
        ...leftByOperation(doc, i, hit),
      ];
      // A procedure named alone is a status only when the note places it in the past ("history
      // of hysterectomy"); one done in this encounter is a procedure, not a status (I.C.21.c.3).
      // A healed site ("a healed tracheostomy site") is an opening that has closed: no status.
      if (
        hit.status &&
        !onRegimen(s.tokens, hit) &&
        !context.some((c) => c.category === 'historical' && !HEALED.has(c.trigger))
      )
        continue;
      // A negated main term keeps only its own words: the subterm's words it read may name a
      // condition that is affirmed ("nausea without vomiting" is no "Vomiting, with nausea",
      // and still nausea).
      const negated = context.some((c) => c.category === 'negated');
      for (const t of negated ? hit.head : hit.core) taken.add(t);
      const linked = hit.linked.map((l) => spanOf(doc, l.sentence, l.tokens));
      const head = modifiedHead(s.tokens, hit.core, hit.head);
      // "Faint" before a noun or after "very" is dim, not syncope (lexicon/main-terms.ts): an
      // adjective, which the claim profile does not code and the mentions profile lists.
      const dim = hit.core.length === 1 ? degreeOf(s.tokens, hit.core[0]!) : undefined;
      listed.add(hit);
      out.push({
        ...(head ? { modifies: { start: head.start, end: head.end, text: head.text } } : {}),
        ...(dim ? { attributive: { start: dim.start, end: dim.end, text: dim.text } } : {}),
        ...(findingOf ? { findingOf } : {}),
        sentence: i,
        section: s.section,
        hit,
        span: spanOf(doc, i, hit.core, read.keys[i]),
        linked,
        gap: contentGap(s.tokens, hit.core),
        context: selfDescribing
          ? context.filter((c) => c.category !== 'historical' && c.category !== 'family')
          : context,
      });
    }
    attributive(out, from, s.tokens);
  });
  return out;
}

/** The condition's words are one upper-case word that is a known section's title, before a comma. */
function headingWord(tokens: readonly Token[], core: readonly number[]): boolean {
  if (core.length !== 1) return false;
  const t = tokens[core[0]!]!;
  const next = tokens[core[0]! + 1];
  return (
    t.text.length > 3 &&
    t.text === t.text.toUpperCase() &&
    (next === undefined || next.text === ',' || next.text === ':') &&
    sectionKindOf(t.text) !== undefined
  );
}

/** "Surgical scar", "sternotomy scar": the scar of a past operation (context/operation-scar.ts). */
function leftByOperation(doc: NoteDocument, sentence: number, hit: IndexHit): Mention['context'] {
  if (hit.code !== 'L90.5' || hit.head.length !== 1) return [];
  const op = operationOfScar(doc.sentences[sentence]!.tokens, hit.head[0]!);
  return op
    ? [{ category: 'historical', trigger: op.lower, span: { start: op.start, end: op.end, text: op.text } }]
    : [];
}

/**
 * A main term read from one word alone that stands right before the head word of another
 * condition in the sentence modifies it ("faint erythema", "febrile seizure"): the index reads
 * the phrase from the noun's term (Guidelines I.A: the main term is the condition; adjectives
 * are its subterms), not as two conditions. Marked on `mentions` from index `from` on; the
 * claim profile does not code it (coder/decide.ts), the mentions profile lists it (corpora such
 * as CodiEsp code "painful" and "erythematous" beside the noun: measured, coding them out lost
 * 9 true positives on train).
 */
function attributive(mentions: Mention[], from: number, tokens: readonly Token[]): void {
  // Where each condition's words begin: its head ("faint erythema"), or a word of its own
  // before the head ("infected olecranon bursitis": Bursitis, elbow, olecranon).
  const heads = new Map<number, Mention>();
  for (let j = from; j < mentions.length; j++) {
    const m = mentions[j]!;
    if (m.modifies || m.attributive) continue;
    heads.set(Math.min(...m.hit.head), m);
    const first = Math.min(...m.hit.core);
    if (!heads.has(first)) heads.set(first, m);
  }
  for (let j = from; j < mentions.length; j++) {
    const m = mentions[j]!;
    if (m.modifies || m.attributive || m.hit.path.length !== 1 || m.hit.core.length !== 1) continue;
    const noun = heads.get(m.hit.core[0]! + 1);
    if (!noun || noun === m || namesTheKind(m, noun, tokens)) continue;
    const t = tokens[m.hit.core[0]! + 1]!;
    m.attributive = { start: t.start, end: t.end, text: t.text };
  }
}

/**
 * "Bunion deformity", "hydrocele mass": a condition's own noun before a general noun whose term
 * needs a subterm (lexicon/main-terms.ts, NEEDS_SUBTERM) names the kind of it, and is the
 * condition; an adjective ("faint", "painful", "febrile") is not its main term's noun.
 */
function namesTheKind(m: Mention, noun: Mention, tokens: readonly Token[]): boolean {
  const word = tokens[m.hit.core[0]!]!.lower;
  const own = headOfTitle(m.hit.path[0]!);
  return (word === own || word === `${own}s`) && NEEDS_SUBTERM.has(headOfTitle(noun.hit.path[0]!));
}

/**
 * For a word of SYMPTOM_ONLY_AFTER at `at` used as an adjective of degree, not the symptom
 * (lexicon/main-terms.ts): the token after it, which it describes.
 */
function degreeOf(tokens: readonly Token[], at: number): Token | undefined {
  const after = SYMPTOM_ONLY_AFTER.get(tokens[at]!.lower);
  if (!after) return undefined;
  const before = tokens[at - 1];
  if (before?.kind === 'word' && after.has(before.lower)) return undefined;
  const next = tokens[at + 1];
  if (next === undefined || /^[.!?;]$/.test(next.text)) return undefined;
  return next.kind === 'word' && SYMPTOM_EPISODE.has(next.lower) ? undefined : next;
}
