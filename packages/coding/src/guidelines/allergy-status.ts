/**
 * @module guidelines/allergy-status
 * An allergy to a drug the index does not list under "History, personal (of), allergy (to)" is
 * coded by the drug's class, which the Table of Drugs and Chemicals gives: the category of the
 * drug's poisoning code (T36-T50) is its class, and Z88 has a code for most classes ("Z88.1
 * Allergy status to other antibiotic agents", "Z88.6 ... analgesic agent"). "Allergic to
 * clarithromycin": Table of Drugs "Clarithromycin T36.3X1" (macrolides), so Z88.1, not Z88.9
 * "unspecified drugs": the note says which. Written as data, checked in order.
 */

export interface DrugClassStatus {
  /** The poisoning codes of the class. */
  poisoning: RegExp;
  status: string;
  /** The class, as Z88 names it. */
  name: string;
}

export const ALLERGY_STATUS_BY_CLASS: readonly DrugClassStatus[] = [
  { poisoning: /^T36\.0/, status: 'Z88.0', name: 'penicillin' },
  { poisoning: /^T36\./, status: 'Z88.1', name: 'other antibiotic agents' },
  { poisoning: /^T37\.0/, status: 'Z88.2', name: 'sulfonamides' },
  { poisoning: /^T37\./, status: 'Z88.3', name: 'other anti-infective agents' },
  { poisoning: /^T41\.[0-4]/, status: 'Z88.4', name: 'anesthetic agent' },
  { poisoning: /^T40\.[0-46]/, status: 'Z88.5', name: 'narcotic agent' },
  { poisoning: /^T39\./, status: 'Z88.6', name: 'analgesic agent' },
  { poisoning: /^T50\.[ABZ]/, status: 'Z88.7', name: 'serum and vaccine' },
  // "Drug NEC T50.90-": the row of a drug not named, the unspecified code still.
  { poisoning: /^T50\.9/, status: 'Z88.9', name: 'unspecified drugs, medicaments and biological substances' },
  {
    poisoning: /^T(?:3[6-9]|4\d|50)\./,
    status: 'Z88.8',
    name: 'other drugs, medicaments and biological substances',
  },
];

/** The allergy status code of the class of a drug whose poisoning code this is. */
export const allergyStatusOf = (poisoning: string): DrugClassStatus | undefined =>
  ALLERGY_STATUS_BY_CLASS.find((c) => c.poisoning.test(poisoning));

/** The code read when the note names no drug the index lists, which the class may replace. */
export const UNSPECIFIED_DRUG_ALLERGY = 'Z88.9';
