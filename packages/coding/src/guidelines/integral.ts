/**
 * @module guidelines/integral
 * Signs and symptoms routinely associated with a disease are not coded when the disease is
 * (ICD-10-CM Guidelines I.B.5 and, for outpatient care, IV.D; signs and symptoms that are not
 * routinely associated are coded, I.B.6). Written by the team as data: a symptom category (of
 * chapter 18, or a sign filed elsewhere, such as N63 lump in breast; or a subcategory, M79.6) →
 * the diagnosis code prefixes of which it is an integral part. A prefix list, not a judgement
 * per note: anything outside it is coded.
 */

/** Fractures by region (S02-S92) and pathological ones (M80, M84.3-M84.6). */
const FRACTURES = [
  'S02',
  'S12',
  'S22',
  'S32',
  'S42',
  'S52',
  'S62',
  'S72',
  'S82',
  'S92',
  'M80',
  'M84.3',
  'M84.4',
  'M84.5',
  'M84.6',
];
/**
 * Arthritis of any joint: rheumatoid (M05, M06, M08), gout (M10, M1A), polyarthrosis (M15),
 * osteoarthritis of other and unspecified joints (M19); of the hip (M16), knee (M17) and first
 * carpometacarpal joint (M18) only beside pain of that joint.
 */
const ARTHRITIS = ['M05', 'M06', 'M08', 'M10', 'M1A', 'M15', 'M19'];
/** Pain in a limb (M79.6-): a deep vein thrombosis, a phlebitis, a cellulitis or an abscess of the limb. */
const LIMB_PAIN = ['I80', 'I82.4', 'I82.5', 'I82.6', 'I82.7', 'L02.4', 'L02.6', 'L03.0', 'L03.1'];
/** Pregnancy with abortive outcome (O00-O08): ectopic, molar, missed, spontaneous, induced. */
const EARLY_PREGNANCY_LOSS = ['O00', 'O01', 'O02', 'O03', 'O04', 'O07', 'O08'];

export const INTEGRAL_SYMPTOMS: Readonly<Record<string, readonly string[]>> = {
  // fever
  R50: [
    'A',
    'B',
    'J0',
    'J1',
    'J2',
    'J3',
    'J4',
    'J8',
    'J85',
    'J86',
    'N10',
    'N39.0',
    'K35',
    'K57',
    'K65',
    'K81',
    'K83.0',
    'L03',
    'M86',
    'G00',
    'G03',
    'G04',
    'I33',
    'D70',
  ],
  // cough, dyspnea, wheezing, sputum, abnormal breathing
  R05: ['J', 'A15', 'I50', 'C34'],
  R06: ['J', 'I50', 'I26', 'C34'],
  R09: ['J'],
  // chest pain
  R07: ['I20', 'I21', 'I22', 'I24', 'I25.1', 'I26', 'I30', 'J93', 'J18'],
  // abdominal and pelvic pain, nausea/vomiting, dysphagia, bowel habit, jaundice
  R10: ['K', 'N10', 'N13', 'N20', 'N23', 'N70', 'N73', 'N83', 'O00', 'C16', 'C18', 'C25', 'A09'],
  R11: ['K', 'A08', 'A09', 'O21', 'G43', 'C16'],
  R13: ['K2', 'C15'],
  R19: ['K', 'A09', 'C18', 'C20'],
  R17: ['K7', 'K8', 'B15', 'B16', 'B17', 'B19', 'C22', 'C24', 'C25'],
  R18: ['K7', 'C'],
  // headache
  R51: ['G43', 'G44', 'I60', 'I61', 'I62', 'G00', 'G03', 'C71'],
  // urinary
  R30: ['N10', 'N30', 'N34', 'N39.0', 'N41'],
  R31: ['N20', 'N21', 'N02', 'N30', 'C64', 'C67'],
  R35: ['N40', 'E11', 'E10', 'N30'],
  // skin
  R21: ['B0', 'L2', 'L5'],
  // Ecchymoses, texture and other changes of the skin; not cyanosis, pallor or flushing (R23.0-
  // R23.2), which are the circulation's, not a skin disease's.
  'R23.3': ['L'],
  'R23.4': ['L'],
  'R23.8': ['L'],
  'R23.9': ['L'],
  // lymph nodes, edema
  R59: ['C81', 'C82', 'C83', 'C84', 'C85', 'C91', 'B27', 'A15', 'A18'],
  R60: ['I50', 'N04', 'N18', 'K74', 'I87', 'L02', 'L03'],
  // weight loss, fatigue, malaise
  R63: ['C', 'E05', 'E10', 'E11'],
  R53: ['C', 'D5', 'D6', 'E03', 'B2'],
  // hemoptysis, epistaxis
  R04: ['J', 'C34', 'I26', 'A15'],
  // tachycardia, bradycardia: the rate an arrhythmia or a conduction block is found by
  'R00.0': ['I47', 'I49.0'],
  'R00.1': ['I44', 'I45', 'I49.5'],
  // syncope, convulsions
  R55: ['I44', 'I45', 'I47', 'I49'],
  R56: ['G40'],
  // abnormal findings explained by the disease
  R80: ['N0', 'N18', 'E10.2', 'E11.2', 'O14'],
  R73: ['E10', 'E11', 'E13'],
  R94: ['C', 'I'],
  // heart murmur: how a valve disorder or a septal defect is heard
  R01: ['I34', 'I35', 'I36', 'I37', 'I38', 'Q21', 'Q22', 'Q23'],
  // Signs filed outside chapter 18: a lump in the breast is how a breast neoplasm or cyst presents.
  N63: ['C50', 'D05', 'D24', 'D48.6', 'D49.3', 'N60'],
  // Pain in a limb (M79.6-): how a deep vein thrombosis, a phlebitis or a cellulitis of the limb
  // presents. By subcategory: the rest of M79 (fibromyalgia M79.7; M79.89, other soft tissue
  // disorders, which also holds fat necrosis) are diagnoses of their own.
  'M79.6': LIMB_PAIN,
  // A fracture presents with the pain of its own region: the limb segment it breaks.
  'M79.62': [...LIMB_PAIN, 'S42'],
  'M79.63': [...LIMB_PAIN, 'S52'],
  'M79.64': [...LIMB_PAIN, 'S62'],
  'M79.65': [...LIMB_PAIN, 'S72'],
  'M79.66': [...LIMB_PAIN, 'S82'],
  'M79.67': [...LIMB_PAIN, 'S92'],
  // Swelling, redness and pain of the site: how an abscess or a cellulitis presents. Erythema
  // (L53.9) by subcategory: the rest of L53 are diagnoses. Edema (R60) is listed above.
  R22: ['L02', 'L03'],
  'L53.9': ['L02', 'L03'],
  // Pain, swelling (effusion) and stiffness of a joint (M25.4-, M25.5-, M25.6-, signs filed
  // among the joint disorders): how an arthritis presents; pain of the joint, a fracture beside it.
  'M25.4': ARTHRITIS,
  'M25.5': ARTHRITIS,
  'M25.6': ARTHRITIS,
  'M25.51': [...ARTHRITIS, 'S42'],
  'M25.52': [...ARTHRITIS, 'S42', 'S52'],
  'M25.53': [...ARTHRITIS, 'S52', 'S62'],
  'M25.54': [...ARTHRITIS, 'M18', 'S62'],
  'M25.55': [...ARTHRITIS, 'M16', 'S32', 'S72'],
  'M25.56': [...ARTHRITIS, 'M17', 'S72', 'S82'],
  'M25.57': [...ARTHRITIS, 'S82', 'S92'],
  // Pain without a site beside an injury or abscess that has one.
  R52: ['L02', 'L03', ...ARTHRITIS, 'M16', 'M17', 'M18', ...FRACTURES],
  // Numbness and tingling (R20.-): how a nerve entrapment, a neuropathy or a radiculopathy presents.
  R20: [
    'G56',
    'G57',
    'G58',
    'G60',
    'G61',
    'G62',
    'G63',
    'E08.4',
    'E09.4',
    'E10.4',
    'E11.4',
    'E13.4',
    'M47.1',
    'M47.2',
    'M50.0',
    'M50.1',
    'M51.0',
    'M51.1',
    'M54.1',
  ],
  // Bleeding in early pregnancy (O20.-), uterine bleeding (N93.-), hemorrhage NOS (R58): how an
  // abortion or an ectopic or molar pregnancy presents.
  O20: EARLY_PREGNANCY_LOSS,
  N93: EARLY_PREGNANCY_LOSS,
  R58: EARLY_PREGNANCY_LOSS,
};

/** The table's entry for a code: its subcategory's, else its category's. */
function entryOf(code: string): readonly string[] | undefined {
  return (
    INTEGRAL_SYMPTOMS[code.slice(0, 6)] ??
    INTEGRAL_SYMPTOMS[code.slice(0, 5)] ??
    INTEGRAL_SYMPTOMS[code.slice(0, 3)]
  );
}

/** A sign or symptom code (chapter 18, or a sign the table above lists from another chapter). */
export const isSign = (code: string): boolean => code.startsWith('R') || entryOf(code) !== undefined;

/** The confirmed code that makes a symptom code integral, if any. */
export function integralTo(symptom: string, confirmed: readonly string[]): string | undefined {
  const prefixes = entryOf(symptom);
  if (!prefixes) return undefined;
  return confirmed.find((c) => !isSign(c) && prefixes.some((p) => c.startsWith(p)));
}
