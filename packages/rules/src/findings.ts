/**
 * @module findings
 * The claim finding codes. Scheme: two letters for the edit family and three digits, numbered in
 * the order codes were added; a code is never renumbered, never reused, and never removed (a
 * code no longer produced is marked `retired`). registry.test.ts holds the ledger of every code
 * ever issued and fails when one disappears or changes family.
 *
 *   CV code validity on the date of service     CC ICD-10-CM conventions (Section I.A-B)
 *   PT patient: age, sex, dates                 NP NCCI procedure-to-procedure
 *   NM NCCI MUE and add-on codes                ST claim structure
 *   MN medical necessity                        PY payer pack rules
 *
 * CARC/RARC are what a payer would likely return (X12 code lists; CO = contractual).
 */
import type { FindingRegistry } from './engine/registry.ts';

// biome-ignore format: one code per line reads as the ledger it is.
export const FINDINGS = {
  // 1. Code validity on the date of service
  CV001: { edit: 'validity', severity: 'reject', title: 'ICD-10-CM code does not exist', carc: { group: 'CO', reason: '146' }, rarc: ['M76'] },
  CV002: { edit: 'validity', severity: 'reject', title: 'ICD-10-CM code is a header, not billable', carc: { group: 'CO', reason: '146' }, rarc: ['M81'] },
  CV003: { edit: 'validity', severity: 'reject', title: 'ICD-10-CM code deleted before the date of service', carc: { group: 'CO', reason: '146' }, rarc: ['M76'] },
  CV004: { edit: 'validity', severity: 'reject', title: 'ICD-10-CM code not yet valid on the date of service', carc: { group: 'CO', reason: '146' }, rarc: ['M76'] },
  CV005: { edit: 'validity', severity: 'reject', title: 'HCPCS code not active on the date of service', carc: { group: 'CO', reason: '181' }, rarc: ['M51'] },
  CV006: { edit: 'validity', severity: 'reject', title: 'HCPCS Level II code unknown', carc: { group: 'CO', reason: '181' }, rarc: ['M51'] },
  CV007: { edit: 'validity', severity: 'warn', title: 'CPT code not listed in any CMS table', carc: { group: 'CO', reason: '181' }, rarc: ['M51'] },
  CV008: { edit: 'validity', severity: 'reject', title: 'procedure modifier unknown', carc: { group: 'CO', reason: '182' }, rarc: ['N519'] },
  CV009: { edit: 'validity', severity: 'reject', title: 'procedure code malformed', carc: { group: 'CO', reason: '16' }, rarc: ['M51'] },
  CV010: { edit: 'validity', severity: 'reject', title: 'ICD-9-CM code on a date of service that takes ICD-10-CM', carc: { group: 'CO', reason: '146' }, rarc: ['M76'] },

  // 2. ICD-10-CM conventions
  CC001: { edit: 'conventions', severity: 'warn', title: 'Excludes1 pair on one claim', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  CC002: { edit: 'conventions', severity: 'warn', title: '"code first" companion missing', carc: { group: 'CO', reason: '16' }, rarc: ['M64'] },
  CC003: { edit: 'conventions', severity: 'warn', title: '"code first" companion listed after the code', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  CC004: { edit: 'conventions', severity: 'warn', title: '"use additional code" companion missing', carc: { group: 'CO', reason: '16' }, rarc: ['M64'] },
  CC005: { edit: 'conventions', severity: 'deny', title: 'manifestation code listed first', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  CC006: { edit: 'conventions', severity: 'reject', title: '7th character required', carc: { group: 'CO', reason: '146' }, rarc: ['M81'], supersedes: ['CV001', 'CV002'] },
  CC007: { edit: 'conventions', severity: 'reject', title: '7th character not valid for the category', carc: { group: 'CO', reason: '146' }, rarc: ['M81'], supersedes: ['CV001'] },
  CC008: { edit: 'conventions', severity: 'reject', title: 'placeholder X missing before the 7th character', carc: { group: 'CO', reason: '146' }, rarc: ['M81'], supersedes: ['CV001', 'CV002', 'CC006', 'CC007'] },
  CC009: { edit: 'conventions', severity: 'info', title: '"code also" companion not on the claim' },
  CC010: { edit: 'conventions', severity: 'warn', title: 'first-listed-only Z code reported as secondary', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  CC011: { edit: 'conventions', severity: 'warn', title: 'code unacceptable as principal / first-listed diagnosis', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  CC012: { edit: 'conventions', severity: 'deny', title: 'external cause code listed first', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  CC013: { edit: 'conventions', severity: 'warn', title: 'diagnosis code reported twice', carc: { group: 'CO', reason: '16' }, rarc: ['M64'] },

  // 3. Patient
  PT001: { edit: 'patient', severity: 'deny', title: 'diagnosis inconsistent with the patient\'s age', carc: { group: 'CO', reason: '9' } },
  PT002: { edit: 'patient', severity: 'deny', title: 'diagnosis inconsistent with the patient\'s sex', carc: { group: 'CO', reason: '10' } },
  PT003: { edit: 'patient', severity: 'reject', title: 'date of service before the birth date', carc: { group: 'CO', reason: '16' }, rarc: ['M52'] },
  PT004: { edit: 'patient', severity: 'reject', title: 'date of service in the future', carc: { group: 'CO', reason: '16' }, rarc: ['M52'] },
  PT005: { edit: 'patient', severity: 'warn', title: 'patient birth date missing: age edits cannot run', carc: { group: 'CO', reason: '16' }, rarc: ['N329'] },

  // 4. NCCI procedure-to-procedure
  NP001: { edit: 'ncci-ptp', severity: 'deny', title: 'NCCI PTP pair that no modifier bypasses (indicator 0)', carc: { group: 'CO', reason: '236' }, rarc: ['M15'] },
  NP002: { edit: 'ncci-ptp', severity: 'deny', title: 'NCCI PTP pair without an NCCI-associated modifier (indicator 1)', carc: { group: 'CO', reason: '236' }, rarc: ['M15'] },
  NP003: { edit: 'ncci-ptp', severity: 'info', title: 'NCCI PTP pair bypassed by a modifier: documentation must support it' },

  // 5. NCCI MUE and add-on codes
  NM001: { edit: 'ncci-mue', severity: 'deny', title: 'units on the line exceed the MUE (MAI 1, per line)', carc: { group: 'CO', reason: '151' }, rarc: ['N362'] },
  NM002: { edit: 'ncci-mue', severity: 'deny', title: 'units on the date exceed the MUE (MAI 2, policy: not appealable)', carc: { group: 'CO', reason: '151' }, rarc: ['N362'] },
  NM003: { edit: 'ncci-mue', severity: 'deny', title: 'units on the date exceed the MUE (MAI 3, clinical: appealable)', carc: { group: 'CO', reason: '151' }, rarc: ['N362'] },
  NM004: { edit: 'ncci-aoc', severity: 'deny', title: 'add-on code without an eligible primary code (AOC type 1)', carc: { group: 'CO', reason: '107' } },
  NM005: { edit: 'ncci-aoc', severity: 'warn', title: 'add-on code without a listed primary code (AOC type 3)', carc: { group: 'CO', reason: '107' } },

  // 6. Claim structure
  ST001: { edit: 'structure', severity: 'reject', title: 'diagnosis pointer points at no diagnosis', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  ST002: { edit: 'structure', severity: 'reject', title: 'service line without a diagnosis pointer', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  ST003: { edit: 'structure', severity: 'reject', title: 'more diagnoses than the claim form allows', carc: { group: 'CO', reason: '16' }, rarc: ['M64'] },
  ST004: { edit: 'structure', severity: 'reject', title: 'more service lines than the claim form allows', carc: { group: 'CO', reason: '16' }, rarc: ['MA130'] },
  ST005: { edit: 'structure', severity: 'reject', title: 'place of service not valid', carc: { group: 'CO', reason: '5' }, rarc: ['M77'] },
  ST006: { edit: 'structure', severity: 'reject', title: 'NPI check digit wrong', carc: { group: 'CO', reason: '16' } },
  ST007: { edit: 'structure', severity: 'reject', title: 'units not positive', carc: { group: 'CO', reason: '16' }, rarc: ['M53'] },
  ST008: { edit: 'structure', severity: 'reject', title: 'charge not positive', carc: { group: 'CO', reason: '16' }, rarc: ['M79'] },
  ST009: { edit: 'structure', severity: 'deny', title: 'duplicate service line', carc: { group: 'OA', reason: '18' } },
  ST010: { edit: 'structure', severity: 'reject', title: 'claim total differs from the sum of line charges', carc: { group: 'CO', reason: '16' }, rarc: ['M79'] },
  ST011: { edit: 'structure', severity: 'reject', title: 'claim without a diagnosis', carc: { group: 'CO', reason: '16' }, rarc: ['M76'] },
  ST012: { edit: 'structure', severity: 'reject', title: 'service line without a procedure code', carc: { group: 'CO', reason: '16' }, rarc: ['M51'] },
  ST013: { edit: 'structure', severity: 'reject', title: 'place of service missing', carc: { group: 'CO', reason: '16' }, rarc: ['M77'] },

  // 7. Medical necessity
  MN001: { edit: 'necessity', severity: 'deny', title: 'lab test not covered for the diagnoses given (Medicare lab NCD)', carc: { group: 'CO', reason: '50' }, rarc: ['N386'] },
  MN002: { edit: 'necessity', severity: 'deny', title: 'procedure not supported by a covered diagnosis under the payer policy', carc: { group: 'CO', reason: '50' } },

  // 8. Payer pack rules
  PY001: { edit: 'payer', severity: 'deny', title: 'prior authorization required and not on the claim', carc: { group: 'CO', reason: '197' } },
  PY002: { edit: 'payer', severity: 'reject', title: 'modifier not accepted by the payer', carc: { group: 'CO', reason: '4' }, rarc: ['N519'] },
  PY003: { edit: 'payer', severity: 'reject', title: 'referring / ordering provider required', carc: { group: 'CO', reason: '16' }, rarc: ['N286'] },
  PY004: { edit: 'payer', severity: 'deny', title: 'timely filing limit passed', carc: { group: 'CO', reason: '29' } },
  PY005: { edit: 'payer', severity: 'deny', title: 'frequency limit exceeded', carc: { group: 'CO', reason: '119' } },
  PY006: { edit: 'payer', severity: 'deny', title: 'service not covered by the plan', carc: { group: 'CO', reason: '204' } },
  PY007: { edit: 'payer', severity: 'warn', title: 'payer-specific rule', carc: { group: 'CO', reason: '16' } },
} as const satisfies FindingRegistry;

export type FindingCode = keyof typeof FINDINGS;

export const EDIT_FAMILIES = {
  validity: 'code validity on the date of service',
  conventions: 'ICD-10-CM conventions',
  patient: 'patient age, sex and dates',
  'ncci-ptp': 'NCCI procedure-to-procedure',
  'ncci-mue': 'NCCI medically unlikely edits',
  'ncci-aoc': 'NCCI add-on codes',
  structure: 'claim structure',
  necessity: 'medical necessity',
  payer: 'payer rule pack',
} as const;
