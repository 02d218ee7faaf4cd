// The code search over the real installed store (the global test setup installs every manifest
// release into MEDCODE_TEST_HOME, and builds the search index as `medcode setup` does).
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIso } from '@medcode/domain';
import { CodeSetStore } from '../store.ts';
import { indexLocation, openSearch } from './open-search.ts';
import { SEARCH_SOURCES } from './sources.ts';
import type { SearchDocument } from './types.ts';

const ON = '2025-10-01';
const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
afterAll(() => store.close());
const searcher = openSearch(store, ON);
const codes = (q: string, limit = 10): string[] => searcher.search(q, { limit }).map((h) => h.code);

describe("the issue's done-when checks", () => {
  it('"type 2 diabetes with chronic kidney disease" has E11.22 in its top 3', () => {
    expect(codes('type 2 diabetes with chronic kidney disease', 3)).toContain('E11.22');
  });

  it('"HTN" has I10 first', () => {
    expect(codes('HTN')[0]).toBe('I10');
  });
});

interface Golden {
  query: string;
  code: string;
  within: number;
}

describe.each<Golden>([
  { query: 'hypertension', code: 'I10', within: 1 },
  { query: 'hypert', code: 'I10', within: 3 },
  { query: 'T2DM', code: 'E11.9', within: 3 },
  { query: 'dm2 with ckd', code: 'E11.22', within: 1 },
  { query: 'chronic kidney disease type 2 diabetes', code: 'E11.22', within: 3 },
  { query: 'COPD', code: 'J44.9', within: 1 },
  { query: 'CHF', code: 'I50.9', within: 3 },
  { query: 'UTI', code: 'N39.0', within: 3 },
  { query: 'GERD', code: 'K21.9', within: 3 },
  { query: 'afib', code: 'I48.91', within: 3 },
  { query: 'SOB', code: 'R06.02', within: 1 },
  { query: 'n/v', code: 'R11.2', within: 3 },
  { query: 'OSA', code: 'G47.33', within: 3 },
  { query: 'BPH', code: 'N40.0', within: 5 },
  { query: 'ESRD', code: 'N18.6', within: 1 },
  { query: 'otitis media', code: 'H66.90', within: 3 },
  { query: 'diabtes mellitus type 2', code: 'E11.9', within: 10 },
  { query: 'fractures of neck of right femur', code: 'S72.001A', within: 3 },
  { query: 'alcohol abuse', code: 'F10.10', within: 1 },
  { query: 'kimmelstiel wilson type 2', code: 'E11.21', within: 1 },
])('"$query"', ({ query, code, within }) => {
  it(`ranks ${code} in the top ${within}`, () => {
    const got = codes(query, 10);
    expect(got.indexOf(code), `got ${got.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(got.indexOf(code)).toBeLessThan(within);
  });
});

describe('code prefixes over the full release', () => {
  it.each(['E11.2', 'e112'])('"%s": the codes under E11.2 in code order', (q) => {
    expect(codes(q)).toEqual(['E11.2', 'E11.21', 'E11.22', 'E11.29']);
  });

  it('a three-character category lists itself first, then its codes in order', () => {
    const got = codes('I50', 50);
    expect(got[0]).toBe('I50');
    expect(got.every((c) => c.startsWith('I50'))).toBe(true);
    expect(got).toEqual([...got].sort());
  });
});

describe('every code is found by its own title', () => {
  const docs: SearchDocument[] = SEARCH_SOURCES.flatMap((s) => s.documents(store, ON));

  it('holds the full ICD-10-CM release', () => {
    expect(docs.filter((d) => d.system === 'icd10cm' && d.billable)).toHaveLength(74_719);
  });

  // Codes with the very same title (HCPCS quality codes: "Patients who use hospice services
  // any time during the measurement period" is G9700, G9702, ... G9809) share the ranks.
  const sameTitle = new Map<string, number>();
  for (const d of docs) sameTitle.set(d.title, (sameTitle.get(d.title) ?? 0) + 1);

  it('in the top 10, for any code of the release', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), (i) => {
        const doc = docs[i]!;
        const got = codes(doc.title, 10 + sameTitle.get(doc.title)! - 1);
        // A category's own entry may rank below its billable codes, which carry its words
        // ("Follicular lymphoma grade I" C82.0: C82.00 ... C82.09 first).
        const found = got.includes(doc.code) || (!doc.billable && got.some((c) => c.startsWith(doc.code)));
        expect(found, `${doc.code} ${doc.title.slice(0, 200)}: ${got.join(' ')}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('however long the title: the longest (HCPCS G0556, some 700 words) is found by all of it', () => {
    const longest = docs.reduce((a, b) => (b.title.length > a.title.length ? b : a));
    expect(longest.title.split(/\s+/).length).toBeGreaterThan(256);
    expect(codes(longest.title, 10)).toContain(longest.code);
  });
});

describe('the index file', () => {
  it('was built by the install, for the releases in force today', () => {
    expect(existsSync(indexLocation(store, todayIso()).file!)).toBe(true);
  });
});
