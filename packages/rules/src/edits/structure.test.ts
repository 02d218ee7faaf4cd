import { isValidNpi } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { scrub } from '../scrub.ts';
import { MemoryTables } from '../tables-memory.ts';
import { type ClaimInput, claim, VALID_NPI } from '../test-support/claims.ts';

// POS rows as in the CMS Place of Service Code Set (pos/place_of_service_codes.derived.csv):
// 11 Office, 22 On Campus-Outpatient Hospital, 81 Independent Laboratory; 28 is "Unassigned".
const tables = new MemoryTables({
  pos: [
    { code: '11', name: 'Office' },
    { code: '22', name: 'On Campus-Outpatient Hospital' },
    { code: '81', name: 'Independent Laboratory' },
  ],
});
const ctx = { tables, today: '2026-05-01' as never };
// Only this edit's findings: the tables here hold no code rows, so validity edits would fire too.
const structural = (input: ClaimInput) =>
  scrub(claim(input), ctx).findings.filter((f) => f.code.startsWith('ST'));
const codes = (input: ClaimInput) =>
  structural(input).map((f) => [f.code, f.path.line ?? f.path.diagnosis ?? null]);

describe('edit 6: claim structure (837P/837I TR3 limits, NPI check digit)', () => {
  it('the test NPIs are what they claim to be', () => {
    expect(isValidNpi(VALID_NPI)).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
  });

  it.each<[string, ClaimInput, (string | number | null)[][]]>([
    ['a clean office visit', {}, []],
    // SV107 pointers are 1-based into HI; 2 diagnoses, pointer 3 points at nothing.
    [
      'pointer past the diagnoses',
      { dx: ['I10', 'E785'], lines: [{ code: '99213', pointers: [1, 3] }] },
      [['ST001', 1]],
    ],
    // SV107-1 is required on every 837P service line.
    ['line without a pointer', { lines: [{ code: '99213', pointers: [] }] }, [['ST002', 1]]],
    ['837I lines carry no pointers', { kind: 'institutional', lines: [{ code: '99213', pointers: [] }] }, []],
    // 837P HI: ABK + 11 ABF = 12 diagnoses at most.
    [
      '13 diagnoses on an 837P',
      {
        dx: [
          'I10',
          'E785',
          'E119',
          'J449',
          'K219',
          'M545',
          'N390',
          'R51',
          'R05',
          'Z23',
          'F419',
          'G4700',
          'H5213',
        ],
      },
      [['ST003', null]],
    ],
    ['place of service 28 is unassigned', { pos: '28' }, [['ST005', null]]],
    ['line place of service 99 not in the table', { lines: [{ code: '99213', pos: '99' }] }, [['ST005', 1]]],
    ['no place of service on an 837P', { pos: '' }, [['ST013', null]]],
    ['billing NPI with a wrong check digit', { billingNpi: '1234567890' }, [['ST006', null]]],
    [
      'rendering NPI on the line with a wrong check digit',
      { lines: [{ code: '99213', rendering: '1234567894' }] },
      [['ST006', 1]],
    ],
    ['zero units', { lines: [{ code: '99213', units: 0 }] }, [['ST007', 1]]],
    ['zero charge', { lines: [{ code: '99213', charge: 0 }] }, [['ST008', 1]]],
    ['the same line twice', { lines: [{ code: '99213' }, { code: '99213' }] }, [['ST009', 2]]],
    [
      'the same code on another day is no duplicate',
      { lines: [{ code: '99213' }, { code: '99213', date: '2026-03-03' }] },
      [],
    ],
    ['claim total that is not the sum of the lines', { totalCharge: 250 }, [['ST010', null]]],
    [
      'no diagnosis',
      { dx: [], lines: [{ code: '99213', pointers: [] }] },
      [
        ['ST011', null],
        ['ST002', 1],
      ],
    ],
    ['line without a procedure on an 837P', { lines: [{}] }, [['ST012', 1]]],
  ])('%s', (_name, input, expected) => {
    expect(codes(input).sort()).toEqual([...expected].sort());
  });

  it('a finding carries path, evidence, CARC/RARC and a machine-applicable fix', () => {
    const r = scrub(claim({ totalCharge: 250, lines: [{ code: '99213', charge: 100 }] }), ctx);
    const f = r.findings.find((x) => x.code === 'ST010')!;
    expect(f).toMatchObject({
      code: 'ST010',
      severity: 'reject',
      path: { claimId: 'C1', field: 'totalCharge' },
      carc: { group: 'CO', reason: '16' },
      rarc: ['M79'],
      fix: { patch: [{ op: 'replace', path: '/totalCharge', value: 10000 }] },
    });
    expect(f.evidence.some((e) => e.kind === 'policy' && e.section?.includes('CLM02'))).toBe(true);
    expect(r.outcome).toBe('reject');
  });

  it('names the role of a bad NPI and picks its RARC', () => {
    const found = structural({ referringNpi: '1234567890' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'ST006', rarc: ['N286'] });
    expect(found[0]!.message).toContain('referring');
  });
});
