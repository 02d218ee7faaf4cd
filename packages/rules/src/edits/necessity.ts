/**
 * @module edits/necessity
 * Edit 7, medical necessity as data. The Medicare clinical laboratory NCDs (190.12-190.34) list,
 * per test, the ICD-10-CM codes that support it (resolution 1) and those that do not (2 denied,
 * 3 not medically necessary); CMS NCD coding spreadsheet. A lab line is covered when one of the
 * diagnoses it points to is covered by every NCD that lists the test. Payer coverage policies
 * (procedure → covered diagnoses) are payer pack rules (packs/), checked by the same engine.
 * The NCDs bind Medicare: the edit runs when the claim is filed to Medicare (SBR09 MA/MB) or
 * when the claim does not say.
 */
import { formatIcd10Cm, type Icd10CmCode } from '@medcode/domain';
import { claimBook as f, lineDiagnoses, lineDos } from '../claim/book.ts';
import { ICD10_START, policy } from '../claim/cite.ts';
import type { RuleSpec } from '../engine/types.ts';
import type { NcdResolution } from '../tables.ts';

const RESOLUTION: Record<NcdResolution, string> = {
  1: 'covered',
  2: 'denied',
  3: 'not medically necessary',
};

f.define<boolean>({
  name: 'claim.medicare',
  scope: 'claim',
  description: 'filed to Medicare (SBR09 MA or MB), or the claim does not say',
  compute: (a) => {
    const ind = a.subject.subscriber.claimFilingIndicator;
    return ind === undefined || ind === 'MA' || ind === 'MB';
  },
});

export interface NcdGap {
  ncd: string;
  title: string;
  diagnoses: string;
  evidence: { kind: 'table'; table: string; release: string; row: Record<string, string> };
}

/** The first lab NCD listing the line's test that none of its diagnoses satisfies. */
f.define<NcdGap | undefined>({
  name: 'line.ncdGap',
  scope: 'line',
  description: 'a lab NCD that lists the test and covers none of the diagnoses the line points to',
  compute: (a, i) => {
    const p = a.subject.lines[i]!.procedure;
    if (p === undefined) return undefined;
    const on = a.get(lineDos, i);
    const ncds = a.env.tables.labNcds(p, on);
    if (ncds.length === 0) return undefined;
    const dx = a.get(lineDiagnoses, i) as Icd10CmCode[];
    for (const n of ncds) {
      const res = dx.map((d) => a.env.tables.labNcdDiagnosis(n.ncd, d, on));
      const covered = n.listsCovered ? res.includes(1) : res.some((r) => r === undefined || r === 1);
      if (covered && dx.length > 0) continue;
      const diagnoses = dx
        .map((d, k) => `${formatIcd10Cm(d)} (${res[k] ? RESOLUTION[res[k]!] : 'not listed'})`)
        .join(', ');
      return {
        ncd: n.ncd,
        title: n.title,
        diagnoses: diagnoses || 'none',
        evidence: {
          kind: 'table',
          table: n.ref.table,
          release: n.ref.release,
          row: { ncd: n.ncd, title: n.title, procedure: p, diagnoses: diagnoses || 'none' },
        },
      };
    }
    return undefined;
  },
});

f.define({
  name: 'line.ncdFix',
  scope: 'line',
  description: 'what to do when a lab test is not covered for the diagnoses given',
  compute: (a, i) => {
    const mods = a.subject.lines[i]!.modifiers;
    if (mods.includes('GA' as never) || mods.includes('GZ' as never)) return undefined;
    return {
      description:
        'report the covered diagnosis the order documents; if none, the patient signs an ABN (CMS-R-131) before the test and the line carries GA (GZ without an ABN)',
    };
  },
});

export const necessityRules: RuleSpec[] = [
  {
    id: 'necessity.lab-ncd',
    finding: 'MN001',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'line',
    when: {
      all: [
        { fact: 'claim.medicare', operator: 'equal', value: true },
        { fact: 'line.ncdGap', operator: 'exists', value: true },
      ],
    },
    message:
      'line {line.number}: {line.procedure} falls under NCD {line.ncdGap.ncd} ({line.ncdGap.title}), which covers none of its diagnoses: {line.ncdGap.diagnoses}',
    field: 'diagnosisPointers',
    evidence: ['line.ncdGap.evidence'],
    fix: 'line.ncdFix',
    versions: [
      {
        from: ICD10_START,
        cite: [
          policy(
            'Medicare National Coverage Determinations Manual, chapter 1, part 3, 190.12-190.34 (lab NCDs)',
          ),
          policy(
            'CMS lab NCD ICD-10-CM coding spreadsheet: resolution 1 covered, 2 denied, 3 not medically necessary',
          ),
        ],
      },
    ],
  },
];
