import { describe, expect, it } from 'vitest';
import { CodeList } from './engine/code-list.ts';
import { FINDINGS } from './findings.ts';
import { CLAIM_RULES } from './library.ts';
import { compilePack } from './packs/compile.ts';

// Every finding code ever issued, with its edit family. A code may be added here, never removed
// or moved: stored findings, 277CAs and payer appeals refer to them. Retire a code with
// `retired` in the registry instead.
const LEDGER: [string, string][] = [
  ['CV001', 'validity'],
  ['CV002', 'validity'],
  ['CV003', 'validity'],
  ['CV004', 'validity'],
  ['CV005', 'validity'],
  ['CV006', 'validity'],
  ['CV007', 'validity'],
  ['CV008', 'validity'],
  ['CV009', 'validity'],
  ['CV010', 'validity'],
  ['CC001', 'conventions'],
  ['CC002', 'conventions'],
  ['CC003', 'conventions'],
  ['CC004', 'conventions'],
  ['CC005', 'conventions'],
  ['CC006', 'conventions'],
  ['CC007', 'conventions'],
  ['CC008', 'conventions'],
  ['CC009', 'conventions'],
  ['CC010', 'conventions'],
  ['CC011', 'conventions'],
  ['CC012', 'conventions'],
  ['CC013', 'conventions'],
  ['PT001', 'patient'],
  ['PT002', 'patient'],
  ['PT003', 'patient'],
  ['PT004', 'patient'],
  ['PT005', 'patient'],
  ['NP001', 'ncci-ptp'],
  ['NP002', 'ncci-ptp'],
  ['NP003', 'ncci-ptp'],
  ['NM001', 'ncci-mue'],
  ['NM002', 'ncci-mue'],
  ['NM003', 'ncci-mue'],
  ['NM004', 'ncci-aoc'],
  ['NM005', 'ncci-aoc'],
  ['ST001', 'structure'],
  ['ST002', 'structure'],
  ['ST003', 'structure'],
  ['ST004', 'structure'],
  ['ST005', 'structure'],
  ['ST006', 'structure'],
  ['ST007', 'structure'],
  ['ST008', 'structure'],
  ['ST009', 'structure'],
  ['ST010', 'structure'],
  ['ST011', 'structure'],
  ['ST012', 'structure'],
  ['ST013', 'structure'],
  ['MN001', 'necessity'],
  ['MN002', 'necessity'],
  ['PY001', 'payer'],
  ['PY002', 'payer'],
  ['PY003', 'payer'],
  ['PY004', 'payer'],
  ['PY005', 'payer'],
  ['PY006', 'payer'],
  ['PY007', 'payer'],
];

describe('finding code registry', () => {
  it('keeps every code of the ledger, in its family', () => {
    for (const [code, edit] of LEDGER) expect(FINDINGS[code as keyof typeof FINDINGS]?.edit, code).toBe(edit);
  });

  it('has no code the ledger lacks (add new codes to the ledger)', () => {
    const known = new Set(LEDGER.map(([c]) => c));
    expect(Object.keys(FINDINGS).filter((c) => !known.has(c))).toEqual([]);
  });

  it('codes follow the scheme: two letters of the family, three digits', () => {
    const prefix: Record<string, string> = {
      validity: 'CV',
      conventions: 'CC',
      patient: 'PT',
      'ncci-ptp': 'NP',
      'ncci-mue': 'NM',
      'ncci-aoc': 'NM',
      structure: 'ST',
      necessity: 'MN',
      payer: 'PY',
    };
    for (const [code, def] of Object.entries(FINDINGS)) {
      expect(code).toMatch(/^[A-Z]{2}\d{3}$/);
      expect(code.slice(0, 2), code).toBe(prefix[def.edit]);
    }
  });

  it('every live code is produced by a library rule or a pack rule kind', () => {
    const pack = compilePack({
      pack: 'all-kinds',
      title: 'every kind',
      payers: [],
      severity: {},
      versions: [
        {
          version: '1',
          from: '2026-01-01',
          rules: [
            { id: 'a', kind: 'priorAuthorization', procedures: ['70551'] },
            { id: 'b', kind: 'modifiersNotAccepted', modifiers: ['XS'] },
            { id: 'c', kind: 'referringProviderRequired' },
            { id: 'd', kind: 'timelyFiling', days: 90 },
            { id: 'e', kind: 'frequencyLimit', procedures: ['G0439'], max: 1, days: 365 },
            { id: 'f', kind: 'coveredDiagnoses', procedures: ['82306'], diagnoses: ['E55.-'] },
            { id: 'g', kind: 'notCovered', procedures: ['15775'] },
            {
              id: 'h',
              kind: 'condition',
              scope: 'claim',
              when: { fact: 'claim.id', operator: 'exists', value: true },
              message: 'm',
            },
          ],
        },
      ],
    });
    const produced = new Set([...CLAIM_RULES, ...pack.rules].map((r) => r.finding));
    const live = Object.entries(FINDINGS).filter(([, d]) => !('retired' in d));
    expect(live.map(([c]) => c).filter((c) => !produced.has(c))).toEqual([]);
  });

  it('supersedes only names codes of the registry', () => {
    for (const def of Object.values(FINDINGS))
      for (const c of 'supersedes' in def ? def.supersedes : []) expect(Object.keys(FINDINGS)).toContain(c);
  });
});

describe('code patterns as notes and policies write them', () => {
  it.each<[string, string[], string[]]>([
    ['E08.-', ['E0800', 'E08'], ['E09', 'E1008']],
    ['N18.1-N18.6', ['N181', 'N1830', 'N186'], ['N189', 'N180']],
    ['E00-E03.-', ['E000', 'E039'], ['E04', 'E0']],
    ['I10-I1A', ['I10', 'I119', 'I1A0'], ['I20', 'I0']],
    ['70551-70553', ['70551', '70553'], ['70554', '70550']],
    ['Z79.4', ['Z794'], ['Z7984']],
    ['!Z00.6 after Z00', [], ['Z006']],
  ])('%s', (pattern, inside, outside) => {
    if (pattern.startsWith('!')) {
      const l = new CodeList(['Z00', pattern.split(' ')[0]!]);
      expect(l.has('Z0000')).toBe(true);
      expect(l.has('Z006')).toBe(false);
      return;
    }
    const list = new CodeList([pattern]);
    const test = (c: string) => list.has(c);
    for (const c of inside) expect(test(c), c).toBe(true);
    for (const c of outside) expect(test(c), c).toBe(false);
  });
});
