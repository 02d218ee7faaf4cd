/**
 * @module context/triggers
 * Context trigger rules in the NegEx / ConText tradition (Chapman et al. 2001, Harkema et al.
 * 2009), written by the team as data. A trigger is a phrase; its category says what it does to
 * the conditions in its scope; its direction says where the scope lies ('forward': the words
 * after it, "no fever"; 'backward': the words before it, "fever was ruled out"). A scope runs to
 * the end of the sentence, to a termination term, or to `window` words, whichever comes first.
 * Pseudo-triggers ("no increase", "not only") contain a trigger but do not trigger.
 *
 * Uncertainty phrases follow the ICD-10-CM Official Guidelines' own wording: Section II.H and
 * Section IV.H list "probable", "suspected", "likely", "questionable", "possible", "still to be
 * ruled out", "compatible with", "consistent with", "working diagnosis".
 */

export type ContextCategory = 'negated' | 'uncertain' | 'historical' | 'family' | 'hypothetical';

export interface Trigger {
  phrase: string;
  category: ContextCategory | 'pseudo' | 'termination';
  direction: 'forward' | 'backward' | 'both';
  /** Scope in words; default DEFAULT_WINDOW. */
  window?: number;
  /** For a termination term: the categories whose scope it ends (default: negated, uncertain, hypothetical). */
  stops?: readonly ContextCategory[];
  /** The trigger introduces a list, and reaches every short item of it (context.ts, shortItems). */
  lists?: boolean;
  /**
   * For a termination term: a list trigger's scope runs through it. A cause inside a list of
   * what may come is one more thing that may come ("death secondary to DVT, PE, sepsis").
   */
  listsPass?: boolean;
  /**
   * For a backward trigger: it answers a heading, and reaches back over the heading's colon
   * ("Smoking history: none").
   */
  answers?: boolean;
}

export const DEFAULT_WINDOW = 8;

const f = (category: Trigger['category'], phrases: string[], window?: number): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'forward', ...(window ? { window } : {}) }));
/** Forward triggers that introduce a list and reach every short item of it (`Trigger.lists`). */
const fl = (category: Trigger['category'], phrases: string[], window?: number): Trigger[] =>
  f(category, phrases, window).map((t) => ({ ...t, lists: true }));
/** A phrase said of the patient each way notes say it: "explained to him/her/the patient ...". */
const toPatient = (before: string, after: string): string[] =>
  ['him', 'her', 'the patient'].map((who) => `${before} ${who} ${after}`);
const stop = (stops: ContextCategory[], phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category: 'termination', direction: 'forward', stops }));
const b = (category: Trigger['category'], phrases: string[], window?: number): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'backward', ...(window ? { window } : {}) }));

/** Words of trouble a denial names its object with: "no problems with edema". */
const TROUBLE: readonly string[] = [
  'problems',
  'problem',
  'difficulty',
  'difficulties',
  'issues',
  'trouble',
  'complaints',
];

/** Triggers saying a condition has healed (historical): a healed site is no status (coder/mentions.ts). */
export const HEALED: ReadonlySet<string> = new Set(['healed', 'well-healed', 'well healed', 'nicely healed']);

export const TRIGGERS: readonly Trigger[] = [
  // Negation, before the condition ("denies chest pain", "no evidence of pneumonia").
  ...f(
    'negated',
    [
      'no',
      'not',
      'without',
      'no evidence of',
      'no sign of',
      'no signs of',
      'no history of',
      'no h/o',
      'free of',
      // "Trach site is clear of any signs of infection."
      'clear of',
      'absence of',
      'absent',
      'rules out',
      'ruled out',
      'ruled out for',
      'never had',
      'never developed',
      'no complaints of',
      'not demonstrate',
      'fails to reveal',
      'failed to reveal',
      // "CT scan failed to show any skeletal trauma."
      'fails to show',
      'failed to show',
      'fails to demonstrate',
      'failed to demonstrate',
      'no findings of',
      'no suspicious',
      'no further',
      'resolved',
      'negative',
      'nor',
      'neither',
      'non',
      'did not have',
      'does not have',
      'no evidence for',
      'not have',
      'unremarkable for',
      'no new',
      'there is no',
      'there was no',
      'no signs or symptoms of',
      'excluded',
      'exclusion of',
      'no clinical',
      'no radiological',
      'no data of',
      'no data suggestive of',
      'without evidence of',
      'without signs of',
      'w/o',
      'no acute',
      'no known',
      // "No demonstrated central necrosis": "demonstrated" alone ends a scope (below).
      'no demonstrated',
      'nkda',
      // A denial of trouble with something names it: "No problems with edema", "denies
      // difficulty with chest pain, palpitations, orthopnea, or edema" ("with" alone ends a
      // negation's scope, below).
      ...TROUBLE.flatMap((what) => [
        `no ${what} with`,
        `denies ${what} with`,
        `denies any ${what} with`,
        `no ${what} of`,
      ]),
      // "I don't see a definite fracture", "she doesn't have a fever": "not", contracted.
      "don't",
      "doesn't",
      "didn't",
      "isn't",
      "wasn't",
      "aren't",
      "weren't",
      "hasn't",
      "haven't",
      "hadn't",
    ],
    10,
  ),
  // "Negative for" answers a list of questions, each item denied, wherever the list stands: a
  // review-of-systems template without its heading ("GASTROINTESTINAL: Normal; Negative for
  // pain, vomiting, heartburn, ..., hernia, hepatitis, gallbladder disease, hemorrhoids, or
  // bleeding"), a result ("serology negative for HIV, hepatitis B and hepatitis C").
  // "Family history is negative for ischemic heart disease": the longer forward phrase, not the
  // backward "is negative" that would deny only what comes before it.
  ...fl('negated', ['negative for', 'is negative for', 'was negative for', 'were negative for'], 10),
  // A denial by the patient answers for every item of its list: "He denied any associated
  // tonic/clonic movement, incontinence, tongue-biting, HA, visual change, SOB, palpitation,
  // weakness or numbness". Not "no" (case reports' "no X, Y, Z" lists end where its scope does:
  // context.ts, LIST_SCOPE).
  ...fl('negated', ['denies', 'denied', 'denying'], 10),
  // A template's answer marks: "(-) numbness (-) chest pressure" is denied, "(+) joint pain"
  // affirmed; the next mark ends the scope of the one before (below).
  ...f('negated', ['(-)'], 4),
  // Negation, after the condition ("pneumonia was ruled out", "fever: negative").
  ...b(
    'negated',
    [
      'ruled out',
      'was ruled out',
      'is ruled out',
      'has been ruled out',
      'were ruled out',
      'unlikely',
      'was excluded',
      'were excluded',
      'has been excluded',
      'is negative',
      'was negative',
      'were negative',
      'absent',
      'not seen',
      'not present',
      'not identified',
      'not found',
      'not detected',
      'not observed',
      'resolved',
      'has resolved',
      // "The pain is not an issue at this time."
      'not an issue',
      'not a problem',
      'no longer an issue',
      'no longer a problem',
      'free',
      'denied',
      'negative',
    ],
    6,
  ),
  // Uncertainty (Guidelines II.H, III.C, IV.H).
  ...f(
    'uncertain',
    [
      'probable',
      'possible',
      'possibly',
      'suspected',
      'suspect',
      'suspicion of',
      'suspicious for',
      'suspicious of',
      'likely',
      'most likely',
      'questionable',
      'question of',
      'rule out',
      'r/o',
      'to rule out',
      'consistent with',
      'compatible with',
      'suggestive of',
      'suggesting',
      'suggests',
      'concern for',
      'concerning for',
      'worrisome for',
      'working diagnosis',
      'presumed',
      'presumptive',
      'differential diagnosis',
      'differential includes',
      'cannot rule out',
      'cannot be ruled out',
      'cannot exclude',
      'may have',
      'might have',
      'could be',
      'may be',
      'versus',
      'vs',
      'vs.',
      'or possibly',
      'impression of',
      'evaluate for',
      'evaluation for',
      // A test or a work-up asks whether the patient has the condition; its result says
      // ("tested for tuberculosis", "serology for hepatitis C", "further studies for Graves
      // disease"). Not "work-up of" ("work-up of her anemia": the anemia is there).
      'test for',
      'tests for',
      'tested for',
      'testing for',
      'serology for',
      'serologies for',
      'screened for',
      'studies for',
      'work-up for',
      'workup for',
      'to exclude',
      'indicative of',
      'apparent',
      'apparently',
      'doubtful',
      'uncertain',
      'differential diagnosis with',
      'diagnostic suspicion of',
      'equivocal',
      'doubt that',
      'probably',
      // "She was thought to have hydrocephalus"; "this was thought secondary to insomnia".
      'was thought to have',
      'was thought to be',
      'thought to be',
      'was thought',
      // "Special mention was made of the possibility of infection"; in a case report, "we
      // considered the possibility of vasculitis" (a differential, coded inpatient, II.H).
      'possibility of',
    ],
    10,
  ),
  ...b(
    'uncertain',
    [
      'is suspected',
      'was suspected',
      'suspected',
      'is likely',
      'was considered',
      'is possible',
      'not excluded',
      'cannot be excluded',
      'cannot be ruled out',
      'to be ruled out',
      'versus',
      'vs',
      '?',
      'questionable',
      'is probable',
      'vs.',
      'was suspected',
      'is on the differential',
      'on the differential',
      // "An inflammatory process such as infection or ischemia must be considered."
      'must be considered',
      'should be considered',
      'must be excluded',
      'should be excluded',
    ],
    6,
  ),
  // Historical (a past episode, not the current encounter's condition).
  ...f(
    'historical',
    [
      'history of',
      'h/o',
      'hx of',
      'past history of',
      'status post',
      's/p',
      'previous',
      'previously',
      'prior',
      'in the past',
      'past',
      'remote',
      'former',
      'childhood',
      'years ago',
      'history significant for',
      'personal history of',
      'previously diagnosed',
      'was treated for',
      'formerly',
    ],
    8,
  ),
  ...b(
    'historical',
    [
      'years ago',
      'in the past',
      'in childhood',
      'months ago',
      'as a child',
      'previously',
      // "a wound infection, which has since healed": over before this encounter. A relative
      // clause speaks of the noun before its comma (context.ts).
      'has since healed',
      'has healed',
      'since healed',
      'which has since healed',
      'which has healed',
      'which have since healed',
    ],
    6,
  ),
  // A habit given up ("quit smoking", "stopped drinking") is a history of it, not a current
  // condition: a former smoker has a history of nicotine dependence (Index: History,
  // personal, nicotine dependence Z87.891). The habit is the next word or two.
  ...f('historical', ['quit', 'stopped', 'gave up', 'ceased'], 2),
  // What has healed is over: "a healed fracture" (History, personal, healed traumatic fracture
  // Z87.81), "a well-healed surgical scar" on examination, the trace of a past operation that
  // needs no care (IV.J codes the conditions that require or affect care). What is healing or
  // only partly healed is current (pseudo-triggers below).
  ...f('historical', [...HEALED], 3),
  // Family.
  ...f(
    'family',
    [
      'family history of',
      'family history',
      // Transcriptions' own wordings ("The patient's familial medical history is significant
      // for alcohol abuse, diabetes"); not "familial" alone, which names a disease's kind.
      'family medical history',
      'familial medical history',
      'familial history',
      'family hx',
      'fh of',
      'fhx',
      'mother',
      'father',
      'brother',
      'brothers',
      'sister',
      'sisters',
      'sibling',
      'siblings',
      'grandmother',
      'grandfather',
      'aunt',
      'uncle',
      'cousin',
      'maternal',
      'paternal',
      'relatives',
      'family members',
      'family member',
      'his mother',
      'her mother',
      'his father',
      'her father',
      'grandparents',
    ],
    10,
  ),
  ...b(
    'family',
    ['in his mother', 'in her mother', 'in his father', 'in her father', 'in the family', 'in family'],
    6,
  ),
  // Hypothetical (future or conditional: "return if fever develops", "risk of").
  // A condition reaches the end of its clause ("return to the emergency room should he have any
  // evidence or signs and symptoms of infection"): a longer window than the other triggers.
  ...f('hypothetical', ['if', 'should', 'return if', 'in case of'], 12),
  ...f(
    'hypothetical',
    [
      'watch for',
      'monitor for',
      // "Monitor patient for complications of I-131 therapy such as hypothyroidism."
      'monitor patient for',
      ...toPatient('monitor', 'for'),
      ...toPatient('watch', 'for'),
      'precautions',
      'risk of',
      'at risk for',
      'risk for',
      'prevent',
      'prevention of',
      'prophylaxis',
      'prophylaxis of',
      'screening for',
      'screen for',
      'to prevent',
      'to avoid',
      // Not "signs of" alone: in a finding ("signs of peritoneal irritation", "X-ray showed
      // signs of pneumomediastinum") the condition is there; "watch for signs of" is read above.
      'warning signs',
      'call if',
      'educated on',
      'educated about',
      'counseled on',
      'in order to',
      // Fear of a condition is no condition ("afraid of having a low blood sugar").
      'afraid of',
      'fear of',
      'for fear of',
      // A medicine ordered "as needed" for a symptom that may come ("p.r.n. itch").
      'p.r.n.',
      'prn',
      'as needed for',
    ],
    8,
  ),
  // A vaccination is against what the patient does not have (Z23 is the encounter's code, not
  // the disease's): "needs vaccination for influenza and pneumonia".
  ...f(
    'hypothetical',
    [
      'vaccination for',
      'vaccinations for',
      'vaccination against',
      'vaccinations against',
      'vaccine for',
      'vaccines for',
      'vaccine against',
      'vaccines against',
      'immunization for',
      'immunizations for',
      'immunization against',
      'immunizations against',
      'vaccinated for',
      'vaccinated against',
      'immunized against',
    ],
    8,
  ),
  // Advice about what may come: the symptoms or signs of a condition told to the patient ("I
  // discussed with her the symptoms of retinal detachment and advised her to contact us"), not
  // the patient's symptoms. Only with the verb of telling: "the symptoms of depression" alone
  // may be the patient's.
  ...f(
    'hypothetical',
    [
      'explained',
      'discussed',
      'reviewed',
      'went over',
      'educated on',
      'educated about',
      'instructed on',
    ].flatMap((verb) =>
      [
        '',
        ' with her',
        ' with him',
        ' with the patient',
        ' with them',
        ' to her',
        ' to him',
        ' to the patient',
      ].flatMap((who) =>
        ['symptoms of', 'signs of', 'signs and symptoms of'].map((what) => `${verb}${who} the ${what}`),
      ),
    ),
    8,
  ),
  ...b('hypothetical', ['symptoms of which were discussed', 'symptoms of which were explained'], 8),
  // Lists of what may come: the risks of a procedure, told before consent ("The risks
  // included, but not limited to, bleeding, infection, ..., pneumothorax"), and what the patient
  // is to report ("report to us any redness, swelling, inflammation, or fevers"). Each reaches
  // the whole list. Not "complications include" (a case report's complications that
  // happened); nor every hypothetical trigger through lists
  // (measured: CodiEsp train lost 3 true positives, "in case of pain, ...").
  ...fl('hypothetical', [
    'risks include',
    'risks included',
    'risks including',
    'report any',
    'report to us any',
    // What the patient is told to come back for: "instructed to seek immediate medical attention
    // for shortness of breath, chest pain, fever, chills, increased pain, weakness".
    'seek medical attention for',
    'seek immediate medical attention for',
    'seek medical care for',
    'seek immediate medical care for',
    'return to the emergency room for',
    'return to the emergency department for',
    'return to the er for',
    // "risks ..., which includes, but not limited to bleeding, infection, ... DVT": a list of
    // what may happen (its "not" negates nothing)
    'not limited to',
    'but not limited to',
    'but are not limited to',
    'not be limited to',
    'but not be limited to',
    'but not restricted to',
    'not restricted to',
    'but not exclusive of',
    'not exclusive of',
    // What a surgeon explains before consent: "I explained to him complications including
    // death secondary to DVT, PE, leak, peritonitis, sepsis ..."; "the risks of infection,
    // bleeding, injury to surrounding organs". Said to the patient, these are what may happen.
    ...toPatient('explained to', 'complications'),
    'related complications including',
    'risks and complications',
    // "The procedure, indications, potential complications (bleeding, perforation, infection)
    // ... were explained"; "complications were explained to the patient including infection".
    'potential complications',
    'possible complications',
    'potential risks',
    'possible risks',
    'complications were explained',
    'complications were discussed',
    'complications were reviewed',
    'including risks of',
    // "aware of the risks, benefits, alternatives and complications of the surgery to include
    // infection, bleeding"; "complications i.e. bleeding, perforation, infection"; "Risks
    // explained as bleeding, infection, bowel perforation"; "risks ... were explained to her in
    // detail including nerve and vessel damage, infection".
    'complications of the surgery to include',
    'complications of surgery to include',
    'complications of the procedure to include',
    'complications i.e.',
    'complications, i.e.',
    'risks explained as',
    'risks were explained as',
    ...toPatient('explained to', 'in detail including'),
    // The same consent list, said other ways: "we went over the risks of bleeding, infection,
    // damage to nerves ..., weakness"; "accepts the risks to include bleeding requiring
    // transfusion, infection, sepsis, ..."; "the risks such as infection, bleeding, scarring,
    // hernia". Plural "risks" only: a patient's own "risk factors such as" are conditions the
    // patient has. CodiEsp's annotators code what a consent lists ("informed of the risks of the
    // procedure, including urethrovaginal fistula, urethral stricture, urinary incontinence":
    // dev lost 3 such true positives); Guidelines IV.A/IV.C code what the patient has.
    'risks of',
    'risks such as',
    'risks to include',
    // "The risks are infection, hemorrhage, and meatal stenosis"; "other risk including
    // bleeding".
    'risks are',
    'risk including',
    // A consent's "risk factors", said after the procedure was explained: "the procedure was
    // explained in detail and risk factors such as infection, swelling, scar tissue, numbness".
    // Said alone, a patient's "risk factors such as" are conditions the patient has.
    ...['explained', 'explained in detail', 'discussed', 'reviewed'].flatMap((verb) =>
      [' and', ', and'].flatMap((and) =>
        ['risk factors such as', 'the risk factors such as', 'risk factors including'].map(
          (what) => `${verb}${and} ${what}`,
        ),
      ),
    ),
    // "Risk of anesthesia, bleeding, infection, pain, MI, DVT"; "the risk of surgery including
    // infection, ..."; "at high risk of DVT". (Measured: CodiEsp train lost one true positive,
    // "the high risk of recurrence, given ... the presence of lymphadenopathy"; a list ending
    // at "given" lost more on MTSamples, "suspicion of endocarditis given ... Osler nodes".)
    'risk of',
  ]),
  // What may come, said before it: "the patient may develop deeper-seated infection", "the
  // incision may become infected", "could eventually become infected".
  ...f(
    'hypothetical',
    [
      'may develop',
      'might develop',
      'could develop',
      'can develop',
      'may become',
      'might become',
      'could become',
      'could eventually become',
      'may eventually develop',
    ],
    4,
  ),
  // What a condition or a step may bring, told as a possibility: "untreated pre-eclampsia can
  // result in a stroke, fluid build-up around the lungs, ..."; "the patient can also have a
  // stroke"; "this may cause weakness of all four extremities". Through the list.
  ...fl(
    'hypothetical',
    [
      ...['can', 'could', 'may', 'might'].flatMap((modal) =>
        ['result in', 'lead to', 'cause', 'also cause', 'also result in'].map((v) => `${modal} ${v}`),
      ),
      'can also have',
    ],
    8,
  ),
  // What the patient does not know of: "He is unaware of any family members with neurological
  // disorders" denies; "He does not know whether his father's side of the family had any history
  // of prostate cancer", "She was unsure of familial history of other conditions such as
  // hypertension, high cholesterol, stroke" doubt. Through their lists.
  ...fl('negated', ['unaware of', 'not aware of', 'is not aware of'], 10),
  ...fl(
    'uncertain',
    [
      'does not know whether',
      'does not know if',
      "doesn't know whether",
      "doesn't know if",
      'did not know whether',
      'did not know if',
      'unsure whether',
      'unsure if',
      'unsure of',
      'not sure whether',
      'not sure if',
      'uncertain whether',
      'uncertain if',
    ],
    12,
  ),
  // What the patient took it for: "At first he thought it was stress and anxiety".
  ...f(
    'uncertain',
    ['thought it was', 'thought this was', 'thought that it was', 'believed it was', 'felt it was'],
    6,
  ),
  // "He may also have a touch of gastroenteritis": a doubt, as "may have" is.
  ...f('uncertain', ['may also have', 'might also have', 'could also have'], 8),
  ...f('hypothetical', ['concerns of having', 'concerned about having', 'worried about having'], 4),
  // What may happen, said after it: "Bleeding can be superficial, but can compromise airway".
  ...b('hypothetical', ['can be', 'can occur', 'may occur', 'could occur'], 2),
  // Its list may begin after the procedure is named ("... of laparoscopic cholecystectomy to
  // her in detail including bleeding, ..."): a wider window to the first item.
  // "Risks and benefits of the above procedure were discussed with the patient including
  // bleeding, infection, muscle loss, nerve damage".
  ...fl(
    'hypothetical',
    [
      'risks and potential complications',
      'risks and possible complications',
      'risks and benefits',
      'risks, benefits, and alternatives',
      'risks, benefits and alternatives',
    ],
    12,
  ),
  // A differential is a list of what the condition may be, each item uncertain (IV.H):
  // "Possibilities include Meckel's diverticulum, polyp, infection and vascular malformation";
  // "Differential diagnoses include hypoperfusion, stenosis, and dissection".
  ...fl('uncertain', [
    'possibilities include',
    'possibilities included',
    'possibilities including',
    'possibilities are',
    'possibilities would include',
    'differential diagnoses',
    'differential diagnoses include',
    'differential diagnosis includes',
    'differential diagnosis included',
    'differential diagnosis would include',
    'differential diagnosis is',
    'differential includes',
    'differential included',
    'differential would include',
    'differential is',
    'differentials include',
    'differential considerations include',
  ]),
  // A condition word right after "when" in a clause of habit is the circumstance, not a finding:
  // "speech became dysarthric when fatigued", "pain especially when he is stressed".
  ...['when', 'whenever', 'when he is', 'when she is', 'when he gets', 'when she gets', 'when feeling'].map(
    (phrase): Trigger => ({ phrase, category: 'hypothetical', direction: 'forward', window: 0 }),
  ),
  // An answer to a heading that denies it: "Smoking history: none", "Smokes none",
  // "Smoking history zero", "Tobacco: never".
  ...b('negated', ['none', 'zero', 'never'], 3).map((t) => ({ ...t, answers: true })),
  ...f('negated', ['never', 'non-cigarette', 'non-tobacco'], 3),
  // A habit or condition that was and is no more: "She used to be a smoker"; and a condition
  // followed by its end ("Hematuria, resolved."; "aphasia (which resolved)").
  ...f('historical', ['used to'], 4),
  ...b('historical', [
    ', resolved',
    ', now resolved',
    ', since resolved',
    ', which resolved',
    ', which has resolved',
    ', which have resolved',
    ', which had resolved',
    'which resolved',
    ', resolved now',
  ]),
  // Pseudo-triggers: look like triggers but are not.
  // "No problems with her hypertension": the condition is hers, and gives no trouble.
  ...f(
    'pseudo',
    TROUBLE.flatMap((what) =>
      ['no', 'denies', 'denies any'].flatMap((lead) =>
        ['her', 'his', 'their', 'the', 'its', 'my'].map((whose) => `${lead} ${what} with ${whose}`),
      ),
    ),
  ),
  ...f('pseudo', [
    // Healed in part or not at all: the condition is current.
    'partially healed',
    'partly healed',
    'incompletely healed',
    'not healed',
    'not yet healed',
    'never healed',
    'poorly healed',
    'not well healed',
    'not well-healed',
    // Advice to give up a habit the patient still has ("something to help her quit smoking").
    'to quit',
    'to stop',
    'help her quit',
    'help him quit',
    'help them quit',
    'no increase',
    'no change',
    'not only',
    'not necessarily',
    'no significant change',
    'not cause',
    'gram negative',
    'without difficulty',
    'not certain if',
    'not certain whether',
    'not drain',
    'no further change',
    'not extend',
    'no interval change',
    'without any further',
    'non-small',
    'non small',
    'non-hodgkin',
    'non hodgkin',
    'non-insulin',
    'non-st',
    'non st',
    'nonalcoholic',
    'non-alcoholic',
    'history and physical',
    'history and examination',
    'past medical',
    'past surgical',
    'if needed',
    'if necessary',
    // What the writer points out: "it should be noted that ... the patient's obesity".
    'should be noted',
    'should be mentioned',
    'prior to',
    'sister chromatid',
    'son of',
    'risk factors',
    'no longer',
    // A drug's purpose, not the patient's past: "Lasix was used to treat the edema".
    'used to treat',
    'used to control',
    'used to prevent',
    'used to help',
    'was used to',
    'were used to',
    'be used to',
    'is used to',
  ]),
  // Termination: a scope stops here. Conjunctions of contrast end every scope but family's
  // ("mother had breast cancer but no diabetes" keeps both in the family); the rest end only
  // negation, uncertainty and hypothesis ("no fever; cough positive").
  ...stop(
    ['historical', 'negated', 'uncertain', 'hypothetical'],
    [
      'but',
      'however',
      'although',
      'though',
      'except',
      // "He denies any particular problems with the exception of itch": the itch is his.
      'with the exception of',
      'exception of',
      // "... denied ... endocrine disease, infectious, blood or muscles disease other than stating
      // he has a hiatal hernia and hypercholesterolemia".
      'other than',
      'aside from',
      'apart from',
      'yet',
      'whereas',
      'nevertheless',
      'presents',
      'presented',
      'presenting',
      'complains',
      'currently',
      'now',
      'today',
      'admitted',
      'at present',
      'this time',
      ';',
    ],
  ),
  ...stop(['negated'], ['(+)', '(-)']),
  // A denied history is a noun phrase of its own, ended by its comma: "with no relevant medical
  // history, ex-smoker, consulted for cough", "no history of interest, hypertensive and
  // diabetic". What follows the comma is what the patient has. ("No history of asthma, COPD or
  // diabetes" denies a list: there the comma comes after the condition, not after "history";
  // in "denies angina, MI history, palpitations" the history is a condition's. A denial that
  // lists, "denies any previous history, related trauma or treatment", runs through.) The
  // history word before the comma was what "previous" spoke of too.
  ...stop(
    ['negated', 'uncertain', 'hypothetical', 'historical'],
    [
      ...[
        'medical',
        'past medical',
        'clinical',
        'surgical',
        'pathological',
        'relevant',
        'previous',
        'known',
        'neurological',
        'psychiatric',
        'cardiological',
        'urological',
        'gynecological',
        'obstetric',
      ].map((kind) => `${kind} history ,`),
      'interest ,',
      'antecedents ,',
    ],
  ).map((t) => ({ ...t, listsPass: true })),
  // "No family history of interest and personal history of hypertension": the patient's own
  // history starts; the family's (and the negation before it) end.
  ...stop(
    ['family', 'historical', 'negated', 'uncertain', 'hypothetical'],
    ['personal history', 'personal history of'],
  ),
  // A history joined to what was doubted or denied is told as known: "Nonhealing decubitus
  // ulcer? Osteomyelitis, paraplegia, and history of spina bifida", "no fever and a history of
  // asthma". (Not where the history's own word is read, "History, personal (of)": the phrase
  // then holds the condition's first word, and a termination ends only before it.)
  ...stop(
    ['negated', 'uncertain', 'hypothetical'],
    ['and history of', 'and a history of', 'and past history of', 'and a past history of'],
  ),
  // "With" ends a trigger's reach too, but not a list of what may come's: "risks ... infection,
  // difficulty with fusion, hoarseness"; "discussed with the patient including bleeding,
  // infection, paralysis".
  ...stop(['negated', 'uncertain', 'hypothetical'], ['secondary to', 'due to', 'because of', 'with']).map(
    (t) => ({
      ...t,
      listsPass: true,
    }),
  ),
  ...stop(
    ['negated', 'uncertain', 'hypothetical'],
    [
      'which',
      'who',
      'still',
      'reports',
      'cause of',
      'etiology of',
      'source of',
      'reason for',
      'diagnosed',
      'diagnosis',
      'showed',
      'shows',
      'revealed',
      'reveals',
      'demonstrated',
      'confirmed',
      'positive for',
      'positive',
      'developed',
      ':',
    ],
  ),
];
