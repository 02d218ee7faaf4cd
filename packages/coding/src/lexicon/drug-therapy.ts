/**
 * @module lexicon/drug-therapy
 * Medication a patient takes as a matter of course, read as long-term drug therapy: the index's
 * "Long-term (current) (prophylactic) drug therapy (use of)" (Z79.-), whose subterms name drug
 * classes and some drugs ("anticoagulants Z79.01", "insulin Z79.4", "steroids, systemic Z79.52").
 * Guidelines I.C.21.c.3: long-term drug therapy codes are "assigned if the patient is receiving a
 * medication for an extended period as a prophylactic measure ... or for the treatment of a
 * chronic condition"; I.C.4.a.3: a type 2 diabetic on insulin or oral hypoglycemics has Z79.4
 * or Z79.84 as well. Notes name the drug ("acenocoumarol"), not its class: this dictionary,
 * written by the team, gives the class as the index words it.
 *
 * A drug name alone is not a therapy: a one-off dose in the hospital is not long-term. The name
 * is read as one only in the wording of a regimen: after "on", "taking", "treatment with",
 * "treated with", "usual", "chronic", "maintenance"... in the same sentence (`THERAPY_CUES`, a
 * few words back), or before "therapy"/"treatment"; the adjectives of a regimen
 * ("anticoagulated", "insulin-dependent") are one by themselves. Negation and history still
 * apply as to any condition ("without anticoagulant therapy", "previously on warfarin").
 */

/** A drug or class word (lower case) → the subterm words under "Long-term drug therapy". */
export const DRUG_CLASSES: Readonly<Record<string, string>> = {
  // anticoagulants Z79.01
  anticoagulant: 'anticoagulants',
  anticoagulants: 'anticoagulants',
  anticoagulation: 'anticoagulants',
  anticoagulated: 'anticoagulants',
  warfarin: 'anticoagulants',
  coumadin: 'anticoagulants',
  acenocoumarol: 'anticoagulants',
  sintrom: 'anticoagulants',
  dicoumarin: 'anticoagulants',
  dicoumarinic: 'anticoagulants',
  dicumarol: 'anticoagulants',
  apixaban: 'anticoagulants',
  rivaroxaban: 'anticoagulants',
  dabigatran: 'anticoagulants',
  edoxaban: 'anticoagulants',
  // antiplatelet Z79.02 ("antiaggregant" is the European word)
  antiplatelet: 'antiplatelet',
  antiplatelets: 'antiplatelet',
  antiaggregant: 'antiplatelet',
  antiaggregants: 'antiplatelet',
  antiaggregation: 'antiplatelet',
  clopidogrel: 'antiplatelet',
  ticagrelor: 'antiplatelet',
  prasugrel: 'antiplatelet',
  // aspirin Z79.82
  aspirin: 'aspirin',
  // insulin Z79.4
  insulin: 'insulin',
  'insulin-dependent': 'insulin',
  'insulin-requiring': 'insulin',
  'insulin-treated': 'insulin',
  // oral antidiabetic Z79.84 (the index's other word, "hypoglycemic", also reads Hypoglycemia)
  metformin: 'oral antidiabetic',
  glipizide: 'oral antidiabetic',
  glimepiride: 'oral antidiabetic',
  glibenclamide: 'oral antidiabetic',
  glyburide: 'oral antidiabetic',
  gliclazide: 'oral antidiabetic',
  sitagliptin: 'oral antidiabetic',
  linagliptin: 'oral antidiabetic',
  vildagliptin: 'oral antidiabetic',
  pioglitazone: 'oral antidiabetic',
  dapagliflozin: 'oral antidiabetic',
  empagliflozin: 'oral antidiabetic',
  canagliflozin: 'oral antidiabetic',
  hypoglycemic: 'oral antidiabetic',
  hypoglycemics: 'oral antidiabetic',
  antidiabetic: 'oral antidiabetic',
  antidiabetics: 'oral antidiabetic',
  // steroids, systemic Z79.52 (inhaled steroids are read as "inhaled" by their own words)
  prednisone: 'steroids systemic',
  prednisolone: 'steroids systemic',
  methylprednisolone: 'steroids systemic',
  deflazacort: 'steroids systemic',
  dexamethasone: 'steroids systemic',
  hydrocortisone: 'steroids systemic',
  corticosteroids: 'steroids systemic',
  corticosteroid: 'steroids systemic',
  corticoids: 'steroids systemic',
  steroids: 'steroids systemic',
  'corticosteroid-dependent': 'steroids systemic',
  'steroid-dependent': 'steroids systemic',
  // non-steroidal anti-inflammatories Z79.1
  nsaid: 'non-steroidal anti-inflammatories',
  nsaids: 'non-steroidal anti-inflammatories',
  ibuprofen: 'non-steroidal anti-inflammatories',
  naproxen: 'non-steroidal anti-inflammatories',
  diclofenac: 'non-steroidal anti-inflammatories',
  indomethacin: 'non-steroidal anti-inflammatories',
  // bisphosphonates Z79.83
  bisphosphonates: 'bisphosphonates',
  alendronate: 'bisphosphonates',
  risedronate: 'bisphosphonates',
  ibandronate: 'bisphosphonates',
  // the index names these drugs itself
  tamoxifen: 'tamoxifen',
  letrozole: 'letrozole',
  anastrozole: 'anastrozole',
  exemestane: 'exemestane',
  tacrolimus: 'tacrolimus',
  cyclosporine: 'cyclosporine',
  azathioprine: 'azathioprine',
  sirolimus: 'sirolimus',
};

/** Words of a regimen that stand for one by themselves ("anticoagulated", "insulin-dependent"). */
const SELF_CUED: ReadonlySet<string> = new Set([
  'anticoagulated',
  'insulin-dependent',
  'insulin-requiring',
  'insulin-treated',
  'corticosteroid-dependent',
  'steroid-dependent',
]);

/**
 * Words before the drug that put it in a regimen, one or two words each (lower case). Not
 * "treated with" or "treatment with": a case report says so of the treatment it describes, most
 * often a course given for the condition at hand (steroids for a flare), which is not long-term.
 */
const THERAPY_CUES: readonly (readonly string[])[] = [
  ['on'],
  ['taking'],
  ['takes'],
  ['usual'],
  ['usually'],
  ['habitual'],
  ['habitually'],
  ['regular'],
  ['chronic'],
  ['chronically'],
  ['maintenance'],
  ['long-term'],
  ['home'],
  ['anticoagulated', 'with'],
];

/**
 * Words after the drug that make it a regimen ("anticoagulant therapy", "insulin treatment"), for
 * the classes given for life; "steroid therapy" is as often a course.
 */
const THERAPY_AFTER: ReadonlySet<string> = new Set(['therapy', 'treatment', 'medication', 'regimen']);
const LIFELONG: ReadonlySet<string> = new Set([
  'anticoagulants',
  'antiplatelet',
  'insulin',
  'oral antidiabetic',
]);

/** How many words before the drug a cue may stand ("on metformin, enalapril and warfarin"). */
const CUE_REACH = 8;

interface Word {
  lower: string;
  kind: string;
}

/**
 * The "Long-term drug therapy" subterm words that token `i` reads as, or undefined when it is no
 * drug of the dictionary or not said as a regimen.
 */
export function therapyAt(tokens: readonly Word[], i: number): string | undefined {
  const w = tokens[i]!.lower;
  const cls = DRUG_CLASSES[w];
  if (cls === undefined) return undefined;
  // "inhaled steroids" are the subterm "steroids, inhaled" (Z79.51), not the systemic ones.
  const reading =
    cls === 'steroids systemic' && tokens[i - 1]?.lower === 'inhaled' ? 'steroids inhaled' : cls;
  if (SELF_CUED.has(w)) return reading;
  const after = tokens[i + 1];
  if (after !== undefined && THERAPY_AFTER.has(after.lower) && LIFELONG.has(cls)) return reading;
  for (let j = i - 1; j >= 0 && j >= i - CUE_REACH; j--) {
    for (const cue of THERAPY_CUES) {
      const from = j - cue.length + 1;
      if (from < 0) continue;
      if (cue.every((c, k) => tokens[from + k]!.lower === c)) return reading;
    }
  }
  return undefined;
}

/** The words the index reads for a drug said as a regimen. */
export const therapyWords = (cls: string): string => `long-term drug therapy ${cls}`;
