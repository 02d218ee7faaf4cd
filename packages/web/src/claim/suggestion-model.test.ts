import { describe, expect, it } from 'vitest';
import type { CodingResult } from '../api/types.ts';
import { testClaim } from '../test-support/claims.ts';
import { accept, change, onClaim, reject, stateOf, suggestionItems } from './suggestion-model.ts';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

const result: CodingResult = {
  setting: 'outpatient',
  suggestions: [
    {
      code: 'J18.9',
      description: 'Pneumonia, unspecified organism',
      confidence: 0.86,
      evidence: [span('pneumonia', 10)],
      indexPath: 'Pneumonia',
      source: 'index',
      tabular: [],
      guidelines: ['I.A'],
      companions: [],
      section: 'assessmentPlan',
      context: [],
    },
    {
      code: 'Z80.1',
      description: 'Family history of malignant neoplasm of trachea, bronchus and lung',
      confidence: 0.5,
      evidence: [span('Family history of lung cancer', 40)],
      indexPath: 'History > family > malignant neoplasm > lung',
      source: 'index',
      tabular: [],
      guidelines: [],
      companions: [],
      section: 'history',
      context: [],
    },
  ],
  notCoded: [],
  procedures: [
    {
      code: 'J3301',
      system: 'hcpcs',
      description: 'Triamcinolone',
      confidence: 0.7,
      evidence: span('triamcinolone'),
      matched: [],
    },
  ],
  em: {
    code: '99212',
    basis: 'mdm',
    mdm: { level: 'straightforward', problems: 'low', data: 'minimal', risk: 'minimal', code: '99212' },
    facts: { status: 'established', problems: [] },
    reasoning: ['MDM: straightforward → 99212'],
  },
  releases: { index: 'i', tabular: 't' },
};

describe('the suggestions a coder works through', () => {
  const items = suggestionItems(result);
  const [pneumonia, family, injection, em] = items as [
    (typeof items)[0],
    (typeof items)[0],
    (typeof items)[0],
    (typeof items)[0],
  ];

  it('lists diagnoses, procedures and the E/M level, each with its evidence', () => {
    expect(items.map((s) => [s.kind, s.code])).toEqual([
      ['diagnosis', 'J18.9'],
      ['diagnosis', 'Z80.1'],
      ['procedure', 'J3301'],
      ['em', '99212'],
    ]);
    expect(family.indexPath).toContain('History > family');
  });

  it('knows which suggestions the claim already carries', () => {
    const c = testClaim();
    expect(onClaim(c, pneumonia)).toBe(true);
    expect(onClaim(c, family)).toBe(false);
    expect(stateOf(c, pneumonia, undefined)).toBe('on claim');
    expect(stateOf(c, family, undefined)).toBe('open');
  });

  it('accepting puts the code on the claim; the E/M level replaces the billed level', () => {
    const c = accept(accept(accept(testClaim(), family), injection), em);
    expect(c.diagnoses.map((d) => d.code)).toContain('Z801');
    expect(c.lines.map((l) => l.procedure)).toEqual(['99212', '71046', '71045', 'J3301']);
  });

  it('rejecting takes a diagnosis off, and its pointers with it', () => {
    const c = reject(testClaim(), pneumonia);
    expect(c.diagnoses.map((d) => d.code)).toEqual(['J441', 'I10']);
    expect(c.lines[0]!.diagnosisPointers).toEqual([1, 2]);
  });

  it('changing puts the chosen code where the suggested one was', () => {
    const c = change(testClaim(), pneumonia, 'J18.1');
    expect(c.diagnoses.map((d) => d.code)).toEqual(['J181', 'J441', 'I10']);
    const added = change(testClaim(), family, 'Z80.0');
    expect(added.diagnoses.map((d) => d.code)).toEqual(['J189', 'J441', 'I10', 'Z800']);
  });
});
