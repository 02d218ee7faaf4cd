/**
 * @module cms/icd10pcs/lookup
 * `codes show` and `codes stats` for ICD-10-PCS, and the records search indexes.
 */
import { parseIcd10Pcs } from '@medcode/domain';
import type { CodeDetail, SystemLookup } from '../../lookup/types.ts';
import type { CodeSetStore } from '../../store.ts';
import type { SearchDocument } from '../../search-document.ts';
import { PCS_SECTIONS, pcsAxes } from './axes.ts';
import { PCS_DATASET, pcsCode, pcsCounts, pcsTableTitle, pcsValidCodes } from './read.ts';

function show(store: CodeSetStore, input: string, on: string): CodeDetail | undefined {
  const parsed = parseIcd10Pcs(input);
  if (!parsed.ok) return undefined;
  const info = pcsCode(store, parsed.value, on);
  if (!info) return undefined;
  const code = info.code;
  const table = pcsTableTitle(store, info.release, code);
  const extra: Record<string, string> = {};
  for (const a of pcsAxes(code, table)) {
    extra[`axis ${a.position} ${a.name}`] = a.value === undefined ? a.char : `${a.char} ${a.value}`;
  }
  if (info.change !== undefined) extra.change = `${info.change} in ${info.release.version}`;
  const section = PCS_SECTIONS[code[0] ?? ''];
  return {
    code,
    system: 'icd10pcs',
    description: info.long,
    shortDescription: info.short,
    billable: info.valid,
    valid: info.valid,
    on,
    release: { id: info.release.id, version: info.release.version, covers: info.covers },
    ...(info.validFrom !== undefined ? { validFrom: info.validFrom } : {}),
    ...(info.validTo !== undefined ? { validTo: info.validTo } : {}),
    path: [
      ...(section !== undefined ? [{ level: 'section', id: code.slice(0, 1), title: section }] : []),
      ...(table !== undefined && code.length > 3
        ? [{ level: 'table', id: code.slice(0, 3), title: table }]
        : []),
    ],
    notes: {},
    extra,
  };
}

export const icd10pcsLookup: SystemLookup = {
  system: 'icd10pcs',
  show,
  stats(store, on) {
    if (!store.has(PCS_DATASET)) return undefined;
    const c = pcsCounts(store, on);
    return c && { valid: c.valid, billable: c.valid, release: c.release.id };
  },
};

/** One search record per valid PCS code of the release in force on `on` (default: newest). */
export function icd10pcsSearchDocuments(store: CodeSetStore, on?: string): SearchDocument[] {
  if (!store.has(PCS_DATASET)) return [];
  const docs: SearchDocument[] = [];
  for (const r of pcsValidCodes(store, on)) {
    const terms: SearchDocument['terms'] = [{ text: r.long, source: 'title' }];
    if (r.short !== r.long) terms.push({ text: r.short, source: 'short' });
    docs.push({ system: 'icd10pcs', code: r.code, title: r.long, billable: true, terms });
  }
  return docs;
}
