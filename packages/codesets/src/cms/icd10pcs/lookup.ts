/**
 * @module cms/icd10pcs/lookup
 * `codes show` and `codes stats` for ICD-10-PCS, and the records search indexes.
 */
import { parseIcd10Pcs } from '@medcode/domain';
import type { CodeDetail, SystemLookup } from '../../lookup/types.ts';
import type { CodeSetStore } from '../../store.ts';
import type { SearchDocument } from '../../search-document.ts';
import { PCS_SECTIONS, pcsAxes } from './axes.ts';
import { PCS_INDEX_DATASET } from './index-loader.ts';
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
  const caveats: string[] = [];
  if (info.change === 'added' && !info.valid)
    caveats.push(
      `added in ${info.release.version}: not valid before ${info.validFrom ?? info.release.effectiveFrom}`,
    );
  if (info.change === 'deleted')
    caveats.push(
      `deleted in ${info.release.version} (order file addenda): valid through ${info.validTo ?? ''}`,
    );
  if (info.release.label !== undefined) caveats.push(info.release.label);
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
    ...(caveats.length > 0 ? { caveats } : {}),
  };
}

export const icd10pcsLookup: SystemLookup = {
  system: 'icd10pcs',
  show,
  stats(store, on) {
    if (!store.has(PCS_DATASET)) return undefined;
    const c = pcsCounts(store, on);
    return c && { valid: c.valid, billable: c.valid, release: c.release.id, covers: c.covers };
  },
};

/**
 * Index terms by the code or code prefix they lead to, from the newest PCS index installed
 * (FY2023 is the newest on hand: terms for codes created since are absent, never invented).
 * Table references (3 characters) are left out: they name a whole table, not a procedure.
 */
function indexTermsByTarget(store: CodeSetStore): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  const choice = store.releaseOn(PCS_INDEX_DATASET);
  if (!choice) return byTarget;
  const rows = store
    .db(choice.release.id)
    .prepare(
      "SELECT path, target FROM pcs_index WHERE kind IN ('code', 'codes', 'see') AND length(target) >= 4",
    )
    .all() as { path: string; target: string }[];
  for (const r of rows) {
    const list = byTarget.get(r.target);
    if (list) list.push(r.path);
    else byTarget.set(r.target, [r.path]);
  }
  return byTarget;
}

/**
 * One search record per valid PCS code of the release in force on `on` (default: newest):
 * long title, short title, and the index terms that lead to the code or to a prefix of it.
 */
export function icd10pcsSearchDocuments(store: CodeSetStore, on?: string): SearchDocument[] {
  if (!store.has(PCS_DATASET)) return [];
  const index = indexTermsByTarget(store);
  const docs: SearchDocument[] = [];
  for (const r of pcsValidCodes(store, on)) {
    const terms: SearchDocument['terms'] = [{ text: r.long, source: 'title' }];
    if (r.short !== r.long) terms.push({ text: r.short, source: 'short' });
    const seen = new Set<string>();
    for (let n = 4; n <= r.code.length; n++) {
      for (const path of index.get(r.code.slice(0, n)) ?? []) {
        if (seen.has(path)) continue;
        seen.add(path);
        terms.push({ text: path, source: 'index' });
      }
    }
    docs.push({ system: 'icd10pcs', code: r.code, title: r.long, billable: true, terms });
  }
  return docs;
}
