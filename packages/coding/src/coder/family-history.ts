/**
 * @module coder/family-history
 * A condition said of the patient's relatives ("Mother had breast cancer", "FAMILY HISTORY:
 * diabetes in her father") is coded as the family's history, never as the patient's own
 * condition: "Family history codes are for use when a patient has a family member(s) who has
 * had a particular disease that causes the patient to be at higher risk of also contracting the
 * disease" (Guidelines I.C.21.c.4). The code is found the way a coder finds it:
 *  1. the index, "History, family (of)" with the condition's words ("History, family,
 *     malignant neoplasm, breast Z80.3");
 *  2. when the index names the family history only in general ("malignant neoplasm NOS
 *     Z80.9" for colon cancer) or not at all, the family history code whose inclusion term
 *     covers the condition's own code (Z80.0, "Conditions classifiable to C15-C26";
 *     tabular/classifiable.ts), down to the subdivision that names the condition's site or,
 *     failing that, the "other" one (Z80.4 → Z80.41 for an ovarian cancer).
 */
import { phraseKeys } from '../lexicon/normalize.ts';
import { familyHistoryClass } from '../tabular/classifiable.ts';
import { dotted, type Tabular, type TabularEntry } from '../tabular/model.ts';
import { readNote } from '../text/document.ts';
import type { CodingKnowledge } from './coder.ts';
import { findMentions, type Mention, readSentences } from './mentions.ts';

export interface FamilyHistoryReading {
  code: string;
  /** The index path, or the history main term the tabular step completes. */
  path: string[];
  /** The tabular step that chose it, when the inclusion term did. */
  step?: string;
}

/** "History, family (of)" read with the condition's own words, as the index gives it. */
function indexReading(words: string, k: CodingKnowledge): FamilyHistoryReading | undefined {
  const doc = readNote(`Family history of ${words}.`);
  const hit = findMentions(doc, k.finder, readSentences(doc)).find(
    (m) => /^History\b/.test(m.hit.path[0] ?? '') && /^Z8/.test(m.hit.code),
  );
  return hit ? { code: hit.hit.code, path: hit.hit.path } : undefined;
}

/**
 * A category's subdivision for the condition: the one whose own words (those its parent does not
 * have) the condition's title all has, else the last "other" one.
 */
function subdivisionFor(tabular: Tabular, entry: TabularEntry, condition: string): TabularEntry | undefined {
  const said = new Set(phraseKeys(condition));
  let e: TabularEntry | undefined = entry;
  while (e && !e.billable) {
    const parent: ReadonlySet<string> = new Set(phraseKeys(e.description));
    const kids: TabularEntry[] = e.children
      .map((c) => tabular.get(c))
      .filter((c): c is TabularEntry => c !== undefined);
    const named: TabularEntry | undefined = kids.find((c) => {
      const own: string[] = phraseKeys(c.description).filter((w: string) => !parent.has(w));
      return own.length > 0 && own.every((w) => said.has(w));
    });
    e = named ?? kids.findLast((c) => /\bother\b/i.test(c.description));
  }
  return e;
}

/** Relatives named without "family history": their word alone does not say whose condition it is. */
const RELATIVE_ALONE =
  /^(?:(?:his|her) )?(?:mother|father|brother|sister|siblings?|grandmother|grandfather|aunt|uncle|cousin|maternal|paternal|relatives|grandparents|family members?)$/i;
/** What a relative had: "Mother had breast cancer", "father died of", "brother, age 74, with CAD". */
const HAD =
  /^[\s,\w'-]{0,40}?\b(?:had|has|have|with|died|dies|deceased|passed|diagnosed|suffered|developed|history)\b/i;

/** The patient as the subject of a verb of being or having ("Mother believes that he is"). */
const PATIENT_CLAUSE =
  /\b(?:he|she|the patient|patient)\s+(?:\w+\s+)?(?:is|was|has|had|have|gets|got|becomes|became|feels|felt|seems|appears|developed|complains)\b/i;
/** The patient as the subject right before a verb of having ("states he has been"). */
const PATIENT_SUBJECT = /\b(?:he|she|patient|I)\s+(?:\w+\s+)?$/i;

/**
 * Whose condition a mention with a family context is, by the note's words:
 *  - 'family' under a family history heading, after "family history", or with a relative as the
 *    subject of having had it ("Mother had breast cancer"; "His brother, although he is a
 *    vegetarian, has elevated cholesterol");
 *  - 'patient' when every relative named before it only speaks of the patient, the subject in
 *    between ("Mother believes that he is constipated", "Mother states he has been doing well
 *    with regard to his asthma");
 *  - undefined otherwise: a relative's condition said at a distance stays uncoded rather than
 *    becoming the patient's.
 */
export function whoseCondition(m: Mention, text: string): 'family' | 'patient' | undefined {
  let patient = true;
  let relatives = 0;
  for (const c of m.context) {
    if (c.category !== 'family') continue;
    if (!c.span || !RELATIVE_ALONE.test(c.trigger)) return 'family';
    const between = text.slice(c.span.end, m.span.start);
    const had = HAD.exec(between);
    if (had && !PATIENT_SUBJECT.test(between.slice(0, had.index + had[0].length).replace(/\w+$/, '')))
      return 'family';
    relatives++;
    if (!PATIENT_CLAUSE.test(between)) patient = false;
  }
  return relatives > 0 && patient ? 'patient' : undefined;
}

/**
 * The family history code for a condition the note gives to a relative: `condition` is its
 * verified code, `title` that code's tabular title, `words` the note's words for it.
 */
export function familyHistoryOf(
  condition: string,
  title: string,
  words: string,
  k: CodingKnowledge,
): FamilyHistoryReading | undefined {
  const byClass = familyHistoryClass(k.tabular, condition);
  const byIndex = indexReading(words, k);
  // Both dotted: a code under the class's ("Z80.41" under "Z80.4") starts with it.
  if (byIndex && (!byClass || dotted(byIndex.code).startsWith(byClass.entry.code))) return byIndex;
  if (!byClass) return byIndex;
  const e = subdivisionFor(k.tabular, byClass.entry, title);
  if (!e) return byIndex;
  return {
    code: e.code,
    path: byIndex ? byIndex.path : ['History', 'family (of)'],
    step: `inclusion term of ${byClass.entry.code}: "${byClass.note}" covers ${condition}`,
  };
}
