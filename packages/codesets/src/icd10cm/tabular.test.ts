import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { inRange } from './code-ranges.ts';
import { tabularHandlers, type TabularNode, type TabularNote } from './tabular-parse.ts';
import { icd10cmTabularLoader, tabularWriter } from './tabular-loader.ts';
import { groupNotes, locate, notesAt } from './tabular-read.ts';
import { fixture, runLoader } from './testing.ts';
import { parseXmlText } from './xml-stream.ts';

const xml = readFileSync(fixture('icd10cm-tabular-mini.xml'), 'utf8');

function parse(text: string): { nodes: TabularNode[]; notes: TabularNote[] } {
  const nodes: TabularNode[] = [];
  const notes: TabularNote[] = [];
  parseXmlText(text, tabularHandlers({ node: (n) => nodes.push(n), note: (n) => notes.push(n) }), 'mini.xml');
  return { nodes, notes };
}

function load(text: string): Database.Database {
  const db = new Database(':memory:');
  const w = tabularWriter(db);
  parseXmlText(text, tabularHandlers(w), 'mini.xml');
  w.finish();
  return db;
}

describe('tabular list XML', () => {
  it('reads the hierarchy with structural levels', () => {
    const { nodes } = parse(xml);
    const by = new Map(nodes.map((n) => [n.key, n]));
    expect(by.get('chapter:4')).toMatchObject({ id: '4', level: 'chapter', parent: undefined });
    expect(by.get('section:E08-E13')).toMatchObject({ level: 'section', parent: 'chapter:4' });
    expect(by.get('E11')).toMatchObject({ id: 'E11', level: 'category', parent: 'section:E08-E13' });
    expect(by.get('E112')).toMatchObject({ id: 'E11.2', level: 'subcategory', parent: 'E11' });
    expect(by.get('E1122')).toMatchObject({
      level: 'code',
      title: 'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    });
  });

  it('reads every note kind on its own level, never the introduction', () => {
    const { notes } = parse(xml);
    expect(notes.some((n) => n.text.startsWith('A type 1 Excludes'))).toBe(false);
    const kinds = new Set(notes.map((n) => n.kind));
    for (const k of [
      'notes',
      'excludes1',
      'includes',
      'useAdditionalCode',
      'inclusionTerms',
      'sevenChrNote',
      'sevenChrDef',
    ])
      expect(kinds.has(k as TabularNote['kind'])).toBe(true);
    expect(notes.filter((n) => n.kind === 'sevenChrDef').map((n) => [n.node, n.char, n.text])).toEqual([
      ['S00', 'A', 'initial encounter'],
      ['S00', 'D', 'subsequent encounter'],
      ['S00', 'S', 'sequela'],
    ]);
    const ckd = notes.find((n) => n.node === 'E1122');
    expect(ckd?.refs.map((r) => r.text)).toEqual(['N18.1-N18.6']);
  });

  it('refuses malformed XML with its line', () => {
    expect(() => parse(xml.replace('</chapter>', ''))).toThrow(/mini\.xml, line \d+: malformed XML/);
  });
});

describe('notes on reading', () => {
  const db = load(xml);

  it('inherits notes from every level above, each tagged with its level', () => {
    const place = locate(db, 'E1122');
    expect(place?.lineage.map((n) => n.id)).toEqual(['4', 'E08-E13', 'E11', 'E11.2', 'E11.22']);
    const notes = groupNotes(notesAt(db, place!));
    expect(notes.useAdditionalCode?.map((n) => [n.from.level, n.from.id, n.text])).toEqual([
      ['category', 'E11', 'code to identify control using:'],
      ['category', 'E11', 'insulin (Z79.4)'],
      ['code', 'E11.22', 'code to identify stage of chronic kidney disease (N18.1-N18.6)'],
    ]);
    expect(notes.excludes1?.map((n) => n.from.level)).toEqual(['chapter', 'category']);
    expect(notes.inclusionTerms).toBeUndefined();
    const ckd = notesAt(db, place!).find((n) => n.refs?.includes('N18.1-N18.6'));
    expect(ckd && inRange('N184', ckd.ranges[0]!)).toBe(true);
    // References to codes the tabular list does not hold (here Z79.4, P70-P74) are not kept.
    expect(notes.useAdditionalCode?.find((n) => n.text.startsWith('insulin'))?.refs).toBeUndefined();
    expect(notes.excludes1?.find((n) => n.from.id === '4')?.refs).toBeUndefined();
    expect(notes.excludes1?.find((n) => n.from.id === 'E11')?.refs).toEqual(['E10.-']);
  });

  it('finds a 7th-character code through its base when a level above defines the character', () => {
    const place = locate(db, 'S0081XA');
    expect(place).toMatchObject({ seventh: 'A', node: { id: 'S00.81' } });
    const notes = groupNotes(notesAt(db, place!));
    expect(notes.sevenChrDef?.map((n) => n.char)).toEqual(['A', 'D', 'S']);
    // Seen from S00.81XA, the leaf S00.81 is a level above the code.
    expect(notesAt(db, place!).every((n) => n.from.level !== 'code')).toBe(true);
    expect(locate(db, 'S0081XB')).toBeUndefined();
    expect(locate(db, 'E1122XA')).toBeUndefined();
    // S00.8 has subdivisions: it takes no 7th character.
    expect(locate(db, 'S008XXA')).toBeUndefined();
  });

  it('does not place a code the tabular list lacks', () => {
    expect(locate(db, 'E11A')).toBeUndefined();
  });

  it('the loader streams a file', async () => {
    const loaded = await runLoader(icd10cmTabularLoader, [fixture('icd10cm-tabular-mini.xml')]);
    expect(loaded.prepare("SELECT value FROM meta WHERE key = 'version'").get()).toEqual({ value: '2023' });
    expect(loaded.prepare('SELECT count(*) AS n FROM nodes').get()).toEqual({ n: 22 });
  });
});
