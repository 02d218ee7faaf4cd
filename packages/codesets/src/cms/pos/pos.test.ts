import { describe, expect, it } from 'vitest';
import { fixtureBytes, installFixture } from '../testing.ts';
import { placeOfService, placesOfService } from './read.ts';

const csv = new TextDecoder().decode(fixtureBytes(import.meta.url, 'place_of_service_codes.derived.csv'));
const release = (text: string) => ({
  id: 'pos-2023',
  effectiveFrom: '2023-09-01',
  files: { 'place_of_service_codes.derived.csv': text },
});

describe('place of service codes (derived from the CMS web table)', () => {
  it('reads codes, marks unassigned ones, keeps the transcriber tag apart', async () => {
    const store = (await installFixture('pos', 'pos-derived-csv', [release(csv)])).store();
    expect(placeOfService(store, '02')).toEqual({
      code: '02',
      name: 'Telehealth Provided Other than in Patient’s Home',
      description: 'Telehealth away from home (fixture text).',
      assigned: true,
      facilityTypePerAuthor: 'Facility',
    });
    expect(placeOfService(store, '07')?.assigned).toBe(false);
    expect(placeOfService(store, '99')).toBeUndefined();
    expect(placesOfService(store).map((p) => p.code)).toEqual(['01', '02', '07', '11']);
    store.close();
  });

  it.each([
    [
      'a 3-digit code',
      csv.replace('\n11,', '\n111,'),
      /line 5: "111" is not a 2-digit place of service code/,
    ],
    ['a duplicated code', csv.replace('\n11,', '\n01,'), /line 5: place of service 01 appears twice/],
    ['a row with a missing column', csv.replace(',Non-Facility\n', '\n'), /not a readable CSV file/],
  ])('refuses %s', async (_what, text, message) => {
    await expect(installFixture('pos', 'pos-derived-csv', [release(text)])).rejects.toThrow(message);
  });
});
