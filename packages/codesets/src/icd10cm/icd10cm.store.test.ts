// Checks against the real installed store: the global test setup installs every manifest
// release from the official files into MEDCODE_TEST_HOME.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import { icd10cmLookup } from './lookup.ts';
import { excludesBetween, excludesPairs, manifestation, seventhCharacter } from './rules-read.ts';
import { drugRow, indexLookup, indexWalk, neoplasmRow } from './index-read.ts';
import { icd10cmSearchDocuments } from './search-documents.ts';
import { groupNotes, locate, notesAt, readsWhole, tabularSource } from './tabular-read.ts';

const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
afterAll(() => store.close());

const billable = (on: string): number => icd10cmSearchDocuments(store, on).filter((d) => d.billable).length;

describe('ICD-10-CM releases by date of service', () => {
  it('counts the billable codes CDC publishes for FY2026 and FY2025', () => {
    expect(billable('2025-10-01')).toBe(74_719);
    expect(billable('2024-10-01')).toBe(74_260);
    // The fiscal year ends on September 30.
    expect(billable('2025-09-30')).toBe(74_260);
  });

  it('search documents carry inclusion terms from the tabular list', () => {
    const e1129 = icd10cmSearchDocuments(store, '2025-10-01').find((d) => d.code === 'E11.29');
    expect(e1129?.terms).toContainEqual({
      text: 'Type 2 diabetes mellitus with renal tubular degeneration',
      source: 'inclusion',
    });
  });

  it('search documents carry the index paths that lead to a code', () => {
    const docs = icd10cmSearchDocuments(store, '2025-10-01');
    expect(docs.find((d) => d.code === 'E11.22')?.terms).toContainEqual({
      text: 'Diabetes, diabetic, type 2, with chronic kidney disease',
      source: 'index',
    });
    expect(docs.find((d) => d.code === 'T39.1X1')?.terms).toContainEqual({
      text: 'Acetaminophen, poisoning accidental (unintentional)',
      source: 'index',
    });
  });

  it('history: every fiscal year since FY2016, and the newest matches the FY2026 release', () => {
    const h = store.releasesOf(ICD10CM_DATASETS.history).at(-1);
    expect(h).toBeDefined();
    const years = store.db(h!.id).prepare('SELECT fy, codes FROM years ORDER BY fy').all() as {
      fy: number;
      codes: number;
    }[];
    expect(years.map((y) => y.fy)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(years.find((y) => y.fy === 2016)?.codes).toBe(69_823);
    expect(years.find((y) => y.fy === 2026)?.codes).toBe(74_719);
  });
});

describe('tabular list FY2023', () => {
  const tab = tabularSource(store, '2025-10-01');

  it('E11.22: use additional code for the CKD stage (N18), and the notes of E11 above it', () => {
    expect(tab?.version).toBe('2023');
    const place = locate(tab!.db, 'E1122');
    expect(place?.lineage.map((n) => n.level)).toEqual([
      'chapter',
      'section',
      'category',
      'subcategory',
      'code',
    ]);
    const notes = groupNotes(notesAt(tab!.db, place!));
    const uac = notes.useAdditionalCode ?? [];
    const ckd = uac.find((n) => n.refs?.some((r) => r.startsWith('N18')));
    expect(ckd?.from).toEqual({ level: 'code', id: 'E11.22' });
    expect(uac.some((n) => n.from.id === 'E11' && n.refs?.includes('Z79.4'))).toBe(true);
    expect(notes.excludes1?.some((n) => n.from.id === 'E11' && n.refs?.includes('E10.-'))).toBe(true);
  });

  it('S00.81XA: notes and 7th characters come from S00.81 and S00', () => {
    const place = locate(tab!.db, 'S0081XA');
    expect(place?.node.id).toBe('S00.81');
    const defs = groupNotes(notesAt(tab!.db, place!)).sevenChrDef ?? [];
    expect(defs.find((d) => d.char === 'A')?.text).toBe('initial encounter');
    expect(defs.every((d) => d.from.id === 'S00')).toBe(true);
  });

  it('answers as it does code by code once a batch has made it read the whole list at once', () => {
    const file = join(store.dir, `${tab!.releaseId}.sqlite`);
    const oneByOne = new Database(file, { readonly: true, fileMustExist: true });
    const whole = new Database(file, { readonly: true, fileMustExist: true });
    const codes = whole
      .prepare("SELECT key FROM nodes WHERE level = 'code' ORDER BY key")
      .pluck()
      .all() as string[];
    expect(codes.length).toBeGreaterThan(30_000);
    // A batch: past a few hundred nodes read one by one, the list is read whole.
    for (const c of codes.slice(0, 400)) locate(whole, c);
    // Few enough codes that the other handle keeps reading one by one; with 7th characters
    // through placeholders, a code with subdivisions given a 7th character, codes not in the list.
    const sample = [
      ...codes.filter((_, i) => i % 1_500 === 0),
      'S0081XA',
      'T360X1A',
      'M1A011',
      'E11A',
      'S00XXXA',
      'E1122',
      'Z9999',
    ];
    const answer = (db: Database.Database, c: string) => {
      const place = locate(db, c);
      return place && { place, notes: notesAt(db, place) };
    };
    let found = 0;
    for (const c of sample) {
      const a = answer(oneByOne, c);
      if (a) found++;
      expect(answer(whole, c), c).toEqual(a);
    }
    expect(found).toBeGreaterThan(25);
    expect(readsWhole(whole)).toBe(true);
    expect(readsWhole(oneByOne)).toBe(false);
    oneByOne.close();
    whole.close();
  });
});

describe('index and tables', () => {
  it('walks the alphabetic index from a main term', () => {
    const [diabetes] = indexLookup(store, 'Diabetes, diabetic');
    expect(diabetes?.nemod).toBe('(mellitus) (sugar)');
    expect(indexWalk(store, ['Diabetes, diabetic', 'type 2', 'with', 'chronic kidney disease'])?.code).toBe(
      'E11.22',
    );
    expect(indexWalk(store, ['Amyloidosis', 'heart'])).toMatchObject({ code: 'E85.4', manif: 'I43' });
  });

  it('reads the FY2025 neoplasm and drug tables by column', () => {
    expect(neoplasmRow(store, ['abdomen, abdominal'])).toMatchObject({
      malignantPrimary: 'C76.2',
      malignantSecondary: 'C79.8-',
      benign: 'D36.7',
    });
    expect(drugRow(store, ['Acetaminophen'])).toMatchObject({
      adverseEffect: 'T39.1X5',
      underdosing: 'T39.1X6',
    });
    expect(indexLookup(store, 'Accident', { book: 'eindex' })[0]?.code).toBe('X58');
  });
});

describe('codes show / stats on the real store', () => {
  it('stats: the billable counts CDC publishes, by date of service', () => {
    expect(icd10cmLookup.stats(store, '2025-10-01')).toMatchObject({ billable: 74_719, covers: true });
    expect(icd10cmLookup.stats(store, '2024-10-01')).toMatchObject({ billable: 74_260, covers: true });
    // Before FY2025 the history answers: FY2016 had 69,823 billable codes.
    expect(icd10cmLookup.stats(store, '2016-03-01')).toMatchObject({ billable: 69_823, covers: true });
    // Before ICD-10-CM took effect (2015-10-01) the first year answers, and says it is the nearest.
    expect(icd10cmLookup.stats(store, '2014-06-01')).toMatchObject({ billable: 69_823, covers: false });
  });

  it('E11.22 carries the use-additional-code note pointing to N18, and inherits the notes of E11', () => {
    const d = icd10cmLookup.show(store, 'E11.22', '2025-10-01');
    expect(d).toMatchObject({ billable: true, valid: true, notesFrom: '2023' });
    const uac = d?.notes.useAdditionalCode ?? [];
    expect(uac.some((n) => n.refs?.some((r) => r.startsWith('N18')))).toBe(true);
    expect(uac.some((n) => n.from.level === 'category' && n.from.id === 'E11')).toBe(true);
  });

  it('a code deleted in FY2026 says when it was valid and what replaced it', () => {
    const d = icd10cmLookup.show(store, 'S30.1XXA', '2025-10-01');
    expect(d).toMatchObject({ valid: false, validFrom: '2015-10-01', validTo: '2025-09-30' });
    expect(d?.replacedBy?.map((r) => r.code)).toContain('S30.11XA');
  });
});

describe('rules-engine reads on the real store', () => {
  it('E10.9 and E11.9 exclude each other (Excludes1 both ways)', () => {
    const found = excludesBetween(store, 'E11.9', 'E10.9', '2025-10-01');
    expect(found.filter((f) => f.kind === 'excludes1').map((f) => f.noted)).toEqual(['E11.9', 'E10.9']);
  });

  it('manifestation codes and 7th characters', () => {
    expect(manifestation(store, 'I43', '2025-10-01')).toMatchObject({ manifestation: true, titledAt: 'I43' });
    expect(manifestation(store, 'F02.80', '2025-10-01')?.manifestation).toBe(true);
    expect(manifestation(store, 'E11.22', '2025-10-01')?.manifestation).toBe(false);
    expect(seventhCharacter(store, 'S72.001', '2025-10-01')).toMatchObject({
      required: true,
      present: false,
    });
  });

  it('Excludes1 pairs cover chapters, sections and categories', () => {
    const pairs = excludesPairs(store, 'excludes1', '2025-10-01');
    expect(pairs.length).toBeGreaterThan(4000);
    const ch4 = pairs.find((p) => p.at === '4');
    expect(ch4).toMatchObject({ scope: { from: 'E00', to: 'E89~' }, excluded: { text: 'P70-P74' } });
    expect(pairs.find((p) => p.at === 'B50-B64')?.scope).toMatchObject({ from: 'B50', to: 'B64~' });
  });
});
