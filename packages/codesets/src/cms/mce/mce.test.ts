import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../../store.ts';
import { fixtureBytes, installFixture } from '../testing.ts';
import { mceDischargeStatuses, mceEditsFor, mceListCodes, mceProcedureEditsFor } from './read.ts';

const doc = new TextDecoder('windows-1252').decode(
  fixtureBytes(import.meta.url, 'mce-definitions-fixture.txt'),
);
const NAME = 'Definitions of Medicare Code Edits_v_43_1.txt';
const release = (text: string) => ({
  id: 'mce-v43.1',
  effectiveFrom: '2026-04-01',
  effectiveTo: '2026-09-30',
  files: { [NAME]: Buffer.from(text, 'latin1') },
});

let store: CodeSetStore;
beforeAll(async () => {
  store = (await installFixture('mce', 'mce-definitions', [release(doc)])).store();
});
afterAll(() => store.close());

describe('Medicare Code Editor lists', () => {
  it('age edits carry their age range and section title', () => {
    expect(mceEditsFor(store, 'A33')?.lists).toEqual([
      {
        list: 'age-perinatal',
        edit: 4,
        editTitle: 'Age conflict',
        editStatus: 'active',
        section: 'A. Perinatal/Newborn diagnoses',
        kind: 'diagnosis',
        ages: { min: 0, max: 0 },
      },
    ]);
    expect(mceEditsFor(store, 'E84.0')?.lists[0]).toMatchObject({
      list: 'age-pediatric',
      ages: { min: 0, max: 17 },
    });
    expect(mceEditsFor(store, 'O0900')?.lists[0]).toMatchObject({
      list: 'age-maternity',
      ages: { min: 9, max: 64 },
    });
    expect(mceEditsFor(store, 'F0390')?.lists[0]).toMatchObject({
      list: 'age-adult',
      ages: { min: 15, max: 124 },
    });
  });

  it('manifestation, questionable admission and unacceptable principal diagnosis lists', () => {
    expect(mceEditsFor(store, 'F02.80')?.lists.map((l) => l.list)).toEqual(['manifestation-pdx']);
    expect(mceEditsFor(store, 'I10')?.lists.map((l) => [l.list, l.section])).toEqual([
      ['questionable-admission', 'Questionable admission codes'],
    ]);
    expect(mceEditsFor(store, 'Z5189')?.lists).toMatchObject([
      { list: 'unacceptable-pdx-requires-secondary', edit: 9 },
      { list: 'unacceptable-pdx', flag: '*' },
    ]);
    expect(mceEditsFor(store, 'B950')?.lists[0]?.flag).toBeUndefined();
  });

  it('external cause codes are refused as principal diagnosis by rule, not by list', () => {
    expect(mceEditsFor(store, 'W01.0XXA')?.lists).toMatchObject([{ list: 'external-cause-pdx', edit: 2 }]);
    expect(mceEditsFor(store, 'J18.9')?.lists).toEqual([]);
  });

  it('procedure lists: questionable obstetric admission and non-covered procedures', () => {
    expect(mceProcedureEditsFor(store, '10D00Z0')?.lists.map((l) => l.list)).toEqual([
      'questionable-obstetric-cesarean',
    ]);
    expect(mceProcedureEditsFor(store, '0WFGXZZ')?.lists.map((l) => l.list)).toEqual([
      'noncovered-procedure',
    ]);
    expect(mceListCodes(store, 'noncovered-with-dx-diagnoses')).toEqual(['C9100']);
    expect(mceListCodes(store, 'questionable-obstetric-outcome')).toEqual(['Z370']);
  });

  it('keeps edit status, discharge status values and chapter 2 changes', () => {
    const db = store.db('mce-v43.1');
    expect(db.prepare('SELECT status, since FROM mce_edits WHERE no = 5').get()).toEqual({
      status: 'deactivated',
      since: '10/01/2024',
    });
    expect(mceDischargeStatuses(store)).toEqual([
      { code: '01', description: 'Home or self-care' },
      { code: '04', description: 'Cust/supp care (added 10/01/09)' },
    ]);
    expect(db.prepare('SELECT edit, change, code FROM mce_changes').all()).toEqual([
      { edit: '9', change: 'removed', code: 'F0781' },
    ]);
  });
});

describe('MCE loader refuses a document it cannot place', () => {
  it.each([
    [
      'codes under a section Medcode has no list for',
      doc.replace('D. Non-covered procedure codes', 'H. Non-covered procedure codes'),
      /line \d+: codes under "Procedures" \(edit 11\) belong to no list Medcode knows/,
    ],
    [
      'a code of the wrong kind',
      doc.replace('A33\tTetanus', '0WFGXZZ\tTetanus'),
      /line 32: "0WFGXZZ" is not an ICD-10-CM code/,
    ],
    [
      'an age section whose range changed',
      doc.replace('(age 0 through 17)', '(age 0 through 18)'),
      /line 36: "B. Pediatric diagnoses \(age 0 through 18\)" no longer matches ages 0-17/,
    ],
    [
      'a document without the edit list',
      doc.replace('Below is a list', 'Here is a list'),
      /no "Below is a list of edits/,
    ],
  ])('%s', async (_what, text, message) => {
    await expect(installFixture('mce', 'mce-definitions', [release(text)])).rejects.toThrow(message);
  });
});
