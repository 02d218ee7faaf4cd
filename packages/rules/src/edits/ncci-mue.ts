/**
 * @module edits/ncci-mue
 * Edit 5, NCCI medically unlikely edits and add-on codes. An MUE is the most units of a code a
 * provider reports for one beneficiary on one date; its adjudication indicator (MAI) says how:
 * 1 per claim line, 2 per date as absolute policy, 3 per date as a clinical benchmark (CMS,
 * "Medically Unlikely Edits"; NCCI Policy Manual chapter I). An add-on code (CMS AOC file) is
 * paid only with a primary code on the same date: type 1 lists its primaries, type 3 lists some
 * (contractors may allow others), type 2 lists none.
 */
import { claimBook as f, lineDos, lineRendering } from '../claim/book.ts';
import { AOC_START, MUE_START, NCCI_MANUAL, policy } from '../claim/cite.ts';
import { tableEvidence } from '../claim/facts-codes.ts';
import type { RuleSpec } from '../engine/types.ts';
import type { AocEdit, MueEdit, MueSetting } from '../tables.ts';

const setting = (kind: 'professional' | 'institutional', s: MueSetting | undefined): MueSetting =>
  s ?? (kind === 'institutional' ? 'outpatientHospital' : 'practitioner');

export const lineMue = f.define<MueEdit | undefined>({
  name: 'line.mue',
  scope: 'line',
  description: 'the MUE of the line code on its date (practitioner, outpatient hospital or DME table)',
  compute: (a, i) => {
    const p = a.subject.lines[i]!.procedure;
    return p === undefined
      ? undefined
      : a.env.tables.mue(p, a.get(lineDos, i), setting(a.subject.kind, a.env.mueSetting));
  },
});

const mueRow = (m: MueEdit) =>
  tableEvidence(m.ref, { code: m.code, mueValue: m.value, mai: m.mai, rationale: m.rationale ?? null });

f.define({
  name: 'line.mueEvidence',
  scope: 'line',
  description: 'the MUE table row',
  compute: (a, i) => {
    const m = a.get(lineMue, i);
    return m ? mueRow(m) : undefined;
  },
});

export interface MueDayItem {
  /** The first line of the code on the date (0-based): where the finding points. */
  line: number;
  code: string;
  date: string;
  units: number;
  value: number;
  mai: 2 | 3;
  lines: number[];
  evidence: ReturnType<typeof mueRow>;
}

/** Units of each MAI 2/3 code per date and provider, summed over the claim's lines. */
f.define<MueDayItem[]>({
  name: 'claim.mueDays',
  scope: 'claim',
  description: 'units per code, date and provider for MAI 2 and 3 codes',
  compute: (a) => {
    const groups = new Map<string, MueDayItem>();
    a.subject.lines.forEach((l, i) => {
      const m = a.get(lineMue, i);
      if (!m || m.mai === 1 || l.procedure === undefined) return;
      const key = `${l.procedure}|${l.serviceDate}|${a.get(lineRendering, i) ?? ''}`;
      const g = groups.get(key);
      if (g) {
        g.units += l.units;
        g.lines.push(l.lineNumber);
      } else
        groups.set(key, {
          line: i,
          code: l.procedure,
          date: l.serviceDate,
          units: l.units,
          value: m.value,
          mai: m.mai,
          lines: [l.lineNumber],
          evidence: mueRow(m),
        });
    });
    return [...groups.values()];
  },
});

export const lineAoc = f.define<AocEdit | undefined>({
  name: 'line.aoc',
  scope: 'line',
  description: 'the add-on code edit of the line code on its date',
  compute: (a, i) => {
    const p = a.subject.lines[i]!.procedure;
    return p === undefined ? undefined : a.env.tables.aoc(p, a.get(lineDos, i));
  },
});

/** For an add-on code with listed primaries: true when one of them is on the claim on the same date. */
f.define<boolean | undefined>({
  name: 'line.aocPrimaryPresent',
  scope: 'line',
  description: 'an eligible primary code is reported on the same date',
  compute: (a, i) => {
    const aoc = a.get(lineAoc, i);
    if (!aoc || aoc.type === 2) return undefined;
    const d = a.get(lineDos, i);
    return a.subject.lines.some(
      (l, k) => k !== i && l.serviceDate === d && l.procedure !== undefined && aoc.primaries.has(l.procedure),
    );
  },
});

f.define({
  name: 'line.aocEvidence',
  scope: 'line',
  description: 'the AOC table row',
  compute: (a, i) => {
    const aoc = a.get(lineAoc, i);
    if (!aoc) return undefined;
    const list = [...aoc.primaries];
    return tableEvidence(aoc.ref, {
      addOn: aoc.addOn,
      aocEditType: aoc.type,
      primaries: list.length > 12 ? `${list.slice(0, 12).join(' ')} ... (${list.length})` : list.join(' '),
    });
  },
});

f.define<string>({
  name: 'line.aocPrimaries',
  scope: 'line',
  description: 'some eligible primary codes, for the message',
  compute: (a, i) => {
    const list = [...(a.get(lineAoc, i)?.primaries ?? [])];
    return list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', ');
  },
});

const cite = (section: string) => [policy(NCCI_MANUAL, section), policy('CMS NCCI Medically Unlikely Edits')];

export const mueRules: RuleSpec[] = [
  {
    id: 'ncci.mue-line',
    finding: 'NM001',
    contexts: ['scrub', 'adjudication', 'labOrder'],
    scope: 'line',
    when: {
      all: [
        { fact: 'line.mue', path: 'mai', operator: 'equal', value: 1 },
        { fact: 'line.units', operator: 'greaterThan', value: { fact: 'line.mue', path: 'value' } },
      ],
    },
    message:
      'line {line.number}: {line.units} units of {line.procedure}; the MUE is {line.mue.value} per line (MAI 1)',
    field: 'units',
    evidence: ['line.mueEvidence'],
    versions: [
      { from: MUE_START, cite: cite('chapter I, Medically Unlikely Edits: MAI 1, claim line edit') },
    ],
  },
  ...([2, 3] as const).map(
    (mai): RuleSpec => ({
      id: `ncci.mue-date-mai${mai}`,
      finding: mai === 2 ? 'NM002' : 'NM003',
      contexts: ['scrub', 'adjudication', 'labOrder'],
      scope: { each: 'claim.mueDays' },
      when: {
        all: [
          { fact: '$item', path: 'mai', operator: 'equal', value: mai },
          { fact: '$item', path: 'units', operator: 'greaterThan', value: { fact: '$item', path: 'value' } },
        ],
      },
      message: `{$item.units} units of {$item.code} on {$item.date} (lines {$item.lines}); the MUE is {$item.value} per date (MAI ${mai}${mai === 2 ? ', policy: not appealable' : ', clinical: appealable with records'})`,
      field: 'units',
      evidence: ['$item.evidence'],
      versions: [
        {
          from: MUE_START,
          cite: cite(
            `chapter I, Medically Unlikely Edits: MAI ${mai}, date of service edit (${mai === 2 ? 'policy' : 'clinical'})`,
          ),
        },
      ],
    }),
  ),
  {
    id: 'ncci.aoc-type1',
    finding: 'NM004',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: {
      all: [
        { fact: 'line.aoc', path: 'type', operator: 'equal', value: 1 },
        { fact: 'line.aocPrimaryPresent', operator: 'equal', value: false },
      ],
    },
    message:
      'line {line.number}: add-on code {line.procedure} without a primary code on {line.dos} (eligible: {line.aocPrimaries})',
    field: 'procedure',
    evidence: ['line.aocEvidence'],
    versions: [
      {
        from: AOC_START,
        cite: [policy(NCCI_MANUAL, 'chapter I, Add-on Codes'), policy('CMS NCCI Add-on Code Edits')],
      },
    ],
  },
  {
    id: 'ncci.aoc-type3',
    finding: 'NM005',
    contexts: ['scrub', 'adjudication'],
    scope: 'line',
    when: {
      all: [
        { fact: 'line.aoc', path: 'type', operator: 'equal', value: 3 },
        { fact: 'line.aocPrimaryPresent', operator: 'equal', value: false },
      ],
    },
    message:
      'line {line.number}: add-on code {line.procedure} without a listed primary code on {line.dos} (listed: {line.aocPrimaries}); the contractor may allow others',
    field: 'procedure',
    evidence: ['line.aocEvidence'],
    versions: [
      {
        from: AOC_START,
        cite: [policy(NCCI_MANUAL, 'chapter I, Add-on Codes'), policy('CMS NCCI Add-on Code Edits')],
      },
    ],
  },
];
