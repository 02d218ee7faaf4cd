/**
 * @module lexicon/derivation
 * The adjective a clinician writes for a condition the index names by its noun: "stenotic" for
 * "Stenosis", "hypoxic" for "Hypoxia", "distended" for "Distension", "dilated" for
 * "Dilatation". The index prints some of these forms itself ("Stenosis, stenotic", "Edema,
 * edematous"); English derivational morphology gives the rest, as suffix rules on the noun.
 * A derived form is a word form of the main term, read like the printed ones (index/compile.ts):
 * it names the same condition, and its subterms still decide the code.
 */

/** Noun ending → adjective or participle endings, tried in order (all that apply are kept). */
const SUFFIX_RULES: readonly (readonly [string, readonly string[]])[] = [
  // Greek -osis / -esis / -psis nouns: stenosis → stenotic, paresis → paretic, sepsis → septic.
  ['osis', ['otic']],
  ['esis', ['etic']],
  ['psis', ['ptic']],
  // -ia → -ic (hypoxia → hypoxic, tachycardia → tachycardic). Not -philia: "eosinophilic"
  // names a cell's staining, not a raised count; not -plasia: "dysplastic", "hyperplastic"
  // describe a lesion whose own noun the index reads; not -thalmia: "ophthalmic" is of the eye.
  ['philia', []],
  ['plasia', []],
  ['thalmia', []],
  ['ia', ['ic']],
  // -ea → -eic (dyspnea → dyspneic, apnea → apneic).
  ['ea', ['eic']],
  // -pathy, -trophy → -pathic, -trophic (neuropathy → neuropathic, atrophy → atrophic).
  ['pathy', ['pathic']],
  ['phy', ['phic']],
  // Nouns of a process → its participle: dilatation / dilation → dilated, calcification →
  // calcified, distension / distention → distended, obstruction → obstructed, perforation →
  // perforated, enlargement → enlarged, impairment → impaired.
  ['atation', ['ated']],
  ['ification', ['ified']],
  ['ation', ['ated']],
  ['ension', ['ended', 'ensive']],
  ['ention', ['ended']],
  ['ction', ['cted']],
  ['ement', ['ed']],
  ['ment', ['ed']],
  // jaundice → jaundiced; edema → edematous.
  ['ice', ['iced']],
  ['ema', ['ematous']],
];

/**
 * Pairs that no suffix rule reaches (the adjective is another word): the noun, as the index
 * prints it, → the adjective a note writes. The index prints most such pairs itself ("Swollen —
 * see Swelling", "Inflammation, inflamed"); these are the ones it does not.
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  pallor: ['pale'],
  // "Smoker — see Dependence, drug, nicotine": a note says what the patient does ("smokes 20
  // cigarettes a day", "a history of smoking") more often than what the patient is.
  smoker: ['smokes', 'smoking', 'smoked'],
};

/** The adjectives and participles derived from one lower-case noun (none for short words). */
export function derivedForms(noun: string): string[] {
  const out = [...(IRREGULAR[noun] ?? [])];
  if (noun.length < 5) return out;
  for (const [suffix, ends] of SUFFIX_RULES) {
    if (!noun.endsWith(suffix)) continue;
    const stem = noun.slice(0, -suffix.length);
    if (stem.length < 2) continue;
    for (const e of ends) out.push(stem + e);
    break;
  }
  return out.filter((w) => w !== noun);
}
