/**
 * @module lexicon/abbreviations
 * Abbreviations and acronyms of clinical notes, written by the team as data: what a note writes
 * → the words the ICD-10-CM index uses. Only expansions that are unambiguous in a clinical note
 * are listed; ambiguous ones carry `when` (the casing they must be written in), so "PE" (upper
 * case) is pulmonary embolism but "pe" is not expanded. Keys are lower case.
 */

export interface Abbreviation {
  expansion: string;
  /** 'upper': only when written in capitals in the note (PE, MS, ALL); default any case. */
  when?: 'upper';
  /**
   * Not expanded right before a number: the letters then name a laboratory test ("CA 125",
   * "CA 19-9" are tumour markers, not a carcinoma).
   */
  notBeforeNumber?: true;
  /** Not expanded right after a number: a unit of measure ("ambulated 600 feet", "six feet"). */
  notAfterNumber?: true;
  /**
   * Read only as the head of its phrase, where the condition's sense fits: not right before a
   * word it modifies ("CA ligament" is the coracoacromial ligament, "CA veins"), and not after a
   * place name and a comma, where the letters are a postal code ("Dublin, CA").
   */
  asHead?: true;
}

const A = (expansion: string, when?: 'upper'): Abbreviation => (when ? { expansion, when } : { expansion });

export const ABBREVIATIONS: Readonly<Record<string, Abbreviation>> = {
  // "On hemodialysis" is on dialysis ("Status, dialysis Z99.2").
  hemodialysis: A('dialysis'),
  // "He fell from a ladder": the Index to External Causes' "Fall, falling".
  fell: A('fall'),
  fallen: A('fall'),
  // cardiovascular
  htn: A('hypertension'),
  hypertensive: A('hypertension'),
  cad: A('coronary artery disease'),
  chf: A('congestive heart failure'),
  hf: A('heart failure', 'upper'),
  hfref: A('systolic heart failure'),
  hfpef: A('diastolic heart failure'),
  mi: A('myocardial infarction', 'upper'),
  ami: A('acute myocardial infarction', 'upper'),
  stemi: A('st elevation myocardial infarction'),
  nstemi: A('non-st elevation myocardial infarction'),
  afib: A('atrial fibrillation'),
  'a-fib': A('atrial fibrillation'),
  af: A('atrial fibrillation', 'upper'),
  svt: A('supraventricular tachycardia'),
  vt: A('ventricular tachycardia', 'upper'),
  dvt: A('deep vein thrombosis'),
  pe: A('pulmonary embolism', 'upper'),
  pvd: A('peripheral vascular disease'),
  pad: A('peripheral arterial disease', 'upper'),
  cva: A('cerebral infarction'),
  tia: A('transient ischemic attack'),
  aaa: A('abdominal aortic aneurysm'),
  hld: A('hyperlipidemia'),
  lvh: A('left ventricular hypertrophy'),
  lbbb: A('left bundle branch block'),
  rbbb: A('right bundle branch block'),
  pvc: A('premature ventricular contraction', 'upper'),
  pvcs: A('premature ventricular contractions'),
  // endocrine and metabolic
  dm: A('diabetes mellitus'),
  dm1: A('type 1 diabetes mellitus'),
  dm2: A('type 2 diabetes mellitus'),
  t1dm: A('type 1 diabetes mellitus'),
  t2dm: A('type 2 diabetes mellitus'),
  iddm: A('type 1 diabetes mellitus'),
  niddm: A('type 2 diabetes mellitus'),
  dka: A('diabetic ketoacidosis'),
  siadh: A('syndrome of inappropriate secretion of antidiuretic hormone'),
  hyperlipidaemia: A('hyperlipidemia'),
  // renal and urinary
  ckd: A('chronic kidney disease'),
  esrd: A('end stage renal disease'),
  // One hyphenated word in notes, two in the index ("Disease, end stage renal N18.6").
  'end-stage': A('end stage'),
  aki: A('acute kidney failure'),
  arf: A('acute renal failure', 'upper'),
  uti: A('urinary tract infection'),
  bph: A('benign prostatic hyperplasia'),
  // respiratory
  copd: A('chronic obstructive pulmonary disease'),
  uri: A('upper respiratory infection'),
  urti: A('upper respiratory infection'),
  osa: A('obstructive sleep apnea'),
  ards: A('acute respiratory distress syndrome'),
  sob: A('shortness of breath', 'upper'),
  doe: A('dyspnea on exertion', 'upper'),
  tb: A('tuberculosis', 'upper'),
  // digestive
  gerd: A('gastroesophageal reflux disease'),
  gi: A('gastrointestinal', 'upper'),
  ibs: A('irritable bowel syndrome'),
  ibd: A('inflammatory bowel disease'),
  pud: A('peptic ulcer disease'),
  nafld: A('nonalcoholic fatty liver disease'),
  nash: A('nonalcoholic steatohepatitis'),
  ugib: A('upper gastrointestinal bleeding'),
  gist: A('gastrointestinal stromal tumor', 'upper'),
  // neurological and mental
  ms: A('multiple sclerosis', 'upper'),
  als: A('amyotrophic lateral sclerosis', 'upper'),
  adhd: A('attention deficit hyperactivity disorder'),
  ptsd: A('post-traumatic stress disorder'),
  mdd: A('major depressive disorder'),
  ocd: A('obsessive compulsive disorder'),
  // infectious and other
  hiv: A('human immunodeficiency virus disease'),
  aids: A('human immunodeficiency virus disease', 'upper'),
  hcv: A('hepatitis c'),
  hbv: A('hepatitis b'),
  // the viruses by their usual initials (Index: "Infection, cytomegalovirus B25.9", "Herpes
  // simplex", "Varicella", "Papillomavirus", "Respiratory syncytial virus"). Not EBV: "Epstein-
  // Barr" written out reaches "Epstein's nephrosis or syndrome" beside another "syndrome".
  cmv: A('cytomegalovirus'),
  hsv: A('herpes simplex'),
  vzv: A('varicella zoster virus'),
  hpv: A('human papillomavirus'),
  rsv: A('respiratory syncytial virus'),
  mrsa: A('methicillin resistant staphylococcus aureus'),
  ra: A('rheumatoid arthritis', 'upper'),
  oa: A('osteoarthritis', 'upper'),
  sle: A('systemic lupus erythematosus'),
  // history: a former smoker has a history of tobacco dependence ("History, personal (of),
  // tobacco dependence Z87.891"), not a current dependence
  'ex-smoker': A('personal history of tobacco dependence'),
  exsmoker: A('personal history of tobacco dependence'),
  // "Allergic to sulfa": the sulfonamides ("History, personal, allergy, sulfonamides Z88.2").
  sulfa: A('sulfonamides'),
  // symptoms and signs
  n: A('nausea', 'upper'),
  'n/v': A('nausea vomiting'),
  loc: A('loss of consciousness', 'upper'),
  cp: A('chest pain', 'upper'),
  ha: A('headache', 'upper'),
  lbp: A('low back pain'),
  // findings of a measured value: "increased transaminases" is the index's "Elevated,
  // elevation, transaminase level" (the index sends "Raised" there too: "Raised — see also
  // Elevated"); the word keeps its own key for "Increase, increased, intracranial pressure".
  // The noun only as a finding: "an increase in transaminases" (PHRASES), not "increase his
  // Altace" (a dose).
  increased: A('elevated'),
  // anatomy and laterality
  rle: A('right lower limb'),
  lle: A('left lower limb'),
  rue: A('right upper limb'),
  lue: A('left upper limb'),
  rlq: A('right lower abdominal quadrant'),
  llq: A('left lower abdominal quadrant'),
  ruq: A('right upper abdominal quadrant'),
  luq: A('left upper abdominal quadrant'),
  bilat: A('bilateral'),
  // one half of a site is that site for the index ("pain in the right hemiscrotum": Pain, scrotum)
  hemiscrotum: A('scrotum'),
  hemiscrotal: A('scrotal'),
  hemithorax: A('thorax'),
  hemiabdomen: A('abdomen'),
  hemipelvis: A('pelvis'),
  hemimandible: A('mandible'),
  hemiface: A('face'),
  hemidiaphragm: A('diaphragm'),
  // parts of a limb the index does not list under every condition, named with their part
  // ("Pain, limb, lower, foot M79.67-", "lower leg M79.66-"); the word keeps its own key for
  // the terms that print it ("Spur, heel", "Ulcer, pressure, heel")
  // the nail of a toe or a finger, as the index names it ("Infection, nail, toe L03.03-"); the
  // word keeps its own key ("Onychomycosis ... toenails")
  toenail: A('toe nail'),
  toenails: A('toe nail'),
  fingernail: A('finger nail'),
  fingernails: A('finger nail'),
  heel: A('foot'),
  heels: A('foot'),
  forefoot: A('foot'),
  midfoot: A('foot'),
  hindfoot: A('foot'),
  instep: A('foot'),
  // "Swelling in her feet" (the index folds "pedal", not "feet": lexicon/synonyms.ts).
  feet: { ...A('foot'), notAfterNumber: true },
  // the joints of the shoulder region (ICD-10's musculoskeletal sites: "shoulder region:
  // clavicle, scapula, acromioclavicular joint, shoulder joint, sternoclavicular joint")
  acromioclavicular: A('shoulder'),
  glenohumeral: A('shoulder'),
  sternoclavicular: A('shoulder'),
  calf: A('lower leg'),
  calves: A('lower leg'),
  shin: A('lower leg'),
  shins: A('lower leg'),
  // regions of the abdomen and back by their anatomical names, in the index's words ("Pain,
  // abdominal, upper, right quadrant R10.11"; "lower R10.30"; "periumbilical R10.33"; "Pain,
  // lumbar region M54.50")
  // (the adjectives, which also name vessels and nerves, are read before a finding: REGION_PHRASES)
  hypochondrium: A('upper abdominal quadrant'),
  hypogastrium: A('lower abdominal'),
  mesogastrium: A('periumbilical lower abdominal'),
  // a disc in a note is an intervertebral disc ("Hernia, intervertebral cartilage or disc — see
  // Displacement, intervertebral disc"); the optic disc is named with its adjective
  disc: A('intervertebral disc'),
  disk: A('intervertebral disc'),
  // neoplasm shorthand
  ca: { ...A('carcinoma', 'upper'), notBeforeNumber: true, asHead: true },
  nsclc: A('non-small cell carcinoma lung'),
  sclc: A('small cell carcinoma lung'),
  hcc: A('hepatocellular carcinoma', 'upper'),
  rcc: A('renal cell carcinoma', 'upper'),
  bcc: A('basal cell carcinoma', 'upper'),
  scc: A('squamous cell carcinoma', 'upper'),
  cll: A('chronic lymphocytic leukemia'),
  aml: A('acute myeloid leukemia'),
  cml: A('chronic myeloid leukemia'),
  nhl: A('non-hodgkin lymphoma'),
};

/**
 * A spinal motion segment written by its two vertebrae ("C5-C6", "L4-L5", "L5-S1", "C7-T1")
 * names a region of the spine, which the index reads as a subterm ("Stenosis, spinal, cervical
 * region M48.02"; "Displacement, intervertebral disc, lumbar region M51.26"): the region's
 * adjective, or undefined for any other word. Two levels, or one lumbar vertebra: "T1" alone is
 * as often a tumor stage or an MRI sequence.
 */
export function spinalSegment(lower: string): string | undefined {
  // One lumbar vertebra ("compression fracture of L1", "L5 pars defect"): no stage, sequence
  // or heart sound is written so (T1, C3, S1 are).
  if (vertebraLevel(lower) === 'lumbar') return 'lumbar';
  const m = /^([ctls])(\d{1,2})-([ctls])(\d{1,2})$/.exec(lower);
  if (!m) return undefined;
  const region: Record<string, string> = {
    cc: 'cervical',
    ct: 'cervicothoracic',
    tt: 'thoracic',
    tl: 'thoracolumbar',
    ll: 'lumbar',
    ls: 'lumbosacral',
  };
  return region[`${m[1]}${m[3]}`];
}

/**
 * The part of the cervical spine a segment lies in, as the tabular divides the cervical disc
 * disorders (M50.21 "... high cervical region", M50.22- "... mid-cervical region", M50.23
 * "... cervicothoracic region"): C2-C3 and C3-C4 high, C4-C5 to C6-C7 mid-cervical, C7-T1
 * cervicothoracic; undefined for any other.
 */
export function cervicalPart(
  level: string,
): 'high cervical' | 'mid-cervical' | 'cervicothoracic' | undefined {
  const m = /^c(\d)-([ct])(\d)$/i.exec(level);
  if (!m) return undefined;
  const upper = Number(m[1]);
  if (m[2]!.toLowerCase() === 't') return upper === 7 && m[3] === '1' ? 'cervicothoracic' : undefined;
  if (Number(m[3]) !== upper + 1) return undefined;
  return upper >= 2 && upper <= 3 ? 'high cervical' : upper >= 4 && upper <= 6 ? 'mid-cervical' : undefined;
}

/**
 * The region of one vertebra written by its level ("T8", "C2", "L1"): "thoracic", "cervical",
 * "lumbar", or undefined. A thoracic or cervical level alone is as often something else (a tumor
 * stage, a complement factor): index/sentence-keys.ts reads those beside a word of the spine.
 */
export function vertebraLevel(lower: string): string | undefined {
  if (/^t(?:[1-9]|1[0-2])$/.test(lower)) return 'thoracic';
  if (/^c[1-7]$/.test(lower)) return 'cervical';
  if (/^l[1-5]$/.test(lower)) return 'lumbar';
  return undefined;
}

/**
 * The key a cervical segment ("C5-C6") gives for "cervical": one no written word has, which
 * index/compile.ts adds beside "cervical" to the subterms that are not the uterine cervix, so
 * "stenosis at C5-C6" never reads "Stenosis, cervix, cervical N88.2".
 */
export const CERVICAL_SPINE_KEY = 'cervical#spine';

/**
 * The key of a word written in capitals, as initials ("CRP", "LDH"): index/compile.ts reads the
 * initials the index prints after a subterm ("C-reactive protein (CRP)") only from such a word,
 * so "men" is no "(MEN)", multiple endocrine neoplasia.
 */
export const initialsKey = (lower: string): string => `initials#${lower}`;

/**
 * Two- and three-word phrases that name an index entry other than their words' own, written by
 * the team as data: the first word takes the expansion's words. "Allergic to penicillin" in a patient's
 * history states an allergy status (Z88-Z91: "Allergy, history (of) — see History, allergy";
 * "History, personal (of), allergy (to), penicillin Z88.0"), not an allergic reaction now
 * ("Allergy, allergic (reaction) T78.40", still read from "allergic reaction", "allergy").
 */
export const PHRASES: Readonly<Record<string, string>> = {
  'allergic to': 'personal history of allergy',
  'allergy to': 'personal history of allergy',
  'allergies to': 'personal history of allergy',
  // "Neuropathy, peripheral (nerve) — see also Polyneuropathy": read so, the combinations the
  // index files under polyneuropathy apply ("Diabetes, type 2, with, polyneuropathy E11.42")
  'peripheral neuropathy': 'polyneuropathy',
  // the right or left iliac fossa is the lower quadrant of the abdomen on that side
  'iliac fossa': 'lower abdominal quadrant',
  // "Left lower quadrant pain" is abdominal ("Pain, abdominal, lower, left quadrant R10.32"):
  // an upper or lower quadrant is the abdomen's (the breast's are "upper outer", "lower inner").
  'lower quadrant': 'lower abdominal',
  'upper quadrant': 'upper abdominal',
  // "PE tubes" are pressure-equalization (tympanostomy) tubes of the ear, no pulmonary embolism.
  'pe tube': 'pressure equalization',
  'pe tubes': 'pressure equalization',
  // "Lower back pain" is the index's "Pain, low back M54.50", not "Pain, back M54.9"; the word
  // keeps its own key for "Abrasion, back, lower".
  'lower back': 'lower low',
  // The index files the loss of vision of one eye under "one eye" ("Loss (of), vision, visual,
  // one eye H54.60: left H54.62, right H54.61"; "Blindness, one eye (other eye normal)"): the
  // left or the right eye is one eye.
  'left eye': 'left one eye',
  'right eye': 'right one eye',
  // "An increase in transaminases" is a raised value, "Elevated" (see `increased` above); the
  // noun keeps its own key ("Increase, increased, intracranial pressure").
  'increase in': 'increase elevation',
  'increase of': 'increase elevation',
  // "High, blood pressure — see also Hypertension": "high blood pressure" is how patients and
  // notes name the disease; the subterm for a reading without that diagnosis (R03.0) is for a
  // reading ("Elevated, blood pressure" still reads it, guidelines I.C.9.a.7).
  'high blood pressure': 'hypertension',
  // Thoughts of suicide are its ideation ("Ideation, suicidal R45.851"), no attempt ("Suicide,
  // suicidal (attempted) T14.91").
  // The adult respiratory distress syndrome is the acute one ("Syndrome, respiratory, distress,
  // acute, adult J80"), the index's "adult" nested under "acute".
  'adult respiratory distress': 'acute adult respiratory distress',
  'suicidal thoughts': 'suicidal ideation',
  'suicidal thinking': 'suicidal ideation',
  'thoughts of suicide': 'suicidal ideation',
  'thinking about suicide': 'suicidal ideation',
  'thinking of suicide': 'suicidal ideation',
  ...REGION_PHRASES(),
  // Stages, types and classes in Roman numerals, which the index writes in Arabic ("Disease,
  // kidney, chronic, stage 3 (moderate)"; "Diabetes, type 1"; "Obesity, class 3"): "chronic
  // kidney disease, stage III". Only after these words: a Roman numeral alone is a pronoun ("I")
  // or the route of a drug ("IV").
  ...romanAfter(['stage', 'type', 'class', 'grade']),
};

/**
 * Regions of the abdomen and back by their anatomical adjectives, before a finding of the region:
 * "hypogastric pain" is lower abdominal pain (R10.30), "lumbar pain" pain of the lumbar region
 * (M54.50). Not alone: a "hypogastric artery" is no abdominal aorta, a "lumbar puncture" no wound.
 */
function REGION_PHRASES(): Record<string, string> {
  const regions: Record<string, string> = {
    hypochondriac: 'upper abdominal quadrant',
    hypogastric: 'lower abdominal',
    mesogastric: 'periumbilical lower abdominal',
    periumbilical: 'periumbilical lower abdominal',
    lumbar: 'lumbar region',
  };
  const findings = ['pain', 'pains', 'tenderness', 'discomfort', 'mass', 'swelling', 'region', 'area'];
  return Object.fromEntries(
    Object.entries(regions).flatMap(([adjective, words]) =>
      findings.map((f) => [`${adjective} ${f}`, words] as const),
    ),
  );
}

function romanAfter(words: readonly string[]): Record<string, string> {
  const numerals = ['i', 'ii', 'iii', 'iv', 'v'];
  return Object.fromEntries(
    words.flatMap((w) => numerals.map((n, i) => [`${w} ${n}`, `${w} ${i + 1}`] as const)),
  );
}
