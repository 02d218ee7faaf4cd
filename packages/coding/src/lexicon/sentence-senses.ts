/**
 * @module lexicon/sentence-senses
 * Readings of the index that the sentence around them decides, written by the team as data.
 * Each names the readings it is about (by main term head, by code, or by the path read) and the
 * sentence's words that make them another sense (`otherSenseIf`) or that the condition needs
 * (`onlyIf`). coder/mentions.ts leaves out a reading any entry rules out.
 */
import { words } from './main-terms.ts';

export interface SentenceSense {
  /** Main term heads (lexicon/main-terms.ts `headOfTitle`). */
  heads?: ReadonlySet<string>;
  /** The code read. */
  code?: RegExp;
  /** The path read, its titles joined by " > ". */
  path?: RegExp;
  /** Words that make the reading another sense. */
  otherSenseIf?: RegExp;
  /** Words without which the reading is another sense. */
  onlyIf?: RegExp;
  /** Words that keep the reading whatever `otherSenseIf` finds ("unintentional weight loss"). */
  exceptIf?: RegExp;
  /**
   * A finding of another condition, coded by that one (Guidelines I.B.5): the claim profile does
   * not code it, the mentions profile lists it (corpora code every finding said). The text says why.
   */
  findingOf?: string;
}

export const SENTENCE_SENSES: readonly SentenceSense[] = [
  // Main terms of shape, number or position whose subterms are body parts and whose codes are
  // congenital anomalies: "Arch, aortic Q25.49", "Double, ureter Q62.5", "Transposition, nerve
  // Q07.8", "Absence, muscle Q79.8", "Retraction, sternum Q76.7". In a note the words mostly
  // name the anatomy ("passed over the aortic arch"), a device ("double-J ureteral stent") or a
  // procedure ("ulnar nerve transposition", "the sternal retracted portion"); a congenital
  // anomaly is coded when the note says it is one (Guidelines I.C.17 codes anomalies "when
  // documented"). Their other codes are unaffected.
  {
    heads: words(
      'arch|double|absence|transposition|deformity|dysplasia|accessory|cystic|axilla|pes|curvature|retraction|elongated|distortion',
    ),
    code: /^Q/,
    onlyIf: /\bcongenital(?:ly)?\b|\banomal|\bmalformation|\bbirth\b|\bborn with\b|\bnewborn\b|\bneonat/i,
  },
  // A fall the patient is at risk of, or guarded against, did not happen: "fall risk
  // assessment", "fall precautions" (the Index to External Causes' "Fall, falling W19" is an
  // event; the risk is "At risk for falling Z91.81", which a coder reads from its own words).
  {
    code: /^W[01]\d/,
    otherSenseIf:
      /\bfall(?:s|ing)?\s+(?:risk|precautions?|prevention|assessment)\b|\brisk\s+(?:of|for)\s+fall/i,
  },
  // Labor's progress, not a disorder: "cervix 4 cm dilated, 80% effaced", "complete cervical
  // dilation", "cervical dilation progressed" are the course of labor, not "Dilatation, cervix —
  // see also Incompetency, cervix" (N88.3).
  {
    path: /\bdilat.* > cervix\b/i,
    otherSenseIf:
      /\b\d+(?:\.\d+)?\s*(?:(?:to|-)\s*\d+(?:\.\d+)?\s*)?(?:cm|centimeters?)\b|\beffac|\bstation\b|\bdilat\w*\s+progress|\b(?:complete|completely|fully)\b.{0,20}\bdilat/i,
  },
  // "Estimated blood loss was minimal", "blood loss with the delivery was 400 mL": the measure an
  // operative or delivery note gives of the operation's own bleeding, not a hemorrhage to code
  // (Guidelines I.B.16: a complication is coded when the provider documents it as one), whatever
  // the blood loss's subterm reads (an intrapartum one, O67.9). "Acute blood loss anemia" is
  // read through Anemia.
  {
    path: /^Loss > blood\b/,
    otherSenseIf:
      /\bestimated\b|\bblood loss\b[^.;]{0,40}\b(?:\d+\s*(?:ml|cc|milliliters?)|minimal|minimum|negligible|scant|none|less than|nil|zero|trivial)\b/i,
  },
  // An operation's own bleeding, described as a step or as its course: "bleeding points were
  // controlled with electrocautery", "small bleeders were cauterized", "prepared down to good
  // bleeding bone", "the internal carotid artery had good backflow bleeding", "bleeding was
  // minimal", "tolerated the procedure well with minimal bleeding noted", "bleeding was
  // controlled with bipolar electrocautery", "very little bleeding with this procedure", "the
  // placenta separated with some bleeding"; and the limb emptied of blood before a tourniquet
  // ("exsanguinated using an Esmarch bandage"). The same guideline.
  {
    code: /^R58/,
    otherSenseIf:
      /\b(?:bleeding|hemorrhage) (?:was|were) (?:controlled|stopped)\b[^.]*\b(?:cautery|electrocautery|bovie|bipolar|sutures?|ligat\w*|clips?|surgicel|surgiflo|gelfoam|thrombin)\b|\b(?:very little|little|minimal|no significant) bleeding (?:with|during) (?:this|the) (?:procedure|operation|surgery)\b|\bplacenta (?:separated|delivered)\b|\bbleeding (?:points?|sites? (?:was|were) (?:controlled|cauterized))\b|\bbleeders?\b|\bbleeding bone\b|\bback-?(?:flow|bled|bleeding)\b|\b(?:bleeding|blood loss) (?:was|is|were) (?:minimal|minimum|trivial|scant|negligible|nil|none)\b|\b(?:minimal|minimum|trivial|scant|negligible) (?:amount of )?(?:bleeding|blood loss)\b[^.]*\b(?:noted|encountered)\b|\btolerated the procedure\b[^.]*\b(?:minimal|minimum|little) (?:amount of )?(?:bleeding|blood loss)\b|\bexsanguinat\w*\b[^.]*\b(?:esmarch|tourniquet)\b|\b(?:esmarch|elevation)\b[^.]*\bexsanguinat/i,
  },
  // A procedure's verb, no symptom: "the catheter was aspirated and flushed", "a flushing
  // reservoir" are steps and devices; "facial flushing", "flushing episodes", "she appears
  // flushed" are the symptom (Flushing R23.2).
  {
    heads: words('flushing'),
    onlyIf:
      /\b(?:face|facial|skin|cheeks?|neck|hot|warm\w*|episodes?|spells?|attacks?|appear\w*|looks?|looked|feels?|felt|became|becomes|sweat\w*|menopaus\w*)\b/i,
  },
  // The act of opening, a step of a procedure: "the wound was opened to 3.4 mm", "once opening
  // the wound", "the wound opening where it was draining was explored". "Open, opening, wound —
  // see Wound, open" is a wound the note says is open ("open wound on the right posterior trunk",
  // "an open left gluteal wound").
  {
    heads: words('open'),
    otherSenseIf:
      /\b(?:was|were|is|are|been|being|then|and)\s+(?:\w+ly\s+)?opened\b|\bopen(?:ed|ing)\s+(?:up\s+)?(?:of\s+)?the\b|\bwound\s+opening\b/i,
  },
  // A cardiac stress test's stress, a mechanical load, or the verb to emphasize: "the peak stress
  // EKG", "the patient was stressed by dobutamine infusion", "Lexiscan Myoview stress study",
  // ("stress test", "stress echo" are names, context/name-heads.ts, and listed so),
  // "will transfer stress to other disc levels", "I really stressed the importance of". "Stress
  // F43.9" is the patient's reaction: "under considerable stress", "financial stress". Stress
  // fracture and stress incontinence are read through their own main terms.
  {
    heads: words('stress'),
    otherSenseIf:
      /\bstress(?:ed)? (?:study|studies|ecg|ekg|thallium|myoview|cardiolite|nuclear|mri|portion|report)\b|\bstressed by\b|\b(?:dobutamine|adenosine|regadenoson|lexiscan|treadmill|exercise|pharmacologic(?:al)?|cardiac|myocardial|nuclear|peak|post|rotation|valgus|varus|marrow|mechanical)[ -]stress\b(?! (?:tests?|testing|echo\w*|imag\w*|protocol|views?|perfusion)\b)|\bafter the stress\b|\bstress(?:ed|es)? (?:the|that|to the patient)\b|\b(?:transfer|release|relieve|reduce|put|place|places|placing)s? (?:\w+ )?stress (?:on|to|from)\b|\bstress on the\b|\bstress (?:to|on) (?:the|other)\b/i,
  },
  // A weight loss sought is no abnormal one ("Loss, weight (abnormal) (cause unknown) R63.4"):
  // "tried multiple weight loss diets and programs", "we discussed weight loss options",
  // "encouraged weight loss", "Optifast for weight loss prior to these procedures", "surgical
  // weight loss", "diet, exercise, and weight loss". An unintentional or unexplained one is.
  {
    path: /^(?:Weight > loss|Loss > weight)\b/,
    exceptIf: /\bun(?:intentional|intended|explained|wanted)\b/i,
    otherSenseIf:
      /\b(?:diets?|dieting|programs?|options?|surgery|surgical|bariatric|nonsurgical|medifast|optifast|phentermine|goals?|management|counsel\w*|recommend\w*|encourag\w*|suggest\w*|discuss\w*|attempts?|methods?|efforts?|pursuing|support|safe|successful|intentional|plan|try|trying|instruction|benefit|behavioral|exercise|obtain|achieve)\b/i,
  },
  // "Fit — see Convulsions" is a seizure only as one had ("had a fit", "fits of coughing",
  // "febrile fits"); in notes the word is mostly a verb or a judgment: "cut to fit", "found to
  // have an excellent fit", "the patient is fit for operation", "as I see fit".
  {
    path: /^Fit\b/,
    onlyIf:
      /\bfits? of\b|\b(?:a|had a|has a|having a|another|epileptic|febrile|convulsive|fainting|coughing|seizure|recurrent)\s+fits?\b/i,
  },
  // Where a pain spreads is no site of its own: "Pain radiates to the back and is severe" tells
  // how the pain said before it travels ("Pain, back" M54.9 is a back pain); "radiates to the
  // back of the thigh" names a site.
  {
    path: /(?:^|see |see also )Pain > back\b/,
    otherSenseIf: /\bradiat\w*\s+(?:in)?to\s+(?:the|his|her)\s+back\b(?!\s+of\b)/i,
  },
  // "Crush, crushed, crushing" is an injury when said of the body: "crush injury", "his hand was
  // crushed", "crushed his finger". In notes the word is mostly a pain's quality ("crushing-type
  // substernal chest pain", no crushed chest S28.0), a surgeon's act ("a hemostat was used to
  // crush the turbinate"), a graft, or a nerve's "double crush syndrome" (no traumatic anuria).
  {
    path: /^Crush\b|> crush\b/i,
    onlyIf:
      /\bcrush(?:ed|ing)? injur|\b(?:was|were|got|been|is|are) crushed\b|\bcrushed (?:his|her|their|the patient's)\b|(?<!double )\bcrush syndrome\b/i,
  },
  // Weakness of something else than the patient (R53.1): labor's "contractions were very weak",
  // a neuropsychological evaluation's "areas of strength and weakness".
  {
    code: /^R53\.1/,
    otherSenseIf:
      /\bcontractions? (?:were|was|are|is) (?:\w+ )?weak\b|\bweak contractions?\b|\bstrengths? and weakness(?:es)?\b/i,
  },
  // "Cut down on", "cut back on" are a reduction: "Mild pedal edema - has to cut down on fluid
  // intake" is no laceration of the foot ("Cut — see Laceration").
  {
    path: /^Cut\b/,
    otherSenseIf: /\bcut(?:ting)? (?:down|back)(?: on)?\b/i,
  },
  // "Narcotics" are medicines, no narcosis (R06.89 by "Narcosis"): "continued on IV fluid and
  // narcotics for pain", "unresponsive to medical therapy including narcotics".
  {
    path: /^Narcosis\b/,
    onlyIf: /\bnarcosis\b/i,
  },
  // "Methadone use — see Use, opioid" (F11.90) is a use disorder's reading; a use without one is
  // coded only when the provider relates it to a disorder (Guidelines I.C.5.b.3). Methadone
  // prescribed for pain ("partially relieved with methadone rescues", "taking methadone up to
  // eight tablets") is a medicine.
  {
    path: /^Methadone use\b/,
    onlyIf: /\b(?:maintenance|clinic|program|addict\w*|abuse|dependen\w*|heroin|withdrawal|detox\w*)\b/i,
  },
  // Pupils dilated with drops for the examination are no mydriasis (H57.04): "Pupils were
  // pharmacologically dilated earlier", "Cyclomydril x2 was used to dilate the pupil".
  {
    path: /(?:^|see )Dilatation > pupil\b/,
    otherSenseIf:
      /\bpharmacologically dilated\b|\b(?:used|drops?) to dilate\b|\bdilat\w* (?:with|using) (?:drops|cyclomydril|tropicamide|phenylephrine|mydriacyl|cyclopentolate)\b|\bdilating drops\b/i,
  },
  // The provider's worry is no patient's (R45.82): "I am quite worried about the pain that she is
  // having", "we will worry about the stone at a later point".
  {
    path: /^Worries\b/,
    otherSenseIf: /\b(?:I am|I'm|we are|we're|we will|we'll|I will|I'll)\s+(?:\w+\s+)?worr/i,
  },
  // "Placenta, placental — see Pregnancy, complicated by, specified condition" (O26.89-) names the
  // placenta itself: ultrasound and delivery reports describe a normal one ("posterior placenta,
  // grade II", "placenta delivered spontaneously intact"). A complication is coded from its
  // description (abruption, previa, insufficiency, retained ...; Guidelines I.C.15.a).
  {
    path: /^Placenta, placental\b/,
    onlyIf:
      /\b(?:abnormal\w*|accreta|increta|percreta|previa|abruptio\w*|insufficien\w*|infarct\w*|retained|low-lying|succenturiate|circumvallate|velamentous|hematoma|hypertroph\w*)\b/i,
  },
  // "Mammogram Z12.39" is a screening encounter's reason, not every mammogram the note speaks of
  // ("on recent mammogram, she was found to have calcifications", "her mammogram was
  // unremarkable", "abnormal mammogram").
  {
    path: /^Mammogram\b/,
    onlyIf: /\bscreening\b|\broutine\b/i,
  },
  // A course of steroids is no long-term use (Z79.52, "Long-term (current) (prophylactic) drug
  // therapy (use of), steroids, systemic"): "a burst of prednisone", "tapered prednisone", "a
  // one day course".
  {
    code: /^Z79\.52/,
    otherSenseIf:
      /\bburst\b|\btaper\w*\b|\b(?:short|one[- ]day|brief|\d+[- ]day) course\b|\bdose ?pa(?:ck|k)\b/i,
  },
  // "Allergy, allergic (reaction) T78.40" is an allergic reaction: not the allergy list a note
  // keeps ("drug-related allergies ... have all been updated and reviewed", "her only allergy
  // is listed to latex", "his allergies are no known drug allergies"), a specialty
  // ("allergy/immunology", "an allergy doctor") or a cause told in general ("is usually caused
  // by allergies").
  {
    code: /^T78\.40/,
    otherSenseIf:
      /\ballerg\w*[^.]{0,60}\b(?:reviewed|updated|listed|documented|elicited)\b|\ballergy\/immunology\b|\b(?:usually|often|commonly) caused by\b|\bno known (?:drug |medication |food )?allerg|\bNKDA\b|\ballergy (?:doctor|clinic|specialist|evaluation|testing)\b/i,
  },
  // "Periods — see also Menstruation" is a woman's period, not a span of time: "pain in the
  // 48-hour period", "pain during this same period", "periods of apnea".
  {
    path: /^Periods\b/,
    otherSenseIf:
      /\b(?:\d+[- ]?(?:hour|day|week|month|year)s?|hour|day|week|month|year|time|same|this|that|postoperative|perioperative|postpartum|recovery|follow-?up|observation|trial|perinatal|neonatal|refractory|latent|incubation)\s+period\b|\bperiods? of\b/i,
  },
  // Smoke breathed from others' tobacco is an exposure (Z77.22), no dependence: "history of
  // second-hand smoke exposures", "passive smoke".
  {
    code: /^F17/,
    otherSenseIf: /\b(?:second-?hand|passive|environmental)\s+smok|\bsmoke exposures?\b/i,
  },
  // Sterility sought is no infertility ("Sterility — see Infertility"): "voluntary sterility",
  // "desire for sterility" are the reasons for a sterilization (Z30.2), not N46.9 or N97.9.
  {
    path: /^Sterility\b/,
    otherSenseIf:
      /\b(?:voluntary|desires?|desired|requests?|requested|elective|wants?|wish(?:es)?)\b[^.]{0,15}\bsterility\b/i,
  },
  // "CVA" of an examination is the costovertebral angle: "no CVA tenderness", "CVA is benign",
  // "tender to percussion at the CVA" - no cerebrovascular accident (I63.9).
  {
    code: /^I6/,
    otherSenseIf:
      /\bCVAT\b|\bCVA (?:tenderness|tender|is benign|angles?|percussion|pain|punch)\b|\b(?:tenderness|tender|percussion|flank)\b[^.]{0,25}\bCVA\b|\bcostovertebral\b/,
  },
  // The name of a service: "Infectious Disease consult", "followed by infectious disease", "from
  // the Infectious Disease point of view" are the specialists, no "Disease, infectious B99.9".
  {
    code: /^B99/,
    otherSenseIf:
      /\binfectious diseases?\s+(?:consult\w*|service|team|physicians?|specialists?|point of view|follow[- ]?up|recommendations?|input|clinic|department|doctors?)\b|\b(?:followed|seen|evaluated|consulted|managed|following)\s+by\s+(?:the\s+)?infectious diseases?\b|\bInfectious Disease\b/,
  },
  // An ECG's "ST segment depression", "horizontal ST depressions" (Abnormal, electrocardiogram
  // R94.31) and a sedative's "respiratory depression" are no depressive episode (F32.A).
  {
    path: /^Depression$/,
    otherSenseIf: /\bST(?:[- ]?segments?)?\s+depressions?\b|\brespiratory depression\b/i,
  },
  // Adhesions said of a site outside the abdomen: "between the glans and mucosa", "at the
  // coronal sulcus", "between the dura and the ligamentum flavum", of the pleura or a tendon.
  // "Adhesions, adhesive (postinfective) K66.0" is the peritoneum's (Tabular K66: disorders of
  // the peritoneum); the other sites are read by their own subterms ("Adhesions, pleura J94.8",
  // "preputial N47.5"), or not at all.
  {
    code: /^K66\.0$/,
    otherSenseIf:
      /\b(?:glans|prepuc\w*|foreskin|coronal sulcus|penile|penis|phimosis|dura|dural|ligamentum|tendons?|pleura\w*|thoracoscop\w*|VATS|knee|joints?)\b/i,
  },
  // Sleep said to be broken: "significant problems with fractured sleep", "his sleep is
  // fractured" is no fracture (T14.8).
  {
    path: /^Fracture\b/,
    otherSenseIf: /\b(?:fractured|broken)\s+sleep\b|\bsleep\s+(?:is|was|has been)\s+(?:fractured|broken)\b/i,
  },
  // A scar of an inner organ: "mild inferior wall scar" of the heart, "left apical scarring" of
  // the lung, "scarring along the base of the bladder", "a stenotic scarred ureteropelvic
  // junction", "scarring of the epineurium". "Scar, scarring (see also Cicatrix) L90.5" is the
  // skin's (Tabular L90: disorders of the skin); an organ's scar is read by its own subterm
  // ("Cicatrix, bladder"), or not at all.
  {
    code: /^L90\.5$/,
    otherSenseIf:
      /\b(?:(?:inferior|anterior|posterior|lateral|septal|apical)\s+wall|myocardi\w*|ventric\w*|apical|apex|lungs?|pulmonary|pleura\w*|bladder|ureter\w*|urethr\w*|ureteropelvic|fallopian|uter(?:us|ine)|vas|nerves?|epineuri\w*|joints?|ligaments?|tendons?|menin\w*|foramen|lining|subglottic|trache\w*|esophag\w*|bowel|intestin\w*|liver|hepatic|retina\w*|cornea\w*|marrow|glenohumeral|patellofemoral)\b/i,
  },
  // An examination's response to a stimulus: "withdraws to pain", "localizes to pain", "no
  // response to deep pain" grade consciousness (the Glasgow scale), no pain the patient has.
  {
    path: /\bPain$/,
    otherSenseIf:
      /\b(?:withdraw\w*|respon\w*|react\w*|localiz\w*|grimac\w*|moan\w*|flex\w*|extend\w*|extension|posturing|open\w*)\s+(?:only\s+|appropriately\s+)?to\s+(?:deep\s+|noxious\s+|central\s+)?pain\b/i,
  },
  // Necrosis described as part of a lesion, a tissue removed or a pathology finding: "a nodular
  // image with a necrotic center", "focus of intratumoral necrosis", "adenopathies with necrotic
  // appearance", "the necrotic tissue was debrided", "granuloma with central necrosis". It is
  // the lesion's or the wound's, coded by them; "Necrosis — see also Gangrene" (I96) is for
  // the gangrene a provider documents.
  {
    path: /^Necrosis\b/,
    code: /^I96$/,
    findingOf: 'the necrosis is said of a lesion or a tissue, coded by it',
    otherSenseIf:
      /\b(?:central|centre|center|focal|foci|focus|areas?|intratumou?ral|tumou?rs?|nodul\w*|mass|lesions?|granulomas?|cysts?|lymph nodes?|adenopath\w*|appearance|aspect|background|debrid\w*|resect\w*|removed|excis\w*|patholog\w*|histolog\w*|biops\w*)\b/i,
    exceptIf: /\bgangren/i,
  },
  // Pallor of the optic nerve or disc, seen at the fundus, is the nerve's (optic atrophy), no
  // pallor of the skin (R23.1).
  {
    code: /^R23\.1$/,
    otherSenseIf: /\b(?:optic|discs?|disks?|nerves?|fundus|fundi)\b/i,
  },
  // The stress of a cardiac stress test: "at peak stress", "both stress and rest", "a nuclear
  // stress study", "less than adequate cardiac stress" name the test's phase, no stress reaction
  // (F43.9) or mental stress (Z73.3) of the patient's; nor does stress said as what brings a
  // symptom on ("no chest pain with stress", "headaches brought on by stress"). Where the word
  // names a test itself ("stress test", "stress echo"), context/name-heads.ts says so.
  {
    heads: words('stress'),
    otherSenseIf:
      /\b(?:with|by|during)\s+(?:\w+\s+)?stress\b|\b(?:peak|rest|resting|exercise|nuclear|pharmacologic(?:al)?|lexiscan|adenosine|regadenoson|myoview|cardiolite|thallium|sestamibi|dobutamine|treadmill|cardiac|maximal)\b[\s-]+(?:\w+[\s-]+)?stress\b|\bstress\b[\s-]+(?:\w+[\s-]+)?(?:study|studies|evaluation|rest|recovery|portion|phase|part)\b/i,
    exceptIf:
      /\bstress[\s-]+(?:test\w*|echo\w*|imaging|images|perfusion|ecg|ekg|scans?|protocol|views|sequence)\b/i,
  },
];

/** What a sentence makes of a reading: not a condition, or a finding of another one. */
export type Sense = { kind: 'other' } | { kind: 'finding'; why: string };

/**
 * What the sentence makes of a reading (main term `head`, `path`, `code`): another sense (not a
 * condition at all), a finding of another condition (`findingOf`), or nothing (the reading stands).
 */
export function senseOf(
  head: string,
  path: readonly string[],
  code: string,
  sentence: string,
): Sense | undefined {
  const joined = path.join(' > ');
  let finding: Sense | undefined;
  for (const s of SENTENCE_SENSES) {
    if (
      (s.heads === undefined || s.heads.has(head)) &&
      (s.code === undefined || s.code.test(code)) &&
      (s.path === undefined || s.path.test(joined)) &&
      (s.otherSenseIf?.test(sentence) === true || s.onlyIf?.test(sentence) === false) &&
      s.exceptIf?.test(sentence) !== true
    ) {
      if (s.findingOf === undefined) return { kind: 'other' };
      finding ??= { kind: 'finding', why: s.findingOf };
    }
  }
  return finding;
}
