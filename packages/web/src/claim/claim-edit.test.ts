import { describe, expect, it } from 'vitest';
import { testClaim } from '../test-support/claims.ts';
import { addDiagnosis, addLine, moveDiagnosis, removeDiagnosis, removeLine } from './claim-edit.ts';

const claim = testClaim;

describe('claim edits', () => {
  it('removing a diagnosis drops pointers to it and shifts the later ones', () => {
    const c = removeDiagnosis(claim(), 1);
    expect(c.diagnoses.map((d) => d.code)).toEqual(['J189', 'I10']);
    expect(c.lines.map((l) => l.diagnosisPointers)).toEqual([[1, 2], [], [2, 1]]);
  });

  it('removing the principal diagnosis makes the next one principal', () => {
    const c = removeDiagnosis(claim(), 0);
    expect(c.diagnoses.map((d) => d.kind)).toEqual(['principal', 'other']);
  });

  it('moving a diagnosis keeps every pointer on the same code', () => {
    const before = claim();
    const after = moveDiagnosis(before, 2, -1);
    expect(after.diagnoses.map((d) => d.code)).toEqual(['J189', 'I10', 'J441']);
    for (const [i, l] of after.lines.entries()) {
      const was = before.lines[i]!.diagnosisPointers.map((p) => before.diagnoses[p - 1]!.code);
      expect(l.diagnosisPointers.map((p) => after.diagnoses[p - 1]!.code)).toEqual(was);
    }
  });

  it('removing a line renumbers the lines after it', () => {
    const c = removeLine(claim(), 1);
    expect(c.lines.map((l) => [l.lineNumber, l.procedure])).toEqual([
      [1, '99214'],
      [2, '71045'],
    ]);
  });

  it('adding a diagnosis stores the claim form of the code once', () => {
    const c = addDiagnosis(claim(), 'z80.1');
    expect(c.diagnoses[3]).toEqual({ code: 'Z801', kind: 'other' });
    expect(addDiagnosis(c, 'Z80.1')).toBe(c);
  });

  it('a new line takes the date of service and points at the principal diagnosis', () => {
    const c = addLine(claim(), 'J3301');
    expect(c.lines[3]).toMatchObject({
      lineNumber: 4,
      procedure: 'J3301',
      serviceDate: '2026-05-14',
      diagnosisPointers: [1],
    });
  });

  it('never changes the claim it is given', () => {
    const c = claim();
    const copy = structuredClone(c);
    removeDiagnosis(c, 0);
    removeLine(c, 0);
    moveDiagnosis(c, 1, 1);
    addDiagnosis(c, 'E785');
    expect(c).toEqual(copy);
  });
});
