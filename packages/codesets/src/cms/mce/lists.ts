/**
 * @module cms/mce/lists
 * The code lists of the Medicare Code Editor, as they appear in "Definitions of Medicare Code
 * Edits" (CMS / Solventum, PBL-011), chapter 1 "Edit code lists". Each list has a stable id the
 * claim checker can rely on (never renamed), the edit and section it sits under, and where in
 * the document it is found: the edit number, the lettered section, the numbered group and the
 * list heading (`place`: "8B.1|" is edit 8, section B, group 1, no heading).
 *
 * A list in the document that is not named here is refused at install, so a new version whose
 * structure moved is noticed rather than read into the wrong list.
 */
export const MCE_LISTS = {
  /** 4A "Perinatal/Newborn diagnoses": age 0 years only. */
  'age-perinatal': { edit: 4, place: '4A|', kind: 'diagnosis', ages: [0, 0] },
  /** 4B "Pediatric diagnoses (age 0 through 17)". */
  'age-pediatric': { edit: 4, place: '4B|', kind: 'diagnosis', ages: [0, 17] },
  /** 4C "Maternity diagnoses (age 9 through 64)". */
  'age-maternity': { edit: 4, place: '4C|', kind: 'diagnosis', ages: [9, 64] },
  /** 4D "Adult diagnoses (age 15 through 124)". */
  'age-adult': { edit: 4, place: '4D|', kind: 'diagnosis', ages: [15, 124] },
  /** 6 "Manifestation codes not allowed as principal diagnosis". */
  'manifestation-pdx': {
    edit: 6,
    place: '6|Manifestation codes not allowed as principal diagnosis',
    kind: 'diagnosis',
  },
  /** 8A "Questionable admission codes" (as principal diagnosis). */
  'questionable-admission': { edit: 8, place: '8A|Questionable admission codes', kind: 'diagnosis' },
  /** 8B.1 cesarean section procedures: questionable unless an outcome-of-delivery code is secondary. */
  'questionable-obstetric-cesarean': { edit: 8, place: '8B.1|', kind: 'procedure' },
  /** 8B.2 vaginal delivery procedures: likewise. */
  'questionable-obstetric-vaginal': { edit: 8, place: '8B.2|', kind: 'procedure' },
  /** 8B.3 outcome-of-delivery diagnoses that make 8B.1/8B.2 acceptable. */
  'questionable-obstetric-outcome': { edit: 8, place: '8B.3|', kind: 'diagnosis' },
  /** 9: the unacceptable principal diagnosis accepted when a secondary diagnosis is coded (marked *). */
  'unacceptable-pdx-requires-secondary': { edit: 9, place: '9|', kind: 'diagnosis' },
  /** 9 "Unacceptable principal diagnosis codes". */
  'unacceptable-pdx': { edit: 9, place: '9|Unacceptable principal diagnosis codes', kind: 'diagnosis' },
  /** 11A: procedures always non-covered. */
  'noncovered-procedure': { edit: 11, place: '11A|Procedure', kind: 'procedure' },
  /** 11B: diagnoses with which a pancreas transplant alone (0FYG0Z0, 0FYG0Z1) is covered. */
  'noncovered-pancreas-transplant-dx': { edit: 11, place: '11B|Diagnoses list', kind: 'diagnosis' },
  /** 11D: procedures non-covered only when a diagnosis of 11D "Diagnoses" is present. */
  'noncovered-with-dx-procedures': { edit: 11, place: '11D|Procedures', kind: 'procedure' },
  'noncovered-with-dx-diagnoses': { edit: 11, place: '11D|Diagnoses', kind: 'diagnosis' },
  /** 11F: procedures non-covered when the beneficiary is over age 60. */
  'noncovered-over-60': { edit: 11, place: '11F|Procedure', kind: 'procedure' },
  /** 11G: procedures non-covered when Z30.2 (encounter for sterilization) is a diagnosis. */
  'noncovered-with-sterilization-dx': { edit: 11, place: '11G|Procedure', kind: 'procedure' },
  /** 17A "Limited coverage codes". */
  'limited-coverage': { edit: 17, place: '17A|', kind: 'procedure' },
  /** 18 "Wrong procedure performed codes" (external cause codes). */
  'wrong-procedure': { edit: 18, place: '18|Wrong procedure performed codes', kind: 'diagnosis' },
  /** 19: ventilation > 96 hours, to be coded only when the stay is long enough. */
  'procedure-inconsistent-with-los': { edit: 19, place: '19|', kind: 'procedure' },
  /** 20: unspecified codes for which a code with laterality exists. */
  'unspecified-laterality': { edit: 20, place: '20|', kind: 'diagnosis' },
} as const satisfies Record<string, MceListSpec>;

export interface MceListSpec {
  edit: number;
  place: string;
  kind: 'diagnosis' | 'procedure';
  ages?: readonly [number, number];
}

export type MceListId = keyof typeof MCE_LISTS;

export const MCE_LIST_BY_PLACE: ReadonlyMap<string, MceListId> = new Map(
  (Object.entries(MCE_LISTS) as [MceListId, MceListSpec][]).map(([id, spec]) => [spec.place, id]),
);

/**
 * Rules the document states without a list. Edit 2: "External cause codes (V, W, X or Y codes
 * (ICD-10-CM)) ... should not be used as a principal diagnosis". Edit 14: ages outside 0-124
 * are invalid.
 */
export const MCE_EXTERNAL_CAUSE_FIRST_LETTERS = ['V', 'W', 'X', 'Y'] as const;
export const MCE_VALID_AGES = [0, 124] as const;
