/**
 * @module cms/hcpcs/fixed-width
 * The CMS fixed-width HCPCS file (HCPC<year>_CONTR_ANWEB.txt, 320-character records), read with
 * the positions of the CMS record layout (HCPCS2019_recordlayout.txt, "HCPCS Contractor Record").
 * Record id (pos 11): 3 first line of a procedure, 4 its continuation lines, 7 first line of a
 * modifier, 8 its continuation lines; continuation lines carry only more long description
 * (pos 12-91). The file opens with a few disclaimer lines before the first record.
 */
import type { Place } from '@medcode/domain';
import { ccyymmdd } from '../common/dates.ts';
import { opt } from '../common/optional.ts';
import { badInput, numberedLines } from '../common/source-text.ts';
import type { HcpcsRecord } from './record.ts';

/** 1-based [begin, end] columns of the record layout; repeating fields give the first occurrence. */
export const HCPCS_LAYOUT = {
  code: [1, 5],
  seq: [6, 10],
  recordId: [11, 11],
  longDescription: [12, 91],
  shortDescription: [92, 119],
  pricing: [120, 121], // OCCURS 4
  multiplePricing: [128, 128],
  cim: [129, 134], // OCCURS 3
  mcm: [147, 154], // OCCURS 3
  statute: [171, 180],
  labCert: [181, 183], // OCCURS 8
  xref: [205, 209], // OCCURS 5
  coverage: [230, 230],
  ascGroup: [231, 232],
  ascDate: [233, 240],
  opps: [241, 243],
  oppsIndicator: [244, 244],
  oppsDate: [245, 252],
  procNote: [253, 256],
  betos: [257, 259],
  typeOfService: [261, 261], // OCCURS 5
  anesthesiaBaseUnits: [266, 268],
  addDate: [269, 276],
  actionDate: [277, 284],
  termDate: [285, 292],
  actionCode: [293, 293],
} as const satisfies Record<string, readonly [number, number]>;

export type HcpcsField = keyof typeof HCPCS_LAYOUT;

/** Fields that repeat, with how many times. */
const OCCURS: Partial<Record<HcpcsField, number>> = {
  pricing: 4,
  cim: 3,
  mcm: 3,
  labCert: 8,
  xref: 5,
  typeOfService: 5,
};

const get = (line: string, f: HcpcsField, n = 0): string => {
  const [b, e] = HCPCS_LAYOUT[f];
  const w = e - b + 1;
  return line.slice(b - 1 + n * w, e + n * w).trim();
};
const many = (line: string, f: HcpcsField): string[] => {
  const out: string[] = [];
  for (let i = 0; i < (OCCURS[f] ?? 1); i++) {
    const v = get(line, f, i);
    if (v !== '') out.push(v);
  }
  return out;
};

const RECORD = /^[0-9A-Z ]{5}\d{5}[3478]/;
/** The last field (action code) ends at 293; later columns are filler that may be trimmed. */
const MIN_FIRST_LINE = HCPCS_LAYOUT.actionCode[1];
const MIN_CONTINUATION = HCPCS_LAYOUT.recordId[1] + 1;

function firstLine(line: string, place: Place): HcpcsRecord {
  if (line.length < MIN_FIRST_LINE)
    throw badInput(`record is ${line.length} characters, the layout needs ${MIN_FIRST_LINE}`, place);
  const kind = line[10] === '3' ? 'code' : 'modifier';
  const code = get(line, 'code');
  if (kind === 'code' ? !/^[A-Z]\d{4}$/.test(code) : !/^[0-9A-Z]{2}$/.test(code))
    throw badInput(`"${code}" is not a HCPCS Level II ${kind}`, { ...place, field: 'HCPCS code' });
  const date = (f: HcpcsField): string | undefined => ccyymmdd(get(line, f), { ...place, field: f });
  const anes = get(line, 'anesthesiaBaseUnits');
  if (anes !== '' && !/^\d+$/.test(anes))
    throw badInput(`anesthesia base units "${anes}" is not a number`, {
      ...place,
      field: 'anesthesiaBaseUnits',
    });
  return {
    kind,
    code,
    seq: get(line, 'seq'),
    longDescription: get(line, 'longDescription'),
    shortDescription: get(line, 'shortDescription'),
    pricing: many(line, 'pricing'),
    multiplePricing: get(line, 'multiplePricing'),
    cim: many(line, 'cim'),
    mcm: many(line, 'mcm'),
    statute: get(line, 'statute'),
    labCert: many(line, 'labCert'),
    xref: many(line, 'xref'),
    coverage: get(line, 'coverage'),
    ascGroup: get(line, 'ascGroup'),
    ...opt('ascDate', date('ascDate')),
    opps: get(line, 'opps'),
    oppsIndicator: get(line, 'oppsIndicator'),
    ...opt('oppsDate', date('oppsDate')),
    procNote: get(line, 'procNote'),
    betos: get(line, 'betos'),
    typeOfService: many(line, 'typeOfService'),
    ...opt('anesthesiaBaseUnits', anes === '' ? undefined : Number(anes)),
    ...opt('addDate', date('addDate')),
    ...opt('actionDate', date('actionDate')),
    ...opt('termDate', date('termDate')),
    actionCode: get(line, 'actionCode'),
    place,
  };
}

/** The records of a fixed-width ANWEB text, continuation lines folded into the long description. */
export function* readFixedWidth(text: string, where: string): Generator<HcpcsRecord> {
  let current: HcpcsRecord | undefined;
  let started = false;
  for (const { line, no } of numberedLines(text)) {
    const place = { file: where, line: no };
    if (!started) {
      // Disclaimer lines (and blank ones) precede the first record.
      if (!RECORD.test(line)) continue;
      started = true;
    }
    if (line.trim() === '') continue;
    if (!RECORD.test(line)) throw badInput('not a HCPCS record (code, sequence, record id 3/4/7/8)', place);
    const id = line[10];
    if (id === '3' || id === '7') {
      if (current) yield current;
      current = firstLine(line, place);
      continue;
    }
    if (line.length < MIN_CONTINUATION) throw badInput('continuation record has no description', place);
    const code = get(line, 'code');
    const expected = id === '4' ? 'code' : 'modifier';
    if (!current || current.code !== code || current.kind !== expected)
      throw badInput(`continuation of ${code} does not follow its first line`, place);
    const more = get(line, 'longDescription');
    if (more !== '') current.longDescription = `${current.longDescription} ${more}`;
  }
  if (current) yield current;
}

/**
 * Checks a CMS record layout (the "CMS RIF REPORT" text) against the positions this reader
 * uses, so a layout change is refused by name instead of read into the wrong fields.
 */
export function checkRecordLayout(text: string, where: string): void {
  const expect: Record<string, readonly [number, number]> = {
    'Healthcare Common Procedure Coding System Code': HCPCS_LAYOUT.code,
    'HCPCS Sequence Number': HCPCS_LAYOUT.seq,
    'HCPCS Record Identification Code': HCPCS_LAYOUT.recordId,
    'HCPCS Long Description': HCPCS_LAYOUT.longDescription,
    'HCPCS Short Description': HCPCS_LAYOUT.shortDescription,
    'HCPCS Pricing Indicator Code': HCPCS_LAYOUT.pricing,
    'HCPCS Coverage Code': HCPCS_LAYOUT.coverage,
    'HCPCS Berenson-Eggers Type Of Service Code': HCPCS_LAYOUT.betos,
    'HCPCS Code Added Date': HCPCS_LAYOUT.addDate,
    'HCPCS Action Effective Date': HCPCS_LAYOUT.actionDate,
    'HCPCS Termination Date': HCPCS_LAYOUT.termDate,
    'HCPCS Action Code': HCPCS_LAYOUT.actionCode,
  };
  const found = new Map<string, { at: [number, number]; line: number }>();
  let pending: string | undefined;
  for (const { line, no } of numberedLines(text)) {
    const name = /^\s*\d+\.\s+(.+?)\s*$/.exec(line);
    if (name) {
      pending = name[1];
      continue;
    }
    const pos = /^\s+(\d+)\s+(\d+)\s+(\d+)\s+(?:CHAR|NUM)\s*$/.exec(line);
    if (pending !== undefined && pos) {
      found.set(pending, { at: [Number(pos[2]), Number(pos[3])], line: no });
      pending = undefined;
    }
  }
  for (const [name, [b, e]] of Object.entries(expect)) {
    const f = found.get(name);
    if (!f) throw badInput(`the record layout has no field "${name}"`, { file: where });
    if (f.at[0] !== b || f.at[1] !== e)
      throw badInput(`field "${name}" is at ${f.at[0]}-${f.at[1]}, this loader reads ${b}-${e}`, {
        file: where,
        line: f.line,
      });
  }
}
