import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCUMENTS } from './fixtures/documents.ts';
import { searchDocuments } from './open-search.ts';
import type { SearchOptions } from './types.ts';

const searcher = searchDocuments(FIXTURE_DOCUMENTS);
const codes = (q: string, opts?: SearchOptions): string[] => searcher.search(q, opts).map((h) => h.code);

interface Golden {
  why: string;
  query: string;
  code: string;
  /** The code must rank at or above this place (1 = first). */
  within: number;
  opts?: SearchOptions;
}

describe.each<Golden>([
  {
    why: 'a combination code from its words',
    query: 'type 2 diabetes with chronic kidney disease',
    code: 'E11.22',
    within: 1,
  },
  { why: 'words in any order', query: 'disease kidney chronic diabetes type 2', code: 'E11.22', within: 1 },
  { why: 'an abbreviation (HTN)', query: 'HTN', code: 'I10', within: 1 },
  { why: 'the index main term beats other titles', query: 'hypertension', code: 'I10', within: 1 },
  { why: 'a word being typed', query: 'hypert', code: 'I10', within: 1 },
  { why: 'one typo', query: 'diabtes type 2', code: 'E11.9', within: 1 },
  { why: 'plural for singular', query: 'fractures femur right', code: 'S72.001A', within: 1 },
  { why: 'T2DM means the uncomplicated type 2 code', query: 'T2DM', code: 'E11.9', within: 1 },
  { why: 'abbreviations mixed with words', query: 'DM2 with ckd', code: 'E11.22', within: 1 },
  { why: 'CHF', query: 'CHF', code: 'I50.9', within: 1 },
  { why: 'COPD: unspecified is the default', query: 'COPD', code: 'J44.9', within: 1 },
  { why: 'AFib', query: 'afib', code: 'I48.91', within: 1 },
  { why: 'an abbreviation with a slash', query: 'n/v', code: 'R11.2', within: 1 },
  { why: 'a stop word in the title is not required', query: 'shortness breath', code: 'R06.02', within: 1 },
  { why: 'an inclusion term', query: 'kimmelstiel', code: 'E11.21', within: 1 },
  { why: 'accents folded', query: 'sjogren', code: 'M35.00', within: 1 },
  {
    why: 'a title typed out in full, even a category',
    query: 'type 2 diabetes mellitus',
    code: 'E11',
    within: 1,
  },
  { why: 'then the billable default code', query: 'type 2 diabetes mellitus', code: 'E11.9', within: 2 },
  { why: 'a billable code before a category', query: 'type 2 diabetes', code: 'E11.9', within: 1 },
  {
    why: 'a stray word is forgiven',
    query: 'chronic kidney disease stage 4 xyzzy',
    code: 'N18.4',
    within: 1,
  },
  { why: 'HCPCS, system-agnostic', query: 'dexamethasone', code: 'J1100', within: 1 },
  { why: 'ICD-10-PCS', query: 'resection appendix', code: '0DTJ4ZZ', within: 1 },
  { why: 'a system filter', query: 'cane', code: 'E0100', within: 1, opts: { system: 'hcpcs' } },
])('$why: "$query"', ({ query, code, within, opts }) => {
  it(`ranks ${code} in the top ${within}`, () => {
    const got = codes(query, opts);
    expect(got.indexOf(code), `got ${got.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(got.indexOf(code)).toBeLessThan(within);
  });
});

describe('code prefixes', () => {
  it.each(['E11.2', 'e112', 'E112', ' e11.2 '])(
    '"%s" lists the codes that start with E112, in code order',
    (q) => {
      expect(codes(q)).toEqual(['E11.2', 'E11.21', 'E11.22', 'E11.29']);
    },
  );

  it('finds a code of any system and says it matched the code', () => {
    const [hit] = searcher.search('J11');
    expect(hit?.code).toBe('J1100');
    expect(hit?.system).toBe('hcpcs');
    expect(hit?.matched.source).toBe('code');
  });

  it('keeps to the system asked for', () => {
    expect(codes('E0', { system: 'hcpcs' })).toEqual(['E0100']);
    expect(codes('E0', { system: 'icd10cm' })).toEqual([]);
  });
});

describe('what a hit says', () => {
  it('gives the code, description, billable flag, score and the matched term', () => {
    const [hit] = searcher.search('HTN');
    expect(hit).toMatchObject({
      code: 'I10',
      system: 'icd10cm',
      billable: true,
      description: 'Essential (primary) hypertension',
    });
    expect(hit?.matched.source).toBe('index');
    expect(hit?.matched.words).toEqual([{ query: 'htn', word: 'hypertension', kind: 'abbreviation' }]);
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('tells a typo, a plural and a prefix apart', () => {
    const kinds = (q: string): string[] => searcher.search(q)[0]?.matched.words.map((w) => w.kind) ?? [];
    expect(kinds('diabtes type 2')).toContain('typo');
    expect(kinds('fractures femur right')).toContain('plural');
    expect(kinds('hypert')).toEqual(['prefix']);
  });

  it('ranks by score, highest first', () => {
    const scores = searcher.search('diabetes').map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('limits and empty queries', () => {
  it('gives at most limit hits', () => {
    expect(codes('diabetes', { limit: 2 })).toHaveLength(2);
    expect(codes('diabetes', { limit: 0 })).toEqual([]);
  });

  it('finds nothing for nothing', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('qqqqqqq')).toEqual([]);
    expect(codes('diabetes', { system: 'icd10pcs' })).toEqual([]);
  });

  it('a stop word still being typed does not exclude ("diabetes wi")', () => {
    expect(codes('type 2 diabetes wi')).toContain('E11.22');
  });
});

describe('every code is found by its own title', () => {
  it('in the top 10, typed whole or with the last word cut short', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_DOCUMENTS), fc.boolean(), (doc, cut) => {
        const q = cut ? doc.title.slice(0, Math.max(1, doc.title.length - 2)) : doc.title;
        expect(codes(q, { limit: 10 })).toContain(doc.code);
      }),
    );
  });
});
