import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../../store.ts';
import { fixtureBytes, type Installed, installFixture, zipOf } from '../testing.ts';
import { icd10pcsLookup, icd10pcsSearchDocuments } from './lookup.ts';

const order = fixtureBytes(import.meta.url, 'icd10pcs_order_2026.txt');
const addenda = fixtureBytes(import.meta.url, 'order_addenda_2026.txt');
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

const release = (files: Record<string, Uint8Array | string>) => ({
  id: 'icd10pcs-codes-fy2026',
  version: 'FY2026',
  effectiveFrom: '2025-10-01',
  effectiveTo: '2026-09-30',
  files: { 'cms_2026_pr.zip': zipOf(files) },
});

let installed: Installed;
let store: CodeSetStore;
beforeAll(async () => {
  installed = await installFixture('icd10pcs-codes', 'icd10pcs-order', [
    release({ 'icd10pcs_order_2026.txt': order, 'order_addenda_2026.txt': addenda }),
  ]);
  store = installed.store();
});
afterAll(() => store.close());

describe('ICD-10-PCS order file loader and lookup', () => {
  it('shows a valid code with its titles, its section and table, and its axes', () => {
    const d = icd10pcsLookup.show(store, '0dtj4zz', '2025-10-01');
    expect(d).toMatchObject({
      code: '0DTJ4ZZ',
      system: 'icd10pcs',
      description: 'Resection of Appendix, Percutaneous Endoscopic Approach',
      shortDescription: 'Resection of Appendix, Perc Endo Approach',
      valid: true,
      billable: true,
      release: { id: 'icd10pcs-codes-fy2026', covers: true },
      path: [
        { level: 'section', id: '0', title: 'Medical and Surgical' },
        { level: 'table', id: '0DT', title: 'Gastrointestinal System, Resection' },
      ],
    });
    expect(d?.extra).toMatchObject({
      'axis 1 Section': '0 Medical and Surgical',
      'axis 2 Body System': 'D Gastrointestinal System',
      'axis 3 Root Operation': 'T Resection',
      'axis 4 Body Part': 'J',
      'axis 5 Approach': '4',
    });
  });

  it('names axes by section: imaging has a type and a contrast; a header without operation gives none', () => {
    expect(icd10pcsLookup.show(store, 'B830ZZZ', '2025-10-01')?.extra).toMatchObject({
      'axis 2 Body System': '8 Eye',
      'axis 3 Type': '3 Magnetic Resonance Imaging (MRI)',
      'axis 4 Body Part': '0',
      'axis 5 Contrast': 'Z',
    });
    expect(icd10pcsLookup.show(store, 'X0Z0X18', '2025-10-01')?.extra).toMatchObject({
      'axis 2 Body System': '0 Nervous System',
      'axis 3 Root Operation': 'Z',
    });
  });

  it('answers the year before from the addenda: added codes were not valid, deleted ones were', () => {
    expect(icd10pcsLookup.show(store, '0016071', '2025-10-01')).toMatchObject({
      valid: true,
      validFrom: '2025-10-01',
    });
    expect(icd10pcsLookup.show(store, '0016071', '2025-09-30')).toMatchObject({
      valid: false,
      release: { covers: true },
    });
    expect(icd10pcsLookup.show(store, '0016070', '2025-09-30')).toMatchObject({ valid: true });
    const deleted = icd10pcsLookup.show(store, 'X2A5312', '2025-10-01');
    expect(deleted).toMatchObject({
      valid: false,
      validTo: '2025-09-30',
      extra: { change: 'deleted in FY2026' },
    });
    expect(icd10pcsLookup.show(store, 'X2A5312', '2025-03-01')?.valid).toBe(true);
    // Two years back no release covers the date: the answer says so.
    expect(icd10pcsLookup.show(store, '0016070', '2023-03-01')?.release.covers).toBe(false);
  });

  it('a table header is not a reportable code; an unknown code is not found', () => {
    expect(icd10pcsLookup.show(store, '0DT', '2025-10-01')).toBeUndefined(); // not 7 characters
    expect(icd10pcsLookup.show(store, '0DTJ7ZZ', '2025-10-01')).toBeUndefined();
  });

  it('counts valid codes per date, the prior year from the addenda counts', () => {
    expect(icd10pcsLookup.stats(store, '2025-10-01')).toEqual({
      valid: 6,
      billable: 6,
      release: 'icd10pcs-codes-fy2026',
      covers: true,
    });
    expect(icd10pcsLookup.stats(store, '2025-01-01')?.valid).toBe(6);
    expect(icd10pcsLookup.stats(store, '2023-01-01')).toBeUndefined();
  });

  it('produces one search document per valid code, titled by the long title', () => {
    const docs = icd10pcsSearchDocuments(store, '2025-10-01');
    expect(docs.map((d) => d.code)).toEqual([
      '0016070',
      '0016071',
      '0DTJ4ZZ',
      '0DTJ0ZZ',
      'B830ZZZ',
      'X0Z0X18',
    ]);
    expect(docs[2]).toEqual({
      system: 'icd10pcs',
      code: '0DTJ4ZZ',
      title: 'Resection of Appendix, Percutaneous Endoscopic Approach',
      billable: true,
      terms: [
        { text: 'Resection of Appendix, Percutaneous Endoscopic Approach', source: 'title' },
        { text: 'Resection of Appendix, Perc Endo Approach', source: 'short' },
      ],
    });
  });
});

describe('ICD-10-PCS loader refuses broken files and leaves the store as it was', () => {
  it('a truncated record: error names the zip member and line; the installed release stays', async () => {
    const lines = text(order).split('\r\n');
    lines[4] = lines[4]!.slice(0, 30);
    const bad = release({ 'icd10pcs_order_2026.txt': lines.join('\r\n'), 'order_addenda_2026.txt': addenda });
    await expect(installFixture('icd10pcs-codes', 'icd10pcs-order', [bad], installed.home)).rejects.toThrow(
      /cms_2026_pr\.zip:icd10pcs_order_2026\.txt, line 5: order-file record too short/,
    );
    const again = installed.store();
    expect(icd10pcsLookup.stats(again, '2025-10-01')?.valid).toBe(6);
    again.close();
  });

  it('a count in the addenda that the order file does not match', async () => {
    const lines = text(order).split('\r\n');
    const bad = release({
      'icd10pcs_order_2026.txt': lines.slice(0, 3).join('\r\n'),
      'order_addenda_2026.txt': addenda,
    });
    await expect(installFixture('icd10pcs-codes', 'icd10pcs-order', [bad])).rejects.toThrow(
      /order_addenda_2026\.txt: the addenda count 6 codes for 2026, the order file holds 2/,
    );
  });

  it('a zip without an order file', async () => {
    const bad = release({ 'readme.txt': 'nothing here' });
    await expect(installFixture('icd10pcs-codes', 'icd10pcs-order', [bad])).rejects.toThrow(
      /no icd10pcs_order_YYYY\.txt/,
    );
  });
});
