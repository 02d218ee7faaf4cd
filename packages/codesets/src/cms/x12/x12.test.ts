import { describe, expect, it } from 'vitest';
import { fixtureBytes, installFixture } from '../testing.ts';
import { carc, rarc } from './read.ts';

const html = new TextDecoder().decode(fixtureBytes(import.meta.url, 'carc_codes_full.html'));
const csv = new TextDecoder().decode(fixtureBytes(import.meta.url, 'rarc_codes.csv'));
const carcRelease = (text: string) => ({
  id: 'x12-carc-2026-05',
  effectiveFrom: '1995-01-01',
  files: { 'carc_codes_full.html': text },
});
const rarcRelease = (text: string) => ({
  id: 'x12-rarc-2026-05',
  effectiveFrom: '1997-01-01',
  files: { 'rarc_codes.csv': text },
});

describe('CARC from the saved x12.org page', () => {
  it('reads current and deactivated codes with dates, notes and entities', async () => {
    const store = (await installFixture('x12-carc', 'x12-carc-html', [carcRelease(html)])).store();
    expect(carc(store, '45', '2026-01-05')).toEqual({
      list: 'carc',
      code: '45',
      description:
        'Charge exceeds fee schedule & maximum allowable (fixture). Usage: use group code PR or CO.',
      alert: false,
      start: '1995-01-01',
      lastModified: '2025-03-01',
      active: true,
    });
    expect(carc(store, 'b5', '2026-01-05')).toMatchObject({
      stop: '2016-05-01',
      notes: 'This code has been replaced by 272 and 273.',
      active: false,
    });
    expect(carc(store, 'B5', '2016-05-01')?.active).toBe(true);
    expect(carc(store, '999', '2026-01-05')).toBeUndefined();
    store.close();
  });

  it.each([
    [
      'a row without its dates cell',
      html.replace('<span class="dates"><br>Start: 01/01/1995</span>', ''),
      /carc_codes_full\.html, line 4: a code row without code, description and dates/,
    ],
    [
      'a deactivated code without Stop date',
      html.replace(' | Stop: 05/01/2016', ''),
      /line 7: CARC B5 is marked deactivated but has no Stop date/,
    ],
    [
      'an impossible date',
      html.replace('Start: 01/01/1995</span>', 'Start: 13/01/1995</span>'),
      /line 4, field Start: not a MM\/DD\/YYYY date/,
    ],
    ['a page without code rows', '<html><body>Access denied</body></html>', /no CARC rows/],
  ])('refuses %s', async (_what, text, message) => {
    await expect(installFixture('x12-carc', 'x12-carc-html', [carcRelease(text)])).rejects.toThrow(message);
  });
});

describe('RARC from the x12.org scrape', () => {
  it('splits dates and notes off the description, in either order; marks alerts', async () => {
    const store = (await installFixture('x12-rarc', 'x12-rarc-csv', [rarcRelease(csv)])).store();
    expect(rarc(store, 'M33', '2004-08-02')).toEqual({
      list: 'rarc',
      code: 'M33',
      description: 'Missing/incomplete/invalid UPIN (fixture).',
      alert: false,
      start: '1997-01-01',
      lastModified: '2003-02-28',
      stop: '2004-08-01',
      notes: 'Consider using M68',
      active: false,
    });
    expect(rarc(store, 'M4', '2026-01-05')).toMatchObject({
      alert: true,
      notes: '(Modified 4/1/07)',
      active: true,
    });
    store.close();
  });

  it('refuses a description without its Start date, naming the line', async () => {
    const bad = csv.replace('inpatient (fixture).Start: 01/01/1997', 'inpatient (fixture).');
    await expect(installFixture('x12-rarc', 'x12-rarc-csv', [rarcRelease(bad)])).rejects.toThrow(
      /rarc_codes\.csv, line 2, field description: RARC M2 has no "Start:" date/,
    );
  });
});
