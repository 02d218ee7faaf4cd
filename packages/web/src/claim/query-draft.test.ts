import type { Finding } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { finding, testClaim } from '../test-support/claims.ts';
import { draftQuery, missingDetail } from './query-draft.ts';

const NOTE =
  'ASSESSMENT:\n1. Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a. A1c today.';

const cc004: Finding = finding(
  'CC004',
  'warn',
  { diagnosis: 1 },
  {
    message:
      'E11.22: "use additional code to identify stage of chronic kidney disease (N18.1-N18.6)" — none of N181-N186 is on the claim',
    evidence: [
      {
        kind: 'table',
        table: 'icd10cm-tabular',
        row: {
          level: 'E11.22',
          note: 'useAdditional',
          text: 'code to identify stage of chronic kidney disease (N18.1-N18.6)',
        },
      },
    ],
  },
);

describe('a provider query drafted from a finding', () => {
  it('asks for the missing detail in clinical words, without codes', () => {
    expect(missingDetail(cc004)).toBe('stage of chronic kidney disease');
    const claim = { ...testClaim(), diagnoses: [{ code: 'E1122', kind: 'principal' as const }] };
    const q = draftQuery(cc004, { claimId: 'c1', claim, note: NOTE, suggestions: [] });
    expect(q.question).toContain('stage of chronic kidney disease');
    expect(q.question).not.toMatch(/N18/);
    expect(q.options).toBeUndefined();
  });

  it('presents the note sentences that support the code as indicators', () => {
    const start = NOTE.indexOf('chronic kidney disease');
    const claim = { ...testClaim(), diagnoses: [{ code: 'E1122', kind: 'principal' as const }] };
    const q = draftQuery(cc004, {
      claimId: 'c1',
      claim,
      note: NOTE,
      suggestions: [
        {
          key: 'dx:E11.22',
          kind: 'diagnosis',
          code: 'E11.22',
          description: '',
          confidence: 1,
          evidence: [{ start, end: start + 22, text: 'chronic kidney disease' }],
          details: [],
          guidelines: [],
        },
      ],
    });
    expect(q.indicators[0]).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a.');
    expect(q.indicators.at(-1)).toMatch(/^Claim check CC004/);
  });

  it('offers "other" and "clinically undetermined" when it offers choices (NCCI pair)', () => {
    const q = draftQuery(finding('NP002', 'deny', { line: 3 }), {
      claimId: 'c1',
      claim: testClaim(),
      note: '',
      suggestions: [],
    });
    expect(q.question).toContain('line 3 (71045)');
    expect(q.options?.slice(-2)).toEqual(['Other (please specify)', 'Clinically undetermined']);
    expect(q.to).toBe('Adaeze Okafor');
  });
});
