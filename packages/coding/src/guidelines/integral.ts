/**
 * @module guidelines/integral
 * Signs and symptoms routinely associated with a disease are not coded when the disease is
 * (ICD-10-CM Guidelines I.B.5 and, for outpatient care, IV.D; signs and symptoms that are not
 * routinely associated are coded, I.B.6). Written by the team as data: a symptom category (of
 * chapter 18, or a sign filed elsewhere, such as N63 lump in breast; or a subcategory, M79.6) →
 * the diagnosis code prefixes of which it is an integral part. A prefix list, not a judgement
 * per note: anything outside it is coded.
 */

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
  R23: ['L'],
  // lymph nodes, edema
  R59: ['C81', 'C82', 'C83', 'C84', 'C85', 'C91', 'B27', 'A15', 'A18'],
  R60: ['I50', 'N04', 'N18', 'K74', 'I87'],
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
  'M79.6': ['I80', 'I82.4', 'I82.5', 'I82.6', 'I82.7', 'L03.0', 'L03.1'],
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
