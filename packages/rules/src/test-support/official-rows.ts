/**
 * @module test-support/official-rows
 * Hand-made rows that copy official rows, field for field, for the golden cases. Each group
 * names its file; each row its place in it (order number, line, spreadsheet row). Golden
 * expectations follow from these rows and the guideline text the rules cite; the store suite
 * (tables.case.test.ts) checks the same rows against the installed official files.
 */
import type { MemoryRows } from '../tables-memory.ts';

const FY2025 = { from: '2024-10-01', to: '2025-09-30' };
const FY2026 = { from: '2025-10-01' };
const SINCE_FY2016 = { from: '2015-10-01' };

export const OFFICIAL_ROWS: MemoryRows = {
  release: 'golden',
  // icd10cm-codes-order-fy2026 icd10cm-order-2026.txt (order number, billable flag, title);
  // FY2025 rows from icd10cm-order-2025.txt; successors from the FY2026 conversion table.
  icd10cm: [
    { code: 'I10', description: 'Essential (primary) hypertension', ...SINCE_FY2016 }, // 11580
    { code: 'E785', description: 'Hyperlipidemia, unspecified', ...SINCE_FY2016 }, // 04995
    { code: 'E10', billable: false, description: 'Type 1 diabetes mellitus', ...SINCE_FY2016 },
    { code: 'E109', description: 'Type 1 diabetes mellitus without complications', ...SINCE_FY2016 }, // 04296
    { code: 'E11', billable: false, description: 'Type 2 diabetes mellitus', ...SINCE_FY2016 }, // 04301
    {
      code: 'E112',
      billable: false,
      description: 'Type 2 diabetes mellitus with kidney complications',
      ...SINCE_FY2016,
    }, // 04308
    {
      code: 'E1122',
      description: 'Type 2 diabetes mellitus with diabetic chronic kidney disease',
      ...SINCE_FY2016,
    }, // 04310
    { code: 'E119', description: 'Type 2 diabetes mellitus without complications', ...SINCE_FY2016 }, // 04416
    { code: 'N181', description: 'Chronic kidney disease, stage 1', ...SINCE_FY2016 }, // 24966
    {
      code: 'N183',
      billable: false,
      description: 'Chronic kidney disease, stage 3 (moderate)',
      ...SINCE_FY2016,
    }, // 24968
    { code: 'N1830', description: 'Chronic kidney disease, stage 3 unspecified', ...SINCE_FY2016 }, // 24969
    {
      code: 'F0280',
      description:
        'Dementia in other diseases classified elsewhere, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety',
      ...SINCE_FY2016,
    }, // 05191
    { code: 'G309', description: "Alzheimer's disease, unspecified", ...SINCE_FY2016 }, // 06407
    // G35 was a code through FY2025 and is a header from FY2026 (order addenda 2026: "Delete 1 G35", "Add 0 G35").
    { code: 'G35', description: 'Multiple sclerosis', ...FY2025 },
    { code: 'G35', billable: false, description: 'Multiple sclerosis', ...FY2026 }, // 06430
    { code: 'S00', billable: false, description: 'Superficial injury of head', ...SINCE_FY2016 },
    {
      code: 'S008',
      billable: false,
      description: 'Superficial injury of other parts of head',
      ...SINCE_FY2016,
    }, // 31825
    { code: 'S0081', billable: false, description: 'Abrasion of other part of head', ...SINCE_FY2016 }, // 31830
    { code: 'S0081XA', description: 'Abrasion of other part of head, initial encounter', ...SINCE_FY2016 }, // 31831
    { code: 'S0081XD', description: 'Abrasion of other part of head, subsequent encounter', ...SINCE_FY2016 }, // 31832
    { code: 'S0081XS', description: 'Abrasion of other part of head, sequela', ...SINCE_FY2016 }, // 31833
    // S30.1XXA: in the FY2025 order file, not in FY2026; FY2026 conversion table rows 3600/3603/3606.
    {
      code: 'S301XXA',
      description: 'Contusion of abdominal wall, initial encounter',
      from: '2015-10-01',
      to: '2025-09-30',
      replacedBy: ['S3011XA', 'S3012XA', 'S3013XA'],
    },
    { code: 'W19XXXA', description: 'Unspecified fall, initial encounter', ...SINCE_FY2016 }, // 92029
    {
      code: 'Z0000',
      description: 'Encounter for general adult medical examination without abnormal findings',
      ...SINCE_FY2016,
    }, // 96340
    {
      code: 'Z00129',
      description: 'Encounter for routine child health examination without abnormal findings',
      ...SINCE_FY2016,
    }, // 96348
    { code: 'Z23', description: 'Encounter for immunization', ...SINCE_FY2016 }, // 96680
    {
      code: 'Z3400',
      description: 'Encounter for supervision of normal first pregnancy, unspecified trimester',
      ...SINCE_FY2016,
    }, // 96784
    { code: 'Z794', description: 'Long term (current) use of insulin', ...SINCE_FY2016 }, // 97488
    { code: 'D630', description: 'Anemia in neoplastic disease', ...SINCE_FY2016 }, // 03631
  ],
  // icd10cm-tabular-index-xml-fy2023 icd10cm_tabular_2023.xml: notes as written at their level.
  notes: [
    { at: 'E11', kind: 'excludes1', text: 'type 1 diabetes mellitus (E10.-)' },
    { at: 'E11', kind: 'excludes1', text: 'diabetes mellitus due to underlying condition (E08.-)' },
    { at: 'E11', kind: 'useAdditional', text: 'code to identify control using:' },
    { at: 'E11', kind: 'useAdditional', text: 'insulin (Z79.4)' },
    { at: 'E11', kind: 'useAdditional', text: 'oral antidiabetic drugs (Z79.84)' },
    {
      at: 'E11.22',
      kind: 'useAdditional',
      text: 'code to identify stage of chronic kidney disease (N18.1-N18.6)',
    },
    { at: 'N18', kind: 'codeFirst', text: 'any associated:' },
    {
      at: 'N18',
      kind: 'codeFirst',
      text: 'diabetic chronic kidney disease (E08.22, E09.22, E10.22, E11.22, E13.22)',
    },
    { at: 'N18', kind: 'codeFirst', text: 'hypertensive chronic kidney disease (I12.-, I13.-)' },
    { at: 'F02', kind: 'codeFirst', text: 'the underlying physiological condition, such as:' },
    { at: 'F02', kind: 'codeFirst', text: "Alzheimer's (G30.-)" },
    { at: 'F02', kind: 'codeFirst', text: 'multiple sclerosis (G35)' },
    { at: 'G30', kind: 'excludes1', text: 'senile dementia NOS (F03)' },
  ],
  // Same tabular: <sevenChrDef> at category S00.
  seventh: [{ at: 'S00', chars: { A: 'initial encounter', D: 'subsequent encounter', S: 'sequela' } }],
  // mce/Definitions of Medicare Code Edits_v_43_1.txt (line numbers of the latin-1 text).
  mce: {
    manifestation: ['D630', 'F0280'], // lines 3693, 3789
    unacceptablePrincipal: ['Z0000'], // line 5669
    age: {
      pediatric: ['Z00129'], // line 262 (B. Pediatric, 0-17)
      maternity: ['Z3400'], // line 2738 (C. Maternity, 9-64)
      adult: ['Z0000'], // line 3642 (D. Adult, 15-124)
    },
  },
  // hcpcs/HCPC2025_OCT_ANWEB.xlsx: ADD DT / TERM DT.
  hcpcs: [
    { code: 'G0439', description: 'Ppps, subseq visit', added: '2011-01-01' },
    { code: 'G0103', description: 'Psa screening', added: '2000-01-01' },
    {
      code: 'G0106',
      description: 'Colon ca screen;barium enema',
      added: '1998-01-01',
      terminated: '2024-12-31',
    },
  ],
  // CPT codes present in the CMS tables used here (PFS RVU, NCCI MUE/PTP, lab fee schedule).
  cpt: [
    '99213',
    '99214',
    '17000',
    '17003',
    '43235',
    '43239',
    '45380',
    '45385',
    '80061',
    '80053',
    '80048',
    '36415',
    '82306',
  ],
  // hcpcs/hcpcs_level2_modifiers_2025oct.derived.csv
  modifiers: [
    { code: 'XS', description: 'Separate structure' },
    { code: 'LT', description: 'Left side' },
    { code: 'RT', description: 'Right side' },
    { code: 'GA', description: 'Waiver of liability statement issued as required by payer policy' },
  ],
  pos: [
    { code: '11', name: 'Office' },
    { code: '22', name: 'On Campus-Outpatient Hospital' },
    { code: '81', name: 'Independent Laboratory' },
  ],
  // ncci-ptp-derived/ptp-pairs-derived.tsv.gz (line numbers; undated, derived: see its PROVENANCE).
  ptp: [
    { column1: '43239', column2: '43235', indicator: 0 }, // 859689
    { column1: '45385', column2: '45380', indicator: 1 }, // 937894
    { column1: '80053', column2: '80048', indicator: 0 }, // 1414967
    { column1: '99214', column2: '99213', indicator: 1 }, // 1516928
  ],
  // ncci-mue/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (line numbers).
  mue: [
    { code: '99213', value: 2, mai: 3, rationale: 'Clinical: Data' }, // 10348
    { code: '36415', value: 2, mai: 3, rationale: 'CMS Policy' }, // 3991
    { code: '17000', value: 1, mai: 2, rationale: 'Code Descriptor / CPT Instruction' }, // 1347
    { code: '17003', value: 13, mai: 2, rationale: 'Code Descriptor / CPT Instruction' }, // 1348
    { code: '80061', value: 1, mai: 3, rationale: 'Nature of Analyte' }, // 7608
    { code: 'A0425', value: 250, mai: 1, rationale: 'Clinical: Data' },
  ],
  // ncci-aoc/AOC_V2026Q2-MCR.xlsx rows 1032 (17003 type 1, primary 17000) and 855-860 (0984T type 3).
  aoc: [
    { addOn: '17003', type: 1, primaries: ['17000'] },
    { addOn: '0984T', type: 3, primaries: ['36221', '36222', '36223', '36224', '36225', '36226'] },
  ],
  // ncd-lab spreadsheet, NCD 190.23B Lipids Testing: 80061 (row 54940); E785 resolution 1
  // (55513), I10 resolution 1 (55630), Z0000 resolution 2 (56747).
  ncd: [
    {
      ncd: '190.23B',
      title: 'Lipids Testing',
      procedures: ['80061', '82465', '83718', '84478'],
      dx: [
        { code: 'E785', resolution: 1 },
        { code: 'I10', resolution: 1 },
        { code: 'Z0000', resolution: 2 },
      ],
    },
  ],
};
