/**
 * @module fees/pfs/companion-files
 * The other files of a PFS relative value release (RVU25D documentation, "Data Set Name"):
 * GPCI (Addendum E: work, PE and MP geographic practice cost indices per MAC and locality),
 * the locality-to-county crosswalk (LOCCO), the anesthesia conversion factors per locality
 * (ANES) and the OPPS payment caps for imaging technical components (OPPSCAP). Each opens with
 * a title or goes straight to its header; GPCI and LOCCO end with footnotes. MAC numbers are
 * five digits and localities two ("3602" / "0" in LOCCO are MAC 03602, locality 00).
 */
import type Database from 'better-sqlite3';
import { parseCents, parseHcpcs } from '@medcode/domain';
import { blankRecord, csvRecords, squash } from '../../edits/read/csv-rows.ts';
import { badRecord } from '../../edits/read/problems.ts';

export const COMPANION_SCHEMA = `
CREATE TABLE gpci (
  mac TEXT NOT NULL, locality TEXT NOT NULL, state TEXT NOT NULL, name TEXT NOT NULL,
  work REAL NOT NULL, pe REAL NOT NULL, mp REAL NOT NULL, line INTEGER NOT NULL,
  PRIMARY KEY (mac, locality)
) WITHOUT ROWID;
CREATE TABLE locality_county (
  mac TEXT NOT NULL, locality TEXT NOT NULL, state TEXT NOT NULL, area TEXT NOT NULL,
  counties TEXT NOT NULL, line INTEGER NOT NULL
);
CREATE INDEX locality_county_by_locality ON locality_county (mac, locality);
CREATE TABLE anesthesia_cf (
  mac TEXT NOT NULL, locality TEXT NOT NULL, name TEXT NOT NULL, cf REAL NOT NULL, line INTEGER NOT NULL,
  PRIMARY KEY (mac, locality)
) WITHOUT ROWID;
CREATE TABLE opps_cap (
  hcpcs TEXT NOT NULL, modifier TEXT NOT NULL, status TEXT NOT NULL, mac TEXT NOT NULL, locality TEXT NOT NULL,
  facility_cents INTEGER NOT NULL, nonfacility_cents INTEGER NOT NULL, line INTEGER NOT NULL,
  PRIMARY KEY (hcpcs, modifier, mac, locality)
) WITHOUT ROWID;`;

type Where = { file: string; line: number };

function mac(raw: string, where: Where): string {
  const s = raw.trim();
  if (!/^\d{4,5}$/.test(s)) throw badRecord({ ...where, field: 'MAC' }, `not a MAC number: "${raw}"`);
  return s.padStart(5, '0');
}

function locality(raw: string, where: Where): string {
  const s = raw.trim();
  if (!/^\d{1,2}$/.test(s))
    throw badRecord({ ...where, field: 'Locality' }, `not a locality number: "${raw}"`);
  return s.padStart(2, '0');
}

function decimal(raw: string, where: Where, field: string): number {
  const s = raw.trim();
  if (!/^\d*\.?\d+$/.test(s)) throw badRecord({ ...where, field }, `not a number: "${raw}"`);
  return Number(s);
}

/** True for a footnote: text in the first cell only. */
const footnote = (cells: string[]): boolean => cells.slice(1).every((c) => c.trim() === '');

/**
 * Reads records after the header row `isHeader` finds; calls `row` for data records (blank
 * records and first-cell-only footnotes skipped). Returns the header and the data row count.
 */
async function table(
  path: string,
  isHeader: (names: string[]) => boolean,
  row: (cells: string[], where: Where) => void,
): Promise<{ header: string[]; rows: number }> {
  let header: string[] | undefined;
  let rows = 0;
  for await (const { cells, line } of csvRecords(path)) {
    if (!header) {
      const names = cells.map((c) => squash(c).toUpperCase());
      if (isHeader(names)) header = names;
      continue;
    }
    if (blankRecord(cells) || (footnote(cells) && !/^\d/.test(cells[0]!.trim()))) continue;
    row(cells, { file: path, line });
    rows++;
  }
  if (!header) throw badRecord({ file: path }, 'no header row found');
  return { header, rows };
}

export async function loadGpci(db: Database.Database, path: string): Promise<number> {
  const put = db.prepare(
    'INSERT INTO gpci (mac, locality, state, name, work, pe, mp, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const { rows } = await table(
    path,
    (h) => h.some((n) => n.startsWith('LOCALITY NUMBER')) && h.some((n) => n.includes('PW GPCI')),
    (c, w) => {
      put.run(
        mac(c[0] ?? '', w),
        locality(c[2] ?? '', w),
        (c[1] ?? '').trim(),
        (c[3] ?? '').trim(),
        decimal(c[4] ?? '', w, 'PW GPCI'),
        decimal(c[5] ?? '', w, 'PE GPCI'),
        decimal(c[6] ?? '', w, 'MP GPCI'),
        w.line,
      );
    },
  );
  return rows;
}

export async function loadLocalityCounties(db: Database.Database, path: string): Promise<number> {
  const put = db.prepare(
    'INSERT INTO locality_county (mac, locality, state, area, counties, line) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let state = '';
  const { rows } = await table(
    path,
    (h) => h[1]?.startsWith('LOCALITY NUMBER') === true && h.includes('COUNTIES'),
    (c, w) => {
      // The state is written on its first locality only.
      if ((c[2] ?? '').trim() !== '') state = (c[2] ?? '').trim();
      put.run(
        mac(c[0] ?? '', w),
        locality(c[1] ?? '', w),
        state,
        (c[3] ?? '').trim(),
        (c[4] ?? '').trim(),
        w.line,
      );
    },
  );
  return rows;
}

export async function loadAnesthesia(
  db: Database.Database,
  path: string,
): Promise<{ rows: number; national?: number }> {
  const put = db.prepare('INSERT INTO anesthesia_cf (mac, locality, name, cf, line) VALUES (?, ?, ?, ?, ?)');
  const { header, rows } = await table(
    path,
    (h) => h[0] === 'CONTRACTOR' && h[1] === 'LOCALITY',
    (c, w) => {
      put.run(
        mac(c[0] ?? '', w),
        locality(c[1] ?? '', w),
        (c[2] ?? '').trim(),
        decimal(c[3] ?? '', w, 'Anes CF'),
        w.line,
      );
    },
  );
  // "National Anes CF of 20.3178": the national anesthesia conversion factor is in the header.
  const national = /(\d+\.\d+)/.exec(header[3] ?? '');
  return national ? { rows, national: Number(national[1]) } : { rows };
}

export async function loadOppsCap(db: Database.Database, path: string): Promise<number> {
  const put = db.prepare(
    `INSERT INTO opps_cap (hcpcs, modifier, status, mac, locality, facility_cents, nonfacility_cents, line)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const { rows } = await table(
    path,
    (h) => h[0] === 'HCPCS' && h.includes('PROCSTAT'),
    (c, w) => {
      const code = parseHcpcs(c[0] ?? '');
      if (!code.ok) throw badRecord({ ...w, field: 'HCPCS' }, code.error);
      const fac = parseCents(c[5] ?? '');
      if (!fac.ok) throw badRecord({ ...w, field: 'FACILITY PRICE' }, fac.error);
      const non = parseCents(c[6] ?? '');
      if (!non.ok) throw badRecord({ ...w, field: 'NON-FACILITY PRICE' }, non.error);
      put.run(
        code.value,
        (c[1] ?? '').trim(),
        (c[2] ?? '').trim(),
        mac(c[3] ?? '', w),
        locality(c[4] ?? '', w),
        fac.value,
        non.value,
        w.line,
      );
    },
  );
  return rows;
}
