/**
 * @module cms1500/layout
 * Where things sit on our drawing of the 1500 Claim Form (02/12): a readable approximation of
 * the form's grid with its item numbers and labels, drawn by us (the red OCR form itself is
 * printed under NUCC/GPO printing standards and is not ours to reproduce). US letter, points,
 * origin at the top left; render.ts flips y for PDF.
 *
 * Columns follow the form: the patient column (items 2, 5, 9), the middle column (3, 6, 8, 10)
 * and the insured column (1a, 4, 7, 11); then items 12-23, the service-line table (24A-J, six
 * lines with their shaded supplemental halves), and the provider rows (25-33).
 */
import type { Check } from './fields.ts';

export const PAGE = { width: 612, height: 792 } as const;

export interface Box {
  /** The item number printed in the corner ("1a", "24", "33"). */
  num: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a value is written: left edge (or right edge when `align` is right), baseline, width. */
export interface Slot {
  x: number;
  y: number;
  w: number;
  align?: 'left' | 'right';
  /** Lines for multi-line values (items 32, 33, the carrier block). */
  lines?: number;
}

export interface CheckSpot {
  check: Check;
  label: string;
  x: number;
  y: number;
}

const L = 18; // left edge
const M = 250; // middle column
const R = 380; // insured column
const E = 594; // right edge
const TOP = 100;
const ROW = 24;
const row = (n: number) => TOP + n * ROW;

const boxes: Box[] = [];
const slots: Record<string, Slot> = {};
const checks: CheckSpot[] = [];

function box(num: string, label: string, x: number, y: number, w: number, h: number, slot?: string): Box {
  const b = { num, label, x, y, w, h };
  boxes.push(b);
  if (slot !== undefined) slots[slot] = { x: x + 4, y: y + h - 4, w: w - 8 };
  return b;
}

const check = (c: Check, label: string, x: number, y: number) => checks.push({ check: c, label, x, y });

// Item 1 and 1a.
box('1', 'INSURANCE PROGRAM', L, row(0), R - L, ROW);
const PROGRAMS: [Check, string, number][] = [
  ['1:medicare', 'Medicare', 0],
  ['1:medicaid', 'Medicaid', 50],
  ['1:tricare', 'TRICARE', 100],
  ['1:champva', 'CHAMPVA', 150],
  ['1:group', 'Group Health Plan', 200],
  ['1:feca', 'FECA Blk Lung', 270],
  ['1:other', 'Other', 330],
];
for (const [c, label, dx] of PROGRAMS) check(c, label, L + 6 + dx, row(0) + 19);
box('1a', "INSURED'S I.D. NUMBER (For Program in Item 1)", R, row(0), E - R, ROW, '1a');

// Row 2: 2, 3, 4.
box('2', "PATIENT'S NAME (Last Name, First Name, Middle Initial)", L, row(1), M - L, ROW, '2');
box('3', "PATIENT'S BIRTH DATE          SEX", M, row(1), R - M, ROW);
slots['3'] = { x: M + 4, y: row(1) + ROW - 4, w: 60 };
check('3:M', 'M', M + 80, row(1) + 19);
check('3:F', 'F', M + 104, row(1) + 19);
box('4', "INSURED'S NAME (Last Name, First Name, Middle Initial)", R, row(1), E - R, ROW, '4');

// Rows 3-5: addresses 5 and 7, relationship 6, item 8.
box('5', "PATIENT'S ADDRESS (No., Street)", L, row(2), M - L, ROW, '5.street');
box('', 'CITY', L, row(3), 180, ROW, '5.city');
box('', 'STATE', L + 180, row(3), M - L - 180, ROW, '5.state');
box('', 'ZIP CODE', L, row(4), 100, ROW, '5.zip');
box('', 'TELEPHONE (Include Area Code)', L + 100, row(4), M - L - 100, ROW);
box('6', 'PATIENT RELATIONSHIP TO INSURED', M, row(2), R - M, ROW);
check('6:self', 'Self', M + 4, row(2) + 19);
check('6:spouse', 'Spouse', M + 30, row(2) + 19);
check('6:child', 'Child', M + 66, row(2) + 19);
check('6:other', 'Other', M + 96, row(2) + 19);
box('8', 'RESERVED FOR NUCC USE', M, row(3), R - M, 2 * ROW);
box('7', "INSURED'S ADDRESS (No., Street)", R, row(2), E - R, ROW, '7.street');
box('', 'CITY', R, row(3), 160, ROW, '7.city');
box('', 'STATE', R + 160, row(3), E - R - 160, ROW, '7.state');
box('', 'ZIP CODE', R, row(4), 90, ROW, '7.zip');
box('', 'TELEPHONE (Include Area Code)', R + 90, row(4), E - R - 90, ROW);

// Rows 6-10: other insured 9, condition 10, insured's policy 11.
box('9', "OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)", L, row(5), M - L, ROW, '9');
box('9a', "OTHER INSURED'S POLICY OR GROUP NUMBER", L, row(6), M - L, ROW, '9a');
box('9b', 'RESERVED FOR NUCC USE', L, row(7), M - L, ROW);
box('9c', 'RESERVED FOR NUCC USE', L, row(8), M - L, ROW);
box('9d', 'INSURANCE PLAN NAME OR PROGRAM NAME', L, row(9), M - L, ROW, '9d');
box('10', "IS PATIENT'S CONDITION RELATED TO:", M, row(5), R - M, ROW);
box('10a', 'EMPLOYMENT? (Current or Previous)', M, row(6), R - M, ROW);
box('10b', 'AUTO ACCIDENT?        PLACE (State)', M, row(7), R - M, ROW);
box('10c', 'OTHER ACCIDENT?', M, row(8), R - M, ROW);
slots['10b.state'] = { x: R - 26, y: row(7) + 19, w: 22 };
for (const [k, n] of [
  ['a', 6],
  ['b', 7],
  ['c', 8],
] as const) {
  check(`10${k}:yes`, 'YES', M + 10, row(n) + 19);
  check(`10${k}:no`, 'NO', M + 44, row(n) + 19);
}
box('10d', 'CLAIM CODES (Designated by NUCC)', M, row(9), R - M, ROW, '10d');
box('11', "INSURED'S POLICY GROUP OR FECA NUMBER", R, row(5), E - R, ROW, '11');
box('11a', "INSURED'S DATE OF BIRTH          SEX", R, row(6), E - R, ROW);
slots['11a'] = { x: R + 4, y: row(6) + ROW - 4, w: 70 };
check('11a:M', 'M', R + 110, row(6) + 19);
check('11a:F', 'F', R + 134, row(6) + 19);
box('11b', 'OTHER CLAIM ID (Designated by NUCC)', R, row(7), E - R, ROW, '11b');
box('11c', 'INSURANCE PLAN NAME OR PROGRAM NAME', R, row(8), E - R, ROW, '11c');
box('11d', 'IS THERE ANOTHER HEALTH BENEFIT PLAN?', R, row(9), E - R, ROW);
check('11d:yes', 'YES', R + 6, row(9) + 19);
check('11d:no', 'NO', R + 40, row(9) + 19);

// Row 11: signatures 12 and 13.
const SIG = row(10);
box(
  '12',
  "PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE (release of information)       SIGNED",
  L,
  SIG,
  R - L,
  30,
  '12',
);
box('13', "INSURED'S OR AUTHORIZED PERSON'S SIGNATURE (benefits)  SIGNED", R, SIG, E - R, 30, '13');

// Rows 12-15: items 14-23.
const R12 = SIG + 30;
box('14', 'DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)    QUAL.', L, R12, M - L, ROW, '14');
slots['14.qual'] = { x: M - 30, y: R12 + ROW - 4, w: 26 };
box('15', 'OTHER DATE   QUAL.', M, R12, R - M, ROW);
box('16', 'DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION   FROM / TO', R, R12, E - R, ROW);
const R13 = R12 + ROW;
box('17', 'NAME OF REFERRING PROVIDER OR OTHER SOURCE', L, R13, M - L, ROW);
slots['17.qual'] = { x: L + 4, y: R13 + ROW - 4, w: 18 };
slots['17'] = { x: L + 24, y: R13 + ROW - 4, w: M - L - 28 };
box('17a', '', M, R13, R - M, ROW / 2);
box('17b', 'NPI', M, R13 + ROW / 2, R - M, ROW / 2);
slots['17b'] = { x: M + 24, y: R13 + ROW - 3, w: R - M - 28 };
box('18', 'HOSPITALIZATION DATES RELATED TO CURRENT SERVICES   FROM / TO', R, R13, E - R, ROW);
slots['18.from'] = { x: R + 20, y: R13 + ROW - 4, w: 70 };
slots['18.to'] = { x: R + 120, y: R13 + ROW - 4, w: 70 };
const R14 = R13 + ROW;
box('19', 'ADDITIONAL CLAIM INFORMATION (Designated by NUCC)', L, R14, R - L, ROW, '19');
box('20', 'OUTSIDE LAB?        $ CHARGES', R, R14, E - R, ROW);
const R15 = R14 + ROW;
box(
  '21',
  'DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line below (24E)      ICD Ind.',
  L,
  R15,
  R - L,
  2 * ROW,
);
slots['21.ind'] = { x: R - 16, y: R15 + 8, w: 12 };
'ABCDEFGHIJKL'.split('').forEach((letter, i) => {
  const x = L + 4 + (i % 4) * 90;
  const y = R15 + 20 + Math.floor(i / 4) * 11;
  slots[`21.${letter}`] = { x: x + 10, y, w: 74 };
  slots[`21.${letter}.label`] = { x, y, w: 10 };
});
box('22', 'RESUBMISSION CODE          ORIGINAL REF. NO.', R, R15, E - R, ROW);
slots['22'] = { x: R + 4, y: R15 + ROW - 4, w: 40 };
slots['22.original'] = { x: R + 80, y: R15 + ROW - 4, w: E - R - 84 };
box('23', 'PRIOR AUTHORIZATION NUMBER', R, R15 + ROW, E - R, ROW, '23');

// Item 24: the service-line table.
export const TABLE = {
  top: R15 + 2 * ROW,
  header: 28,
  shaded: 10,
  line: 14,
  /** Column left edges: 24A from, to, B, C, D (CPT), modifiers, E, F dollars, F cents, G, H, I, J. */
  cols: {
    from: L,
    to: L + 62,
    pos: L + 124,
    emg: L + 146,
    cpt: L + 164,
    mod: L + 214,
    pointer: L + 294,
    dollars: L + 330,
    cents: L + 386,
    units: L + 404,
    epsdt: L + 432,
    qual: L + 452,
    npi: L + 474,
    end: E,
  },
} as const;
export const lineTop = (i: number) => TABLE.top + TABLE.header + i * (TABLE.shaded + TABLE.line);
export const TABLE_BOTTOM = lineTop(6);
export const TABLE_HEADINGS: { col: keyof typeof TABLE.cols; text: string[] }[] = [
  { col: 'from', text: ['24. A.  DATE(S) OF SERVICE', 'From', 'MM  DD  YY'] },
  { col: 'to', text: ['', 'To', 'MM  DD  YY'] },
  { col: 'pos', text: ['B.', 'PLACE OF', 'SERVICE'] },
  { col: 'emg', text: ['C.', '', 'EMG'] },
  {
    col: 'cpt',
    text: [
      'D. PROCEDURES, SERVICES, OR SUPPLIES',
      '(Explain Unusual Circumstances)',
      'CPT/HCPCS      MODIFIER',
    ],
  },
  { col: 'pointer', text: ['E.', 'DIAGNOSIS', 'POINTER'] },
  { col: 'dollars', text: ['F.', '', '$ CHARGES'] },
  { col: 'units', text: ['G.', 'DAYS OR', 'UNITS'] },
  { col: 'epsdt', text: ['H.', 'EPSDT', 'Family Plan'] },
  { col: 'qual', text: ['I.', 'ID.', 'QUAL.'] },
  { col: 'npi', text: ['J.', 'RENDERING', 'PROVIDER ID. #'] },
];

// Rows 17-18: items 25-33.
const R17 = TABLE_BOTTOM;
box('25', 'FEDERAL TAX I.D. NUMBER     SSN EIN', L, R17, 150, 28);
slots['25'] = { x: L + 4, y: R17 + 24, w: 90 };
check('25:ssn', 'SSN', L + 100, R17 + 16);
check('25:ein', 'EIN', L + 126, R17 + 16);
box('26', "PATIENT'S ACCOUNT NO.", L + 150, R17, 110, 28, '26');
box('27', 'ACCEPT ASSIGNMENT?', L + 260, R17, 84, 28);
check('27:yes', 'YES', L + 266, R17 + 16);
check('27:no', 'NO', L + 302, R17 + 16);
box('28', 'TOTAL CHARGE', L + 344, R17, 80, 28);
slots['28.dollars'] = { x: L + 404, y: R17 + 24, w: 56, align: 'right' };
slots['28.cents'] = { x: L + 408, y: R17 + 24, w: 14 };
box('29', 'AMOUNT PAID', L + 424, R17, 76, 28);
slots['29.dollars'] = { x: L + 480, y: R17 + 24, w: 56, align: 'right' };
slots['29.cents'] = { x: L + 484, y: R17 + 24, w: 14 };
box('30', 'Rsvd for NUCC Use', L + 500, R17, E - L - 500, 28);
const R18 = R17 + 28;
box('31', 'SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS', L, R18, 170, 72);
slots['31'] = { x: L + 4, y: R18 + 40, w: 160 };
box('32', 'SERVICE FACILITY LOCATION INFORMATION', L + 170, R18, 200, 58);
slots['32'] = { x: L + 174, y: R18 + 20, w: 192, lines: 3 };
box('32a', 'NPI', L + 170, R18 + 58, 100, 14);
slots['32a'] = { x: L + 196, y: R18 + 69, w: 72 };
box('32b', '', L + 270, R18 + 58, 100, 14);
box('33', 'BILLING PROVIDER INFO & PH #', L + 370, R18, E - L - 370, 58);
slots['33'] = { x: L + 374, y: R18 + 20, w: E - L - 378, lines: 3 };
box('33a', 'NPI', L + 370, R18 + 58, 100, 14);
slots['33a'] = { x: L + 396, y: R18 + 69, w: 72 };
box('33b', '', L + 470, R18 + 58, E - L - 470, 14);
slots['33b'] = { x: L + 486, y: R18 + 69, w: E - L - 490 };
export const FORM_BOTTOM = R18 + 72;

// The carrier block (payer name and address) and the page label, top right.
slots.carrier = { x: 330, y: 40, w: E - 330, lines: 3 };
slots.page = { x: E, y: 24, w: 120, align: 'right' };

export const BOXES: readonly Box[] = boxes;
export const SLOTS: Readonly<Record<string, Slot>> = slots;
export const CHECKS: readonly CheckSpot[] = checks;
export const GRID = { L, M, R, E, TOP } as const;
