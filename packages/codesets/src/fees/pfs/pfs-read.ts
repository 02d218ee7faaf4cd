/**
 * @module fees/pfs/pfs-read
 * Reading the physician fee schedule: `pfsRvu(store, code, modifier, on)` gives a code's RVUs
 * and payment policy indicators (record layout: RVU25D documentation), `gpci` a locality's
 * geographic practice cost indices, `anesthesiaCf` a locality's anesthesia conversion factor,
 * `oppsCap` the OPPS-based cap on an imaging technical component. The payment formula
 * (same documentation): non-facility amount = [(work RVU × work GPCI) + (non-facility PE RVU ×
 * PE GPCI) + (MP RVU × MP GPCI)] × CF; facility amount uses the facility PE RVU. Only status
 * codes A, R and T are paid on these RVUs.
 */
import type { Cents, HcpcsCode } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../../edits/evidence.ts';
import { openRelease, prepared, readMeta } from '../../edits/read/release-db.ts';
import { column, RVU_COLUMNS, RVU_FIELDS, type RvuField } from './pprrvu-columns.ts';

export const PFS_DATASET = 'pfs-rvu';

export interface PfsRvu {
  code: HcpcsCode;
  /** "" for the global service; 26 professional, TC technical, 53 discontinued (the rows CMS prices). */
  modifier: string;
  /** A active, R restricted, T injections ... (Attachment A); only A, R, T are paid on RVUs. */
  status: string;
  paidOnRvus: boolean;
  work: number;
  peNonFacility: number;
  peFacility: number;
  mp: number;
  /** "NA": PE RVUs not set for that setting (rarely or never performed there). */
  nonFacilityNa: boolean;
  facilityNa: boolean;
  totalNonFacility: number;
  totalFacility: number;
  /** PC/TC indicator 0-9. */
  pctc: string;
  /** 000, 010, 090, MMM, XXX, YYY, ZZZ. */
  globalDays: string;
  preOp: number;
  intraOp: number;
  postOp: number;
  /** Multiple procedure indicator (modifier 51) 0-9. */
  multipleProcedure: string;
  /** Bilateral surgery indicator (modifier 50) 0-3, 9. */
  bilateral: string;
  /** Assistant at surgery indicator 0-2, 9. */
  assistant: string;
  /** Co-surgeons indicator (modifier 62) 0-2, 9. */
  coSurgeons: string;
  /** Team surgery indicator (modifier 66) 0-2, 9. */
  team: string;
  endoBase?: string;
  /** Dollars per RVU, as the file states it (a rate, not money: round the product to cents). */
  conversionFactor: number;
  supervision: string;
  imagingFamily: string;
  opps: { peNonFacility: number; peFacility: number; mp: number };
  evidence: TableEvidence;
}

type RvuRow = Record<string, string | number | null> & { line: number };

/** The PFS row of `code` with `modifier` ("" or omitted: the global row) on `on`. */
export function pfsRvu(
  store: CodeSetStore,
  code: HcpcsCode,
  modifier: string | undefined,
  on: string,
): PfsRvu | undefined {
  const open = openRelease(store, PFS_DATASET, on);
  if (!open) return undefined;
  const r = prepared(open.db, 'SELECT * FROM pfs_rvu WHERE hcpcs = ? AND modifier = ?').get(
    code,
    modifier ?? '',
  ) as RvuRow | undefined;
  if (!r) return undefined;
  const v = (f: RvuField): string | number | null => r[column(f)] ?? null;
  const s = (f: RvuField): string => String(v(f) ?? '');
  const n = (f: RvuField): number => Number(v(f) ?? 0);
  // Evidence in the file's own column names.
  const captions = Object.fromEntries(Object.entries(RVU_COLUMNS).map(([caption, f]) => [f, caption]));
  const row: Record<string, string | number | null> = {};
  for (const f of RVU_FIELDS) if (v(f) !== null) row[captions[f] ?? f] = v(f);
  const status = s('status');
  const out: PfsRvu = {
    code,
    modifier: s('modifier'),
    status,
    paidOnRvus: status === 'A' || status === 'R' || status === 'T',
    work: n('work'),
    peNonFacility: n('peNonFacility'),
    peFacility: n('peFacility'),
    mp: n('mp'),
    nonFacilityNa: s('nonFacilityNa') === 'NA',
    facilityNa: s('facilityNa') === 'NA',
    totalNonFacility: n('totalNonFacility'),
    totalFacility: n('totalFacility'),
    pctc: s('pctc'),
    globalDays: s('globalDays'),
    preOp: n('preOp'),
    intraOp: n('intraOp'),
    postOp: n('postOp'),
    multipleProcedure: s('multipleProcedure'),
    bilateral: s('bilateral'),
    assistant: s('assistant'),
    coSurgeons: s('coSurgeons'),
    team: s('team'),
    conversionFactor: n('conversionFactor'),
    supervision: s('supervision'),
    imagingFamily: s('imagingFamily'),
    opps: { peNonFacility: n('oppsPeNonFacility'), peFacility: n('oppsPeFacility'), mp: n('oppsMp') },
    evidence: tableEvidence(open, row, { file: readMeta(open.db, 'file'), line: r.line }),
  };
  if (s('endoBase') !== '') out.endoBase = s('endoBase');
  return out;
}

export interface Gpci {
  mac: string;
  locality: string;
  state: string;
  name: string;
  work: number;
  pe: number;
  mp: number;
  evidence: TableEvidence;
}

/** The GPCIs of a MAC locality ("01112", "05"), from the newest release on `on` that has a GPCI file. */
export function gpci(store: CodeSetStore, mac: string, locality: string, on: string): Gpci | undefined {
  for (const open of releasesWith(store, on, 'gpciFile')) {
    const r = prepared(open.db, 'SELECT * FROM gpci WHERE mac = ? AND locality = ?').get(
      mac.padStart(5, '0'),
      locality.padStart(2, '0'),
    ) as
      | {
          mac: string;
          locality: string;
          state: string;
          name: string;
          work: number;
          pe: number;
          mp: number;
          line: number;
        }
      | undefined;
    if (!r) return undefined;
    return {
      mac: r.mac,
      locality: r.locality,
      state: r.state,
      name: r.name,
      work: r.work,
      pe: r.pe,
      mp: r.mp,
      evidence: tableEvidence(
        open,
        {
          'Medicare Administrative Contractor (MAC)': r.mac,
          State: r.state,
          'Locality Number': r.locality,
          'Locality Name': r.name,
          'PW GPCI': r.work,
          'PE GPCI': r.pe,
          'MP GPCI': r.mp,
        },
        { file: readMeta(open.db, 'gpciFile'), line: r.line },
      ),
    };
  }
  return undefined;
}

/** A locality's anesthesia conversion factor (dollars per anesthesia unit). */
export function anesthesiaCf(
  store: CodeSetStore,
  mac: string,
  locality: string,
  on: string,
): { cf: number; name: string; evidence: TableEvidence } | undefined {
  for (const open of releasesWith(store, on, 'anesthesiaFile')) {
    const r = prepared(open.db, 'SELECT * FROM anesthesia_cf WHERE mac = ? AND locality = ?').get(
      mac.padStart(5, '0'),
      locality.padStart(2, '0'),
    ) as { mac: string; locality: string; name: string; cf: number; line: number } | undefined;
    if (!r) return undefined;
    return {
      cf: r.cf,
      name: r.name,
      evidence: tableEvidence(
        open,
        { Contractor: r.mac, Locality: r.locality, 'Locality Name': r.name, 'Anes CF': r.cf },
        { file: readMeta(open.db, 'anesthesiaFile'), line: r.line },
      ),
    };
  }
  return undefined;
}

/** The OPPS-based payment cap of an imaging service in a locality, in cents. */
export function oppsCap(
  store: CodeSetStore,
  code: HcpcsCode,
  modifier: string | undefined,
  mac: string,
  locality: string,
  on: string,
): { facility: Cents; nonFacility: Cents; evidence: TableEvidence } | undefined {
  for (const open of releasesWith(store, on, 'oppsCapFile')) {
    const r = prepared(
      open.db,
      'SELECT * FROM opps_cap WHERE hcpcs = ? AND modifier = ? AND mac = ? AND locality = ?',
    ).get(code, modifier ?? '', mac.padStart(5, '0'), locality.padStart(2, '0')) as
      | {
          hcpcs: string;
          modifier: string;
          status: string;
          mac: string;
          locality: string;
          facility_cents: number;
          nonfacility_cents: number;
          line: number;
        }
      | undefined;
    if (!r) return undefined;
    const dollars = (c: number) => (c / 100).toFixed(2);
    return {
      facility: r.facility_cents as Cents,
      nonFacility: r.nonfacility_cents as Cents,
      evidence: tableEvidence(
        open,
        {
          HCPCS: r.hcpcs,
          MOD: r.modifier,
          PROCSTAT: r.status,
          CARRIER: r.mac,
          LOCALITY: r.locality,
          'FACILITY PRICE': dollars(r.facility_cents),
          'NON-FACILTY PRICE': dollars(r.nonfacility_cents),
        },
        { file: readMeta(open.db, 'oppsCapFile'), line: r.line },
      ),
    };
  }
  return undefined;
}

/**
 * The release in force on `on` when it has the companion file, else the newest earlier release
 * that has one (RVU26C came without a GPCI file: RVU25D's GPCIs are the newest on hand), marked
 * `covers: false` in the evidence.
 */
function* releasesWith(store: CodeSetStore, on: string, metaKey: string) {
  const inForce = openRelease(store, PFS_DATASET, on);
  if (!inForce) return;
  if (readMeta(inForce.db, metaKey) !== undefined) {
    yield inForce;
    return;
  }
  const older = store
    .releasesOf(PFS_DATASET)
    .filter((r) => r.effectiveFrom <= inForce.release.effectiveFrom && r.id !== inForce.release.id)
    .reverse();
  for (const release of older) {
    const db = store.db(release.id);
    if (readMeta(db, metaKey) !== undefined) {
      yield { release, db, covers: false };
      return;
    }
  }
}
