import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, installFixture, installFixtures, zipOf } from '../testing.ts';
import { icd10pcsSearchDocuments } from './lookup.ts';

const order = fixtureBytes(import.meta.url, 'icd10pcs_order_2026.txt');
const addenda = fixtureBytes(import.meta.url, 'order_addenda_2026.txt');
const indexXml = fixtureBytes(import.meta.url, 'icd10pcs_index_fixture.xml');

const pcs = {
  dataset: 'icd10pcs-codes',
  loader: 'icd10pcs-order',
  releases: [
    {
      id: 'icd10pcs-codes-fy2026',
      effectiveFrom: '2025-10-01',
      files: {
        'cms_2026_pr.zip': zipOf({ 'icd10pcs_order_2026.txt': order, 'order_addenda_2026.txt': addenda }),
      },
    },
  ],
};
const index = (xml: Uint8Array | string) => ({
  id: 'icd10pcs-index-fy2023',
  effectiveFrom: '2022-10-01',
  effectiveTo: '2023-09-30',
  files: { 'icd10pcs_index_2023.xml.gz': gzipSync(typeof xml === 'string' ? Buffer.from(xml) : xml) },
});

describe('ICD-10-PCS index (XML)', () => {
  it('stores each reference with its term path', async () => {
    const store = (await installFixture('icd10pcs-index', 'icd10pcs-index-xml', [index(indexXml)])).store();
    const rows = store
      .db('icd10pcs-index-fy2023')
      .prepare('SELECT path, kind, text, target FROM pcs_index ORDER BY row')
      .all();
    expect(rows).toEqual([
      { path: 'Appendectomy', kind: 'see', text: 'Excision, Appendix', target: '0DBJ' },
      { path: 'Appendectomy', kind: 'see', text: 'Resection, Appendix', target: '0DTJ' },
      { path: 'Abdominal esophagus', kind: 'use', text: 'Esophagus, Lower', target: '' },
      { path: 'Resection, Appendix', kind: 'codes', text: '', target: '0DTJ' },
      {
        path: 'Resection, Gastrointestinal tract',
        kind: 'see',
        text: 'Gastrointestinal System',
        target: '0DT',
      },
      {
        path: 'Transcranial magnetic stimulation, Prefrontal cortex, computer-assisted',
        kind: 'code',
        text: '',
        target: 'X0Z0X18',
      },
    ]);
    store.close();
  });

  it('gives search documents the index terms that lead to a code or its prefix, tables left out', async () => {
    const store = (
      await installFixtures([
        pcs,
        { dataset: 'icd10pcs-index', loader: 'icd10pcs-index-xml', releases: [index(indexXml)] },
      ])
    ).store();
    const docs = new Map(icd10pcsSearchDocuments(store, '2025-10-01').map((d) => [d.code, d]));
    expect(docs.get('0DTJ4ZZ')?.terms.filter((t) => t.source === 'index')).toEqual([
      { text: 'Appendectomy', source: 'index' },
      { text: 'Resection, Appendix', source: 'index' },
    ]);
    expect(docs.get('X0Z0X18')?.terms.at(-1)).toEqual({
      text: 'Transcranial magnetic stimulation, Prefrontal cortex, computer-assisted',
      source: 'index',
    });
    expect(docs.get('0016070')?.terms.some((t) => t.source === 'index')).toBe(false);
    store.close();
  });

  it.each([
    [
      'malformed XML, with the line',
      '<ICD10PCS.index><version>2023</version>\n<mainTerm><title>A</mainTerm>',
      /icd10pcs_index_2023\.xml\.gz, line 2: malformed XML/,
    ],
    [
      'a reference that is not a PCS code',
      '<ICD10PCS.index><version>2023</version><mainTerm><title>A</title><codes>0DTO</codes></mainTerm></ICD10PCS.index>',
      /<codes> "0DTO" is not an ICD-10-PCS code or prefix/,
    ],
    ['another XML document', '<ICD10CM.index><title>x</title></ICD10CM.index>', /not an ICD-10-PCS index/],
  ])('refuses %s', async (_what, xml, message) => {
    await expect(installFixture('icd10pcs-index', 'icd10pcs-index-xml', [index(xml)])).rejects.toThrow(
      message,
    );
  });
});
