/**
 * @module edits/ncci-ptp
 * Edit 4, NCCI procedure-to-procedure edits: two lines of the claim on the same date by the same
 * provider whose codes form a column 1 / column 2 pair in force on that date. The column 2
 * code is not payable unless the pair's modifier indicator is 1 and an NCCI-associated
 * modifier shows a distinct service (NCCI Policy Manual, chapter I, "Modifiers and Modifier
 * Indicators"):
 *   anatomic   E1-E4, FA, F1-F9, LC, LD, LM, RC, RI, LT, RT, TA, T1-T9 (different sites);
 *   global     24, 25, 57, 58, 78, 79 (25 and 57 only on an E/M code);
 *   other      27, 59, 91 (91 only on a laboratory code), XE, XS, XP, XU.
 * Indicator 0 pairs are never bypassed; 9 means the edit does not apply.
 */
import type { Modifier, SuggestedFix } from '@medcode/domain';
import { claimBook as f, lineRendering } from '../claim/book.ts';
import { NCCI_PTP_START, NCCI_MANUAL, policy } from '../claim/cite.ts';
import { tableEvidence } from '../claim/facts-codes.ts';
import type { RuleSpec } from '../engine/types.ts';
import type { PtpEdit, PtpSetting } from '../tables.ts';

// biome-ignore format: the manual's list.
export const ANATOMIC_MODIFIERS: ReadonlySet<string> = new Set([
  'E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'LC', 'LD', 'LM',
  'LT', 'RC', 'RI', 'RT', 'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9',
]);
export const GLOBAL_MODIFIERS: ReadonlySet<string> = new Set(['24', '25', '57', '58', '78', '79']);
export const OTHER_MODIFIERS: ReadonlySet<string> = new Set(['27', '59', '91', 'XE', 'XS', 'XP', 'XU']);

const isEm = (code: string): boolean => /^99[2-4]\d\d$/.test(code);
const isLab = (code: string): boolean => /^8\d{4}$/.test(code) || /^\d{4}U$/.test(code);

/** The NCCI-associated modifier that bypasses an indicator-1 pair, with why; undefined if none. */
export function ptpBypass(
  col1: { code: string; modifiers: readonly Modifier[] },
  col2: { code: string; modifiers: readonly Modifier[] },
): { modifier: string; reason: string } | undefined {
  // An E/M service paired with a procedure is separately reportable only by a modifier on the E/M
  // line that says so (24, 25 or 57); anatomic modifiers, 59 and XE/XS/XP/XU describe procedures
  // and never bypass an E/M edit (NCCI Policy Manual, chapter I, "Modifiers and Modifier
  // Indicators"; chapter XI, evaluation and management services).
  const em = isEm(col2.code) ? col2 : isEm(col1.code) ? col1 : undefined;
  if (em) {
    const m = em.modifiers.find((x) => x === '24' || x === '25' || x === '57');
    return m ? { modifier: m, reason: `${m} on the E/M code ${em.code}` } : undefined;
  }
  for (const line of [col2, col1]) {
    for (const m of line.modifiers) {
      if (m === '25' || m === '57') {
        if (isEm(line.code)) return { modifier: m, reason: `${m} on the E/M code ${line.code}` };
      } else if (m === '91') {
        if (isLab(line.code)) return { modifier: m, reason: `91 on the laboratory code ${line.code}` };
      } else if (GLOBAL_MODIFIERS.has(m) || OTHER_MODIFIERS.has(m)) {
        return { modifier: m, reason: `${m} on ${line.code}` };
      }
    }
  }
  const a1 = col1.modifiers.filter((m) => ANATOMIC_MODIFIERS.has(m));
  const a2 = col2.modifiers.filter((m) => ANATOMIC_MODIFIERS.has(m));
  const differs = a2.some((m) => !a1.includes(m)) || a1.some((m) => !a2.includes(m));
  if (differs && (a1.length > 0 || a2.length > 0)) {
    const m = a2.find((x) => !a1.includes(x)) ?? a1.find((x) => !a2.includes(x))!;
    return {
      modifier: m,
      reason: `different anatomic sites (${a1.join('/') || 'none'} vs ${a2.join('/') || 'none'})`,
    };
  }
  return undefined;
}

export interface PtpItem {
  /** The column 2 line (0-based): the one not payable. */
  line: number;
  column1Line: number;
  column1: string;
  column2: string;
  indicator: 0 | 1;
  bypass?: string;
  bypassReason?: string;
  column1Number: number;
  lineNumber: number;
  date: string;
  fix?: SuggestedFix;
  evidence: ReturnType<typeof tableEvidence>;
}

const setting = (kind: 'professional' | 'institutional', s: PtpSetting | undefined): PtpSetting =>
  s ?? (kind === 'institutional' ? 'hospital' : 'practitioner');

// Tables hand out the same edit object for the same row (they memoise): its evidence is built once.
const evidenceOf = new WeakMap<PtpEdit, ReturnType<typeof tableEvidence>>();

function editEvidence(edit: PtpEdit): ReturnType<typeof tableEvidence> {
  let ev = evidenceOf.get(edit);
  if (ev === undefined) {
    ev = tableEvidence(edit.ref, {
      column1: edit.column1,
      column2: edit.column2,
      modifierIndicator: edit.indicator,
      effective: edit.effective ?? null,
      deleted: edit.deleted ?? null,
    });
    evidenceOf.set(edit, ev);
  }
  return ev;
}

/**
 * Every PTP pair among the lines: lines are grouped by date and rendering provider, and each
 * ordered pair of distinct codes in a group is looked up once.
 */
export const ptpPairs = f.define<PtpItem[]>({
  name: 'claim.ptpPairs',
  scope: 'claim',
  description: 'column 1 / column 2 pairs among lines of the same date and provider',
  compute: (a) => {
    const lines = a.subject.lines;
    const out: PtpItem[] = [];
    if (lines.length < 2) return out;
    const s = setting(a.subject.kind, a.env.ptpSetting);
    const probe = (i: number, j: number): void => {
      const li = lines[i]!;
      const lj = lines[j]!;
      const edit = a.env.tables.ptp(li.procedure!, lj.procedure!, li.serviceDate, s);
      if (!edit || edit.indicator === 9) return;
      const by =
        edit.indicator === 1
          ? ptpBypass(
              { code: li.procedure!, modifiers: li.modifiers },
              { code: lj.procedure!, modifiers: lj.modifiers },
            )
          : undefined;
      const item: PtpItem = {
        line: j,
        column1Line: i,
        column1: li.procedure!,
        column2: lj.procedure!,
        indicator: edit.indicator,
        column1Number: li.lineNumber,
        lineNumber: lj.lineNumber,
        date: li.serviceDate,
        evidence: editEvidence(edit),
      };
      if (by) {
        item.bypass = by.modifier;
        item.bypassReason = by.reason;
      } else if (edit.indicator === 1)
        item.fix = {
          description: `only if the record shows a distinct service (another site, session, lesion or injury): append XS, XE, XP or XU (or 59) to ${lj.procedure}; otherwise remove line ${lj.lineNumber}`,
        };
      out.push(item);
    };
    for (let i = 0; i < lines.length; i++) {
      const li = lines[i]!;
      if (li.procedure === undefined) continue;
      for (let j = i + 1; j < lines.length; j++) {
        const lj = lines[j]!;
        if (lj.procedure === undefined || lj.procedure === li.procedure) continue;
        if (lj.serviceDate !== li.serviceDate || a.get(lineRendering, i) !== a.get(lineRendering, j))
          continue;
        // Both orders one after the other: the PTP index answers the second from the first
        // when its pair filter rules the two codes out.
        probe(i, j);
        probe(j, i);
      }
    }
    // Pairs by column 1 line, then column 2 line.
    if (out.length > 1) out.sort((x, y) => x.column1Line - y.column1Line || x.line - y.line);
    return out;
  },
});

const cite = (section: string) => [policy(NCCI_MANUAL, `chapter I, ${section}`)];
const rule = (r: Omit<RuleSpec, 'contexts' | 'scope'>): RuleSpec => ({
  ...r,
  contexts: ['scrub', 'adjudication'],
  scope: { each: 'claim.ptpPairs' },
});

export const ptpRules: RuleSpec[] = [
  rule({
    id: 'ncci.ptp-indicator-0',
    finding: 'NP001',
    when: { fact: '$item', path: 'indicator', operator: 'equal', value: 0 },
    message:
      'line {$item.lineNumber}: {$item.column2} is a column 2 code of {$item.column1} (line {$item.column1Number}) on {$item.date}; modifier indicator 0: no modifier allows both',
    field: 'procedure',
    evidence: ['$item.evidence'],
    versions: [{ from: NCCI_PTP_START, cite: cite('Modifiers and Modifier Indicators: indicator 0') }],
  }),
  rule({
    id: 'ncci.ptp-indicator-1',
    finding: 'NP002',
    when: {
      all: [
        { fact: '$item', path: 'indicator', operator: 'equal', value: 1 },
        { fact: '$item', path: 'bypass', operator: 'exists', value: false },
      ],
    },
    message:
      'line {$item.lineNumber}: {$item.column2} is a column 2 code of {$item.column1} (line {$item.column1Number}) on {$item.date}; an NCCI-associated modifier (59, XE, XS, XP, XU, anatomic ...) is needed if the services were distinct',
    field: 'modifiers',
    evidence: ['$item.evidence'],
    fix: '$item.fix',
    versions: [
      {
        from: NCCI_PTP_START,
        cite: cite('Modifiers and Modifier Indicators: indicator 1, NCCI-associated modifiers'),
      },
    ],
  }),
  rule({
    id: 'ncci.ptp-bypassed',
    finding: 'NP003',
    when: { fact: '$item', path: 'bypass', operator: 'exists', value: true },
    message:
      'line {$item.lineNumber}: the {$item.column1}/{$item.column2} pair is bypassed by modifier {$item.bypass} ({$item.bypassReason}); the record must show a distinct service',
    field: 'modifiers',
    evidence: ['$item.evidence'],
    versions: [{ from: NCCI_PTP_START, cite: cite('Modifiers and Modifier Indicators') }],
  }),
];
