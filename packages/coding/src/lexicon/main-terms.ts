/**
 * @module lexicon/main-terms
 * Main terms of the Alphabetic Index that a note's running text does not reach on its own,
 * written by the team as data (heads in lower case, as the index prints them before a comma).
 *  - NOT_FROM_TEXT: encounter reasons and everyday words ("Examination", "Admission",
 *    "Observation", "Presentation", "Condition", "Radiotherapy session"; "Transient", which
 *    the index means as homeless): in a note they describe the visit, not a condition. They
 *    are still reached through "see" references. "Puncture" alone names a procedure ("lumbar
 *    puncture"); a puncture wound is read through "Wound, open, puncture". Words the index uses
 *    in a sense notes do not ("overlying", "bends", "skin wheal"): see the list's end.
 *  - NEEDS_SUBTERM: general nouns ("Disease", "Tumor", "Lesion", "History") whose own code is
 *    the vaguest of the category; read only when a subterm (site, type, cause) is in the note.
 *    Also words more often said of something else: "decubitus" of a lying position ("lateral
 *    decubitus"; the ulcer is read from "decubitus ulcer" through Ulcer); "a fall", an event
 *    coded from the External Cause Index (W00-W19), not the repeated falls of R29.6; "collapse"
 *    of a structure ("collapse of the abscess cavity") more often than of the patient (R55);
 *    "heat", "frozen" of treatments and specimens ("local heat", "frozen section"); "ganglion"
 *    and "callus" of a lymph node and of bone repair, not the cyst (M67.4) or the skin (L84);
 *    "dentition" of the teeth a note examines ("good dentition", "Dentition in good repair"),
 *    where the index's bare "Dentition (syndrome) K00.7" is teething (its subterms, "delayed
 *    K00.6", "difficult K00.7", are read). "Herniation" is said of a disc, the brain or
 *    orbital fat as much as of a hernia: its "see also Hernia" alone is an abdominal hernia
 *    (K46.9), so it is read with what herniates. "Illness" and "sick" alone ("a family
 *    illness", "an acute illness, presumably pneumonia", "sick to her stomach") name no
 *    condition to code (R69 is for an illness the record cannot name at all).
 *    Not in it: words the index itself sends to a code when nothing more is said, "Hematoma
 *    (traumatic) — see also Contusion" (Contusion T14.8) and "Trauma, traumatism — see also
 *    Injury" (Injury T14.90): a hematoma or a trauma is an injury to code even without a site.
 */

/** A set of words written as "a|b|c". */
export const words = (list: string): ReadonlySet<string> => new Set(list.split('|'));

export const NOT_FROM_TEXT: ReadonlySet<string> = words(
  'examination|investigation|observation|admission|encounter|presentation|condition|findings|symptoms|test|' +
    'transient|radiotherapy session|' +
    'affection|nerves|contact|plus|removal|analgesia|gas|exposure|blood|fold|change|donor|positive|' +
    'newborn|distress|reflex|personality|fatness|overeating|sensitive|adherent|toxic|irritable|scales|' +
    'problem|status|follow-up|aftercare|counseling|care|procedure|treatment|therapy|result|results|' +
    'history of|normal|health|life|living|visit|screening|pattern|direction|discontinuity|injection|' +
    'fragments|intubation|movements|smearing|flap|stimulation|anticoagulant|tenderness|inhibitor|' +
    'diuresis|vitality|granulation tissue|tac|loop|surveillance|consumption|decline|pres|electric current|teething|rests|crusts|nervous|' +
    'pathology|abnormal|late|lack of|dependence|use|medical|surgery|operation|complication|' +
    'complications|drug|state|physical|mental|good|poor|bad|difficult|difficulty|hard|long|short|low|' +
    'large|small|excessive|slow|rapid|wandering|habit|phenomenon|sign|type|stage|grade|level|' +
    'degree|index|score|puncture|' +
    // Words the index prints in a sense a note does not use them in: "Overlaid, overlying" is an
    // infant lain upon (T71), where a note's "overlying skin" is a position; "Bends" is
    // decompression sickness (T70.3), where a note "bends" a knee; "Wheal — see Urticaria", where
    // a procedure note raises a "skin wheal" of local anaesthetic before the needle (hives are
    // read through Urticaria and Hives); "Hospitalism in children" is met only in a
    // "Children's Hospital"; "Wells' disease" only in "as well". Each is still reached through the
    // index's other words for it (Asphyxia, Decompression sickness, Urticaria).
    "overlaid|bends|wheal|hospitalism in children|wells' disease|" +
    // "Age — see Senility": a note's "age" is the patient's years, not senility (R41.81).
    'age',
);

export const NEEDS_SUBTERM: ReadonlySet<string> = words(
  'disease|syndrome|disorder|tumor|lesion|mass|growth|cancer|malignancy|neoplasm|history|transplant|' +
    'pregnancy|absence|loss|deformity|defect|enlargement|dilatation|displacement|inflammation|injury|' +
    'anesthesia|wound|abscess|cyst|sinus|fistula|hemorrhage|ulcer|' +
    'failure|embolism|clot|cold|breathlessness|anomaly|damage|dysfunction|hypertrophy|' +
    'atrophy|degeneration|stenosis|stricture|compression|calcification|shock|arrest|instability|' +
    'insufficiency|infarct|ischemia|obstruction|tension|decubitus|falling|collapse|heat|freezing|frozen|' +
    'ganglion|callus|septum|dentition|herniation|illness|sick|postoperative|' +
    // "High" names nothing alone ("high school", "high dose"), but its subterms are conditions:
    // "High, cholesterol E78.00", "High, triglycerides E78.1", "High, temperature R50.9".
    'high',
);

const heads = new Map<string, string>();

/**
 * The head of a main term title: "Presentation, fetal" → "presentation"; "Pain(s)" → "pain".
 * Remembered by title (the index's titles are a closed list, read for every hit).
 */
export function headOfTitle(title: string): string {
  let head = heads.get(title);
  if (head === undefined) {
    head = (title.split(',')[0] ?? title)
      .replace(/\(.*?\)/g, '')
      .replace(/\b(?:NEC|NOS)\b/g, '')
      .trim()
      .toLowerCase();
    if (heads.size < 100_000) heads.set(title, head);
  }
  return head;
}

/**
 * Main terms whose plain use in a note means one of their subterms, as data. "Liver
 * metastases" names secondary deposits in the liver: the index's "Metastasis, metastatic,
 * deposits (in) — see Neoplasm, secondary, by site".
 */
export const IMPLIED_SUBTERM: Readonly<Record<string, string>> = {
  metastasis: 'deposits',
};

/**
 * Words that are a symptom only as the verb or its complement, and otherwise an adjective of
 * degree: "feeling faint", "felt that she might faint" is fainting (R55); "faint opacification",
 * "faint expiratory wheeze", "a faint scar", "it is very faint on the lower back" say dim, not
 * syncope (Guidelines I.A: the index is entered by the condition the documentation states). The
 * word is read as the symptom after one of the listed words, before a word of an episode ("faint
 * spells", SYMPTOM_EPISODE), or ending its sentence ("Chief complaint: faint."). As data: word →
 * the words before it that make it the symptom.
 */
export const SYMPTOM_ONLY_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'faint',
    words(
      'feel|feels|feeling|felt|became|become|becomes|becoming|get|gets|getting|got|going|might|may|would|' +
        'could|will|to|near|nearly|almost',
    ),
  ],
]);

/** Nouns after which a SYMPTOM_ONLY_AFTER word is the symptom: "faint spells", "a faint episode". */
export const SYMPTOM_EPISODE: ReadonlySet<string> = words(
  'spell|spells|episode|episodes|feeling|feelings|attack|attacks',
);

/**
 * General main terms (NEEDS_SUBTERM) whose "see also" names the same condition in another word,
 * so the referred term's subterms are read for it, though never its bare code: "Herniation —
 * see also Hernia" (a "disc herniation" is "Hernia, intervertebral cartilage or disc"; a hernia
 * alone is abdominal, K46.9), "Stenosis — see also Stricture" ("vein stenosis": "Stricture,
 * vein I87.1"), "Disorder — see also Disease" ("myeloproliferative disorder" D47.1). Not the
 * terms whose cross-reference is another thing: "Sinus — see also Fistula" is no sinus of the
 * nose, "Septum — see also Anomaly" no septum the heart has.
 */
export const SAME_CONDITION_SEE_ALSO: ReadonlySet<string> = words('herniation|stenosis|disorder');
