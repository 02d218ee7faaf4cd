/**
 * @module coder/stroke-sequela
 * A deficit that remains after a past stroke is its sequela: "Category I69 is used to indicate
 * conditions classifiable to categories I60-I67 as the causes of sequela (neurologic deficits),
 * themselves classified elsewhere. These 'late effects' include neurologic deficits that persist
 * after initial onset of conditions classifiable to categories I60-I67" (Guidelines I.C.9.d).
 * The index gives each deficit its sequela code under "following, cerebrovascular disease"
 * ("Hemiplegia, following, cerebrovascular disease, stroke NOS I69.35-"; "Aphasia, following,
 * cerebrovascular disease, cerebral infarction I69.320"; "Dysphagia, following, cerebrovascular
 * disease I69.991").
 *
 * Read here: a stroke the note places in the past ("history of stroke", "status post CVA", "old
 * CVA") and, in the same sentence, a deficit linked to it ("with residual left hemiparesis",
 * "with left side hemiplegia"; "left hemiparesis from a prior stroke"). The deficit is read
 * through its "following" subterm and is current (the past of the stroke is not the deficit's);
 * the history "stroke without residual deficits" (Z86.73) is not read beside it. A stroke of
 * this encounter with its deficits is coded as it is (I63 and the deficit's own code).
 */
import type { IndexFinder } from '../index/finder.ts';
import type { Term } from '../index/compile.ts';
import type { NoteDocument } from '../text/document.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention } from './mentions.ts';

/** The stroke's words: cerebral infarction, stroke, CVA, cerebrovascular accident (I60-I67). */
const STROKE_CODE = /^I6[0-7]/;
/** The history "stroke without residual deficits" (Z86.73), read through its last subterm. */
const withoutResidual = (m: Mention): boolean => /without residual/i.test(m.hit.path.at(-1)!);
/** Words between a past stroke and its deficit that link them. */
const LINK_AFTER = new Set(['with', 'residual', 'resulting', 'causing', 'leaving']);
/** Words between a deficit and the past stroke it came from. */
const LINK_BEFORE = new Set(['from', 'due', 'secondary', 'after']);
/** A stroke said to be old: "old CVA", "remote stroke" (not a context trigger: "5-year-old"). */
const OLD = new Set(['old', 'remote', 'prior', 'previous']);

/** Which child of "following, cerebrovascular disease" the stroke's kind reads. */
const KIND: readonly [RegExp, RegExp][] = [
  [/\bsubarachnoid\b/i, /^subarachnoid hemorrhage/i],
  [/\bintracerebral\b|\bintraparenchymal\b/i, /^intracerebral hemorrhage/i],
  [/\bhemorrhag/i, /^nontraumatic intracranial hemorrhage/i],
  [/./, /^(?:cerebral infarction|stroke)\b/i],
];

interface Sequela {
  code: string;
  path: string[];
}

/** The deficit's "following, cerebrovascular disease" reading, by the terms its path read. */
function followingReading(finder: IndexFinder, m: Mention, strokeWords: string): Sequela | undefined {
  const path = m.hit.path;
  const seeAt = path.findLastIndex((p) => p.startsWith('see '));
  const main = finder.termOf(seeAt >= 0 ? path[seeAt]!.slice(4) : path[0]!);
  if (!main) return undefined;
  const nodes: Term[] = [main];
  for (const title of path.slice(seeAt >= 0 ? seeAt + 1 : 1)) {
    const next = nodes.at(-1)!.children.find((c) => c.title === title);
    if (!next) break;
    nodes.push(next);
  }
  for (let d = nodes.length - 1; d >= 0; d--) {
    const following = nodes[d]!.children.find((c) => /^following$/i.test(c.title));
    const disease = following?.children.find((c) => /^cerebrovascular disease\b/i.test(c.title));
    if (!disease) continue;
    const want = KIND.find(([words]) => words.test(strokeWords))![1];
    const kind = disease.children.find((c) => want.test(c.title) && c.code);
    const reading = kind ?? disease;
    if (!reading.code) return undefined;
    return {
      code: reading.code,
      path: [
        ...nodes.slice(0, d + 1).map((t) => t.title),
        following!.title,
        disease.title,
        ...(kind ? [kind.title] : []),
      ],
    };
  }
  return undefined;
}

/** The word before the stroke's own words that says it is old ("old CVA"), if one does. */
function oldWord(m: Mention, doc: NoteDocument): Token | undefined {
  const before = doc.sentences[m.sentence]!.tokens[Math.min(...m.hit.head) - 1];
  return before !== undefined && OLD.has(before.lower) ? before : undefined;
}

/** A history of stroke read through "History" names its past itself. */
const isPast = (m: Mention, doc: NoteDocument): boolean =>
  withoutResidual(m) || m.context.some((c) => c.category === 'historical') || oldWord(m, doc) !== undefined;

/** Whether the words between two mentions of a sentence link a stroke and its deficit. */
function linked(doc: NoteDocument, stroke: Mention, deficit: Mention): boolean {
  const tokens = doc.sentences[stroke.sentence]!.tokens;
  const s = stroke.hit.core;
  const d = deficit.hit.core;
  const after = Math.min(...d) > Math.max(...s);
  const [from, to] = after ? [Math.max(...s) + 1, Math.min(...d)] : [Math.max(...d) + 1, Math.min(...s)];
  if (to - from > 8) return false;
  const between = tokens.slice(from, to);
  if (between.some((t) => t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return false;
  const links = after ? LINK_AFTER : LINK_BEFORE;
  return between.some((t) => links.has(t.lower));
}

/**
 * The mentions with each deficit of a past stroke read as its sequela (I69), and without the
 * history "without residual deficits" where one is.
 */
export function strokeSequelae(mentions: Mention[], doc: NoteDocument, finder: IndexFinder): Mention[] {
  const strokes = mentions.filter(
    (m) => (STROKE_CODE.test(m.hit.code) || withoutResidual(m)) && isPast(m, doc),
  );
  if (strokes.length === 0) return mentions;
  const residualOf = new Set<Mention>();
  const out = mentions.map((m) => {
    if (strokes.includes(m)) {
      // "Old CVA": the stroke is past, as "history of" would say.
      const old = m.context.some((c) => c.category === 'historical') ? undefined : oldWord(m, doc);
      if (!old || withoutResidual(m)) return m;
      const span = { start: old.start, end: old.end, text: old.text };
      return { ...m, context: [...m.context, { category: 'historical' as const, trigger: old.lower, span }] };
    }
    const stroke = strokes.find((s) => s.sentence === m.sentence && linked(doc, s, m));
    if (!stroke) return m;
    // Read as a sequela by the index already ("dysphagia" with the words of "CVA"), or now.
    const reading = m.hit.code.startsWith('I69')
      ? { code: m.hit.code, path: m.hit.path }
      : followingReading(finder, m, stroke.span.text);
    if (!reading) return m;
    residualOf.add(stroke);
    // The stroke's past is not the deficit's: only a past said of the deficit itself stays.
    const strokeStart = stroke.span.start;
    return {
      ...m,
      hit: { ...m.hit, code: reading.code, path: reading.path },
      linked: [...m.linked, stroke.span],
      context: m.context.filter(
        (c) => c.category !== 'historical' || (c.span !== undefined && c.span.start > strokeStart),
      ),
      guidelines: ['I.C.9.d'],
    };
  });
  return out.filter((m) => !(residualOf.has(m) && withoutResidual(m)));
}
