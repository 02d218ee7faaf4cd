/**
 * @module findings
 * The lab-order finding codes, and what each finding asks of the lab. Scheme as in the claim
 * registry (@medcode/rules findings.ts): two letters (LB, lab order) and three digits, numbered
 * in the order added; never renumbered, never reused, never removed (`retired` instead).
 *
 * Each code also says what it asks of the lab before the test is run (`action`):
 *   query   the ordering office must answer (a provider query is drafted);
 *   abn     Medicare will likely deny: the patient is given an ABN (CMS-R-131) and the line a modifier;
 *   reject  the order cannot be run as given;
 *   none    information only.
 * The claim edit library runs on the same order (as a claim, rule set kind "labOrder"): its
 * codes get an action here too (`CLAIM_CODE_ACTIONS`), and a lab code `supersedes` the claim
 * code that says the same thing less precisely on the same test or diagnosis.
 */
import type { FindingDef } from '@medcode/rules';

export type LabAction = 'query' | 'abn' | 'reject' | 'none';

export interface LabFindingDef extends FindingDef {
  action: LabAction;
  /** The action once the ordering office answered a query about it (no covered diagnosis: ABN). */
  afterAnswer?: LabAction;
}

// biome-ignore format: one code per line reads as the ledger it is.
export const LAB_FINDINGS = {
  LB001: { edit: 'lab-order', severity: 'reject', action: 'query', title: 'ordering provider NPI missing', carc: { group: 'CO', reason: '16' }, rarc: ['N265'] },
  LB002: { edit: 'lab-order', severity: 'reject', action: 'query', title: 'ordering provider NPI check digit wrong', carc: { group: 'CO', reason: '16' }, rarc: ['N265'], supersedes: ['ST006'] },
  LB003: { edit: 'lab-order', severity: 'reject', action: 'query', title: 'no diagnosis on the order', carc: { group: 'CO', reason: '16' }, rarc: ['M76'], supersedes: ['ST011'] },
  LB004: { edit: 'lab-order', severity: 'deny', action: 'query', title: 'order not signed by the ordering practitioner' },
  LB005: { edit: 'lab-order', severity: 'warn', action: 'query', title: 'collection date missing' },
  LB006: { edit: 'lab-order', severity: 'reject', action: 'reject', title: 'no test on the order' },
  LB007: { edit: 'lab-order', severity: 'deny', action: 'query', afterAnswer: 'abn', title: 'screening / examination Z code as the only reason for a diagnostic test', carc: { group: 'CO', reason: '50' } },
  LB008: { edit: 'necessity', severity: 'deny', action: 'query', afterAnswer: 'abn', title: 'lab NCD: no diagnosis given supports the test (not medically necessary)', carc: { group: 'CO', reason: '50' }, rarc: ['N386'], supersedes: ['MN001'] },
  LB009: { edit: 'necessity', severity: 'deny', action: 'abn', title: 'lab NCD: the diagnoses given are on the never-covered list (statutorily excluded)', carc: { group: 'CO', reason: '96' }, rarc: ['N386'], supersedes: ['MN001'] },
  LB010: { edit: 'frequency', severity: 'deny', action: 'abn', title: 'frequency limit of the coverage policy exceeded', carc: { group: 'CO', reason: '119' } },
  LB011: { edit: 'abn', severity: 'warn', action: 'abn', title: 'Medicare will likely deny: ABN (CMS-R-131) before the test' },
  LB012: { edit: 'lab-order', severity: 'warn', action: 'none', title: 'payer pack named by the coverage is not available' },
  LB013: { edit: 'frequency', severity: 'info', action: 'none', title: 'earlier orders unknown: the frequency limit was not checked' },
} as const satisfies Record<string, LabFindingDef>;

export type LabFindingCode = keyof typeof LAB_FINDINGS;

/**
 * What the claim library's codes ask of the lab on an order. Codes absent here are "none".
 * - a diagnosis that is not a valid, billable code on the date, a 7th-character problem, a
 *   sequencing problem (manifestation, external cause or unacceptable code first), a diagnosis
 *   conflicting with the patient's age or sex, units beyond the MUE: the ordering office says
 *   what it meant (query);
 * - a test code that is not a valid CPT/HCPCS code on the date: the order cannot be run as
 *   written (reject);
 * - payer pack rules: a frequency limit or plan exclusion for Medicare is an ABN matter; for
 *   other plans, and for prior authorization or a missing ordering provider, a query.
 */
export const CLAIM_CODE_ACTIONS: Readonly<Record<string, LabAction>> = {
  CV001: 'query',
  CV002: 'query',
  CV003: 'query',
  CV004: 'query',
  CV010: 'query',
  CV005: 'reject',
  CV006: 'reject',
  CV009: 'reject',
  CC001: 'query',
  CC005: 'query',
  CC006: 'query',
  CC007: 'query',
  CC008: 'query',
  CC011: 'query',
  CC012: 'query',
  PT001: 'query',
  PT002: 'query',
  PT003: 'reject',
  NM001: 'query',
  NM002: 'query',
  NM003: 'query',
  PY001: 'query',
  PY003: 'query',
  PY005: 'abn',
  PY006: 'abn',
  MN002: 'query',
};

/**
 * Claim codes that do not apply to an order reviewed before the test: PT004 ("date of service
 * in the future") fires on every order reviewed before its collection date, which is the point
 * of the review; ST002 (line without a diagnosis pointer) cannot happen, every test of an
 * order is read against all its diagnoses; MN001 (lab NCD, per line) is what LB008/LB009 say
 * per test and diagnosis with the NCD rows, and LB003 when the order has no diagnosis.
 */
export const CLAIM_CODES_NOT_FOR_ORDERS: ReadonlySet<string> = new Set(['PT004', 'ST002', 'MN001']);
