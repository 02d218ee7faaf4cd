/**
 * @module guidelines/chronic
 * Chronic diseases a note lists as the patient's history are the patient's conditions still:
 * "history of hypertension", a past medical history of type 2 diabetes. Guidelines IV.I: "Chronic
 * diseases treated on an ongoing basis may be coded and reported as many times as the patient
 * receives treatment and care for the condition(s)"; IV.J: code all documented conditions that
 * coexist at the time of the encounter and affect care. A history code (Z80-Z87, I.C.21.c.4) is
 * for "a condition that no longer exists", which these do not become. Written by the team as
 * data: categories of diseases that, once diagnosed, are managed for life or for years. Only the
 * plain wording of a history makes them current: "resolved", "years ago", "previous", "former"
 * still say the condition is past.
 */

export const CHRONIC_CATEGORIES: ReadonlySet<string> = new Set(
  [
    // endocrine and metabolic
    'E03 E05 E06 E10 E11 E13 E21 E23 E27 E66 E78 E83 E84 M10 M1A',
    // circulatory
    'I10 I11 I12 I13 I15 I25 I27 I34 I35 I42 I48 I50 I73',
    // respiratory
    'J41 J42 J43 J44 J45 J47 J84 G47',
    // renal and genitourinary
    'N18 N40 N31 N32',
    // digestive
    'K21 K50 K51 K58 K70 K73 K74 K86 K90',
    // nervous system and mental
    'G20 G30 G35 G40 G43 G61 G62 G70 F01 F02 F03 F20 F25 F31 F32 F33 F41 F42 F90 F84',
    // musculoskeletal and skin
    'M05 M06 M08 M16 M17 M19 M32 M35 M45 M47 M48 M81 L40',
    // blood and immune
    'D56 D57 D61 D69 D80 D84 B18 B20',
    // eye and ear
    'H40 H35 H91',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a code's category is a chronic disease (`CHRONIC_CATEGORIES`). */
export const isChronic = (code: string): boolean => CHRONIC_CATEGORIES.has(code.slice(0, 3));

/**
 * The historical triggers that only say the patient has had the condition (context/triggers.ts;
 * "section …" is a past medical history heading), not that it ended.
 */
export const SAYS_HAS_HAD: ReadonlySet<string> = new Set([
  'history of',
  'h/o',
  'hx of',
  'past history of',
  'personal history of',
  'history significant for',
  'previously diagnosed',
]);
