/**
 * @module tables-store
 * `ScrubTables` over the installed code sets, through the read APIs of @medcode/codesets.
 * Hot tables are held in memory once per process and release: the PTP pairs as the packed
 * typed arrays of `ptpIndex` (1.5 million pairs in a few megabytes), the MCE lists as sets.
 * Every other answer is memoised on first use in one record per code and set of releases
 * (answers whose rows carry their own dates, per code and date), so a batch of claims asks
 * SQLite once per distinct code. The store is only read.
 */
import {
  AOC_DATASET,
  addOnCodes,
  addOnEdits,
  type CodeSetStore,
  type CodeNotes,
  codeNotes,
  codesOn,
  CPT_CUSTOMER_DATASET,
  CPT_PRESENCE_SOURCES,
  cptFirstSource,
  hcpcsLevel2,
  hcpcsModifier,
  icd10cmLookup,
  MCE_DATASET,
  type MceListId,
  mceEditsFor,
  mceListCodes,
  MUE_DATASETS,
  mue as mueRead,
  type MueKind,
  NCD_DATASET,
  ncdCodes,
  ncdFor,
  ncdResolution,
  type PtpHit,
  type PtpIndex,
  placeOfService,
  ptpIndex,
  ptpPair,
  ptpTables,
} from '@medcode/codesets';
import {
  fiscalYear,
  type HcpcsCode,
  type Icd10CmCode,
  type IsoDate,
  type Modifier,
  type PosCode,
  type Sex,
} from '@medcode/domain';
import type {
  AocEdit,
  HcpcsStatus,
  Icd10CmNotes,
  Icd10CmStatus,
  LabNcd,
  MceAgeCategory,
  MueEdit,
  MueSetting,
  NcdResolution,
  PtpEdit,
  PtpSetting,
  ScrubTables,
  SeventhCharacter,
  TableRef,
  TabularNote,
} from './tables.ts';

/**
 * Most answers are "no such row" (a code without an MUE, not an add-on code): they are held as
 * NONE, so a hit is one map lookup rather than a `get` and a `has`.
 */
const NONE: unique symbol = Symbol('none');

function cached<T>(m: Map<string, T | typeof NONE>, key: string, make: () => T): T {
  const hit = m.get(key);
  if (hit !== undefined) return hit === NONE ? (undefined as T) : hit;
  const v = make();
  m.set(key, v === undefined ? NONE : v);
  return v;
}

type Memo<T> = (outer: string, inner: string, make: () => T) => T;

/**
 * Memoise by two string keys in nested maps, without concatenating keys on the hot path. The
 * outer key is the release that answers whenever the answer does not depend on the exact date
 * within it (ICD-10-CM, tabular notes, HCPCS, MUE): one entry per code and release keeps the
 * maps small enough to stay in cache, where an entry per code and date of service would not
 * (measured: ~800 ns a lookup in a million-entry map, against ~100 ns).
 */
function memo<T>(): Memo<T> {
  const outerMap = new Map<string, Map<string, T | typeof NONE>>();
  let lastOuter: string | undefined;
  let lastMap: Map<string, T | typeof NONE> | undefined;
  // The answer asked for last: a code's facts are asked one after another.
  let lastInner: string | undefined;
  let lastValue: T | undefined;
  return (outer, inner, make) => {
    if (outer === lastOuter && inner === lastInner) return lastValue as T;
    let m = outer === lastOuter ? lastMap : outerMap.get(outer);
    if (m === undefined) {
      m = new Map();
      outerMap.set(outer, m);
    }
    const value = cached(m, inner, make);
    // Set after `make`, which may have asked this memo about other keys.
    lastOuter = outer;
    lastMap = m;
    lastInner = inner;
    lastValue = value;
    return value;
  };
}

const undot = (s: string): string => s.replace(/\./g, '');

/** CCYYMMDD or YYYY-MM-DD to YYYY-MM-DD. */
const isoDay = (d: string | undefined): IsoDate | undefined =>
  d === undefined || d === ''
    ? undefined
    : ((/^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : d) as IsoDate);

/** A note's ranges as code-list patterns: {from: N181, to: N186~} → "N181-N186". */
function rangePattern(r: { from: string; to: string }): string {
  const open = r.to.endsWith('~');
  const to = open ? r.to.slice(0, -1) : r.to;
  if (to === r.from) return r.from;
  return `${r.from}-${to}`;
}

const MUE_KIND: Record<MueSetting, MueKind> = {
  practitioner: 'practitioner',
  outpatientHospital: 'outpatient-hospital',
  dme: 'dme',
};

const AGE_LISTS: [MceListId, MceAgeCategory][] = [
  ['age-perinatal', 'perinatal'],
  ['age-pediatric', 'pediatric'],
  ['age-maternity', 'maternity'],
  ['age-adult', 'adult'],
];

/**
 * What one date of service needs, worked out once: the records of the codes under the releases
 * in force that day (shared by every day under the same releases), and the memo of answers whose
 * rows carry their own dates (add-on edits, lab NCDs).
 */
interface Day {
  on: string;
  /** Diagnosis records under the ICD-10-CM codes, tabular and MCE releases of the day. */
  dxRecords: Map<string, DxRecord>;
  /** Procedure records under the HCPCS, CPT presence, MUE, AOC and NCD releases of the day. */
  procRecords: Map<string, ProcRecord>;
  aoc: Map<string, AocEdit | typeof NONE>;
  ncds: Map<string, readonly LabNcd[]>;
  ncdDx: Map<string, NcdResolution | typeof NONE>;
  /** The PTP index per setting and the MCE sets, found once per date. */
  ptp: Partial<Record<PtpSetting, PtpIndex>>;
  mce?: MceSets | undefined;
  mceDone?: boolean;
}

/** The 7th-character definition a code's notes carry (sevenChrDef of a level above). */
function seventhOf(n: CodeNotes): SeventhCharacter | undefined {
  const defs = n.notes.filter((x) => x.kind === 'sevenChrDef' && x.char !== undefined);
  if (defs.length === 0) return undefined;
  const chars: Record<string, string> = {};
  for (const d of defs) chars[d.char!] = d.text;
  return {
    at: defs[0]!.from.id,
    chars,
    ref: { table: 'icd10cm-tabular', release: `FY${n.notesFrom}`, covers: false },
  };
}

interface MceSets {
  ref: TableRef;
  manifestation: Set<string>;
  unacceptable: Set<string>;
  age: Map<string, MceAgeCategory>;
}

type Tabular = { notes: Icd10CmNotes | undefined; seventh: SeventhCharacter | undefined };

/**
 * Everything the tables say about one diagnosis code under one set of releases, filled as the
 * edits ask. One record per code keeps a claim's questions about a code on one map entry (and
 * one cache line): the status, notes, 7th character and MCE lists of a code are asked in a row.
 */
interface DxRecord {
  status: Icd10CmStatus | undefined;
  tabular: Tabular | undefined;
  mce: { age: MceAgeCategory | undefined; manifestation: boolean; unacceptable: 0 | 1 | 2 } | undefined;
}

/**
 * The same for a procedure code: HCPCS status, CPT presence, MUE by setting, and whether the
 * add-on code edits and the lab NCDs list it at all (most codes are in neither: their dated
 * reads are skipped).
 */
interface ProcRecord {
  hcpcs: HcpcsStatus | undefined;
  cpt: TableRef | undefined | typeof NONE;
  mue: Record<MueSetting, MueEdit | undefined | typeof NONE>;
  aocListed: boolean | undefined;
  ncdListed: boolean | undefined;
}

const newDx = (): DxRecord => ({ status: undefined, tabular: undefined, mce: undefined });
const newProc = (): ProcRecord => ({
  hcpcs: undefined,
  cpt: undefined,
  mue: { practitioner: undefined, outpatientHospital: undefined, dme: undefined },
  aocListed: undefined,
  ncdListed: undefined,
});

/** A PTP edit as the edits read it, from a hit of the in-memory index. */
function ptpEdit(hit: PtpHit): PtpEdit {
  const iso = (v: unknown) =>
    typeof v === 'string' && /^\d{8}$/.test(v)
      ? (`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` as IsoDate)
      : undefined;
  const effective = iso(hit.evidence.row['Effective Date']);
  const deleted = iso(hit.evidence.row['Deletion Date']);
  return {
    column1: hit.column1,
    column2: hit.column2,
    indicator: hit.modifierIndicator,
    ...(effective ? { effective } : {}),
    ...(deleted ? { deleted } : {}),
    ref: {
      table: hit.evidence.table,
      release: hit.evidence.version,
      covers: hit.evidence.covers,
      ...(hit.evidence.label !== undefined ? { label: hit.evidence.label } : {}),
    },
  };
}

/**
 * A code's record in the map of its releases, made on first use; the one asked for last is kept
 * at hand (a code's facts are asked one after another).
 */
class Records<R> {
  readonly #make: () => R;
  #map: Map<string, R> | undefined;
  #code = '';
  #record: R | undefined;

  constructor(make: () => R) {
    this.#make = make;
  }

  get(map: Map<string, R>, code: string): R {
    if (map === this.#map && code === this.#code) return this.#record!;
    let record = map.get(code);
    if (record === undefined) {
      record = this.#make();
      map.set(code, record);
    }
    this.#map = map;
    this.#code = code;
    this.#record = record;
    return record;
  }
}

/** The map of records under one set of releases, made on first use. */
function recordsOf<R>(maps: Map<string, Map<string, R>>, key: string): Map<string, R> {
  let m = maps.get(key);
  if (m === undefined) {
    m = new Map();
    maps.set(key, m);
  }
  return m;
}

export interface StoreTablesOptions {
  /**
   * Benchmark baseline only: no memo, no in-memory PTP index, no MCE sets; every lookup is a
   * SQLite query through the read API ("naive SQLite per lookup").
   */
  naive?: boolean;
}

export class StoreTables implements ScrubTables {
  readonly store: CodeSetStore;
  readonly naive: boolean;
  readonly #modifier: Memo<{ description: string; ref: TableRef } | undefined>;
  readonly #pos: Memo<{ name: string; ref: TableRef } | undefined>;
  readonly #mce = memo<MceSets | undefined>();
  readonly #ptp = memo<PtpIndex>();
  readonly #ptpKey = memo<string>();
  /** The edits found so far, by the index that holds them and their row. */
  readonly #ptpEdits = new WeakMap<PtpIndex, Map<number, PtpEdit>>();

  constructor(store: CodeSetStore, options: StoreTablesOptions = {}) {
    this.store = store;
    this.naive = options.naive ?? false;
    const m = <T>(): Memo<T> => (this.naive ? (_o, _i, make) => make() : memo<T>());
    this.#modifier = m();
    this.#pos = m();
  }

  readonly #dx = new Records(newDx);
  readonly #proc = new Records(newProc);

  #dxRecord(code: string, on: string): DxRecord {
    return this.naive ? newDx() : this.#dx.get(this.#day(on).dxRecords, code);
  }

  #procRecord(code: string, on: string): ProcRecord {
    return this.naive ? newProc() : this.#proc.get(this.#day(on).procRecords, code);
  }

  /** Records by the joined ids of the releases they answer from (days under the same releases share them). */
  readonly #dxMaps = new Map<string, Map<string, DxRecord>>();
  readonly #procMaps = new Map<string, Map<string, ProcRecord>>();

  readonly #choice = memo<ReturnType<CodeSetStore['releaseOn']>>();

  /** The release in force (`releaseOn` filters and sorts every release: asked once per date). */
  #releaseOn(dataset: string, on: string): ReturnType<CodeSetStore['releaseOn']> {
    return this.#choice(dataset, on, () => this.store.releaseOn(dataset, on));
  }

  readonly #days = new Map<string, Day>();
  #lastDay: Day | undefined;

  #day(on: string): Day {
    const last = this.#lastDay;
    if (last !== undefined && last.on === on) return last;
    let d = this.#days.get(on);
    if (d === undefined) {
      const c = this.store.releaseOn('icd10cm-codes', on);
      const id = (ds: string) => this.store.releaseOn(ds, on)?.release.id ?? '-';
      // The order file of the fiscal year answers (before FY2025, the history, by fiscal year).
      const icd = c?.covers ? c.release.id : `FY${fiscalYear(on as IsoDate)}`;
      const dxKey = [icd, id('icd10cm-tabular'), id(MCE_DATASET)].join('|');
      const procKey = [
        'hcpcs',
        CPT_CUSTOMER_DATASET,
        ...CPT_PRESENCE_SOURCES.map((src) => src.dataset),
        ...Object.values(MUE_DATASETS),
        AOC_DATASET,
        NCD_DATASET,
      ]
        .map(id)
        .join('|');
      d = {
        on,
        dxRecords: recordsOf(this.#dxMaps, dxKey),
        procRecords: recordsOf(this.#procMaps, procKey),
        aoc: new Map(),
        ncds: new Map(),
        ncdDx: new Map(),
        ptp: {},
      };
      this.#days.set(on, d);
    }
    this.#lastDay = d;
    return d;
  }

  /** Memoised per day unless naive. */
  #perDay<T>(m: Map<string, T | typeof NONE>, key: string, make: () => T): T {
    return this.naive ? make() : cached(m, key, make);
  }

  #ref(dataset: string, on: string): TableRef | undefined {
    const c = this.#releaseOn(dataset, on);
    if (!c) return undefined;
    return {
      table: dataset,
      release: c.release.version,
      covers: c.covers,
      ...(c.release.label !== undefined ? { label: c.release.label } : {}),
    };
  }

  icd10cm(code: Icd10CmCode, on: IsoDate): Icd10CmStatus {
    const r = this.#dxRecord(code, on);
    if (r.status === undefined) r.status = this.#icd10cmStatus(code, on);
    return r.status;
  }

  #icd10cmStatus(code: Icd10CmCode, on: IsoDate): Icd10CmStatus {
    const answer = codesOn(this.store, on);
    const ref: TableRef = answer
      ? { table: 'icd10cm-codes', release: answer.release.version, covers: answer.release.covers }
      : { table: 'icd10cm-codes', release: 'not installed', covers: false };
    const row = answer?.code(code);
    if (row?.billable) return { state: 'billable', ref, description: row.long };
    // Headers and invalid codes are rare: ask the full lookup for spans and successors.
    const d = icd10cmLookup.show(this.store, code, on);
    const replacedBy = d?.replacedBy?.map((r) => undot(r.code));
    return {
      state: row ? 'header' : 'invalid',
      ref,
      ...(row ? { description: row.long } : d?.description ? { description: d.description } : {}),
      ...(!row && d?.validTo !== undefined && d.validTo < on ? { validTo: d.validTo as IsoDate } : {}),
      ...(!row && d?.validFrom !== undefined && d.validFrom > on
        ? { validFrom: d.validFrom as IsoDate }
        : {}),
      ...(replacedBy && replacedBy.length > 0 ? { replacedBy } : {}),
    };
  }

  /** Notes are shared by every code under the level they stand at: one object per note. */
  readonly #interned = new Map<string, TabularNote>();

  #intern(
    at: string,
    kind: string,
    text: string,
    ranges: readonly { from: string; to: string }[],
  ): TabularNote {
    const key = `${kind}|${at}|${text}`;
    let n = this.#interned.get(key);
    if (!n) {
      n = { text, refs: ranges.map(rangePattern), at };
      this.#interned.set(key, n);
    }
    return n;
  }

  /** Note lists are shared too: the codes of a subcategory mostly inherit the same notes. */
  readonly #lists = new Map<string, readonly TabularNote[]>();
  readonly #listIds = new WeakMap<TabularNote, number>();
  #nextNoteId = 0;

  #internList(notes: TabularNote[]): readonly TabularNote[] {
    const key = notes.map((n) => this.#noteId(n)).join(',');
    const hit = this.#lists.get(key);
    if (hit !== undefined) return hit;
    this.#lists.set(key, notes);
    return notes;
  }

  #noteId(n: TabularNote): number {
    let id = this.#listIds.get(n);
    if (id === undefined) {
      id = this.#nextNoteId++;
      this.#listIds.set(n, id);
    }
    return id;
  }

  /** Notes and 7th characters of a code, read together (one tabular read per code and release). */
  #tabular(on: IsoDate, code: string): Tabular {
    const r = this.#dxRecord(code, on);
    if (r.tabular === undefined) r.tabular = this.#tabularRead(on, code);
    return r.tabular;
  }

  #tabularRead(on: IsoDate, code: string): Tabular {
    const n = codeNotes(this.store, code, on);
    if (!n) return { notes: undefined, seventh: undefined };
    const ref: TableRef = {
      table: 'icd10cm-tabular',
      release: `FY${n.notesFrom}`,
      covers: false,
      ...(n.inTabular ? {} : { label: `${n.code} is not in the FY${n.notesFrom} tabular list` }),
    };
    const out: Record<'excludes1' | 'codeFirst' | 'useAdditional' | 'codeAlso', TabularNote[]> = {
      excludes1: [],
      codeFirst: [],
      useAdditional: [],
      codeAlso: [],
    };
    for (const note of n.notes) {
      const kind =
        note.kind === 'useAdditionalCode'
          ? 'useAdditional'
          : note.kind === 'excludes1' || note.kind === 'codeFirst' || note.kind === 'codeAlso'
            ? note.kind
            : undefined;
      if (kind) out[kind].push(this.#intern(note.from.id, kind, note.text, note.ranges));
    }
    const notes: Icd10CmNotes = {
      excludes1: this.#internList(out.excludes1),
      codeFirst: this.#internList(out.codeFirst),
      useAdditional: this.#internList(out.useAdditional),
      codeAlso: this.#internList(out.codeAlso),
      ref,
    };
    return { notes, seventh: n.inTabular ? seventhOf(n) : this.#seventhOfStem(on, code) };
  }

  /** A malformed code (S0081A) is not in the tabular list: its longest stem that is answers. */
  #seventhOfStem(on: IsoDate, code: string): SeventhCharacter | undefined {
    for (let n = Math.min(code.length, 7) - 1; n >= 3; n--) {
      const t = this.#tabular(on, code.slice(0, n));
      if (t.notes && !t.notes.ref.label) return t.seventh;
    }
    return undefined;
  }

  icd10cmNotes(code: Icd10CmCode, on: IsoDate): Icd10CmNotes | undefined {
    return this.#tabular(on, code).notes;
  }

  seventhCharacter(code: Icd10CmCode, on: IsoDate): SeventhCharacter | undefined {
    return this.#tabular(on, code).seventh;
  }

  #mceSets(on: IsoDate): MceSets | undefined {
    const d = this.#day(on);
    if (!d.mceDone) {
      d.mce = this.#mceSetsFor(on);
      d.mceDone = true;
    }
    return d.mce;
  }

  #mceSetsFor(on: IsoDate): MceSets | undefined {
    const c = this.#releaseOn(MCE_DATASET, on);
    if (!c) return undefined;
    return this.#mce(c.release.id, '', () => {
      const age = new Map<string, MceAgeCategory>();
      for (const [list, cat] of AGE_LISTS)
        for (const code of mceListCodes(this.store, list, on)) age.set(code, cat);
      return {
        ref: { table: MCE_DATASET, release: c.release.version, covers: c.covers },
        manifestation: new Set(mceListCodes(this.store, 'manifestation-pdx', on)),
        unacceptable: new Set([
          ...mceListCodes(this.store, 'unacceptable-pdx', on),
          ...mceListCodes(this.store, 'unacceptable-pdx-requires-secondary', on).map((x) => `*${x}`),
        ]),
        age,
      };
    });
  }

  /** The naive baseline: the MCE lists a code is on, one query per call. */
  #mceLists(code: string, on: IsoDate): { lists: Set<string>; ref: TableRef } | undefined {
    const a = mceEditsFor(this.store, code, on);
    if (!a) return undefined;
    return {
      lists: new Set(a.lists.map((l) => l.list)),
      ref: { table: MCE_DATASET, release: a.release.version, covers: a.covers },
    };
  }

  /**
   * What the MCE lists say of a code, from the sets, kept in the code's record (undefined when
   * no MCE release answers on the date; the sets' reference is then `#mceSets(on).ref`).
   */
  #mceOf(code: Icd10CmCode, on: IsoDate): NonNullable<DxRecord['mce']> | undefined {
    const sets = this.#mceSets(on);
    if (!sets) return undefined;
    const r = this.#dxRecord(code, on);
    if (r.mce === undefined)
      r.mce = {
        age: sets.age.get(code),
        manifestation: sets.manifestation.has(code),
        unacceptable: sets.unacceptable.has(code) ? 1 : sets.unacceptable.has(`*${code}`) ? 2 : 0,
      };
    return r.mce;
  }

  mceManifestation(code: Icd10CmCode, on: IsoDate): TableRef | undefined {
    if (this.naive) {
      const n = this.#mceLists(code, on);
      return n?.lists.has('manifestation-pdx') ? n.ref : undefined;
    }
    return this.#mceOf(code, on)?.manifestation ? this.#mceSets(on)!.ref : undefined;
  }

  mceUnacceptablePrincipal(
    code: Icd10CmCode,
    on: IsoDate,
  ): { ref: TableRef; unlessSecondary: boolean } | undefined {
    const unacceptable = this.#mceOf(code, on)?.unacceptable ?? 0;
    if (unacceptable === 0) return undefined;
    return { ref: this.#mceSets(on)!.ref, unlessSecondary: unacceptable === 2 };
  }

  mceAge(code: Icd10CmCode, on: IsoDate): { category: MceAgeCategory; ref: TableRef } | undefined {
    if (this.naive) {
      const n = this.#mceLists(code, on);
      const hit = AGE_LISTS.find(([list]) => n?.lists.has(list));
      return n && hit ? { category: hit[1], ref: n.ref } : undefined;
    }
    const category = this.#mceOf(code, on)?.age;
    return category ? { category, ref: this.#mceSets(on)!.ref } : undefined;
  }

  /** MCE v43.1 carries no sex lists (edit 5 deactivated as of 10/01/2024); none are installed. */
  mceSex(_code: Icd10CmCode, _on: IsoDate): { sex: Exclude<Sex, 'U'>; ref: TableRef } | undefined {
    return undefined;
  }

  hcpcs(code: HcpcsCode, on: IsoDate): HcpcsStatus {
    // The entry is the release's; whether it is active is a matter of its dates and the day.
    const r = this.#procRecord(code, on);
    if (r.hcpcs === undefined) r.hcpcs = this.#hcpcsEntry(code, on);
    const e = r.hcpcs;
    if (e.state === 'unknown') return e;
    const active =
      (e.addedOn === undefined || e.addedOn <= on) && (e.terminatedOn === undefined || on <= e.terminatedOn);
    return active ? e : { ...e, state: 'inactive' };
  }

  #hcpcsEntry(code: HcpcsCode, on: IsoDate): HcpcsStatus {
    const entry = hcpcsLevel2(this.store, code, on);
    const ref = this.#ref('hcpcs', on) ?? { table: 'hcpcs', release: 'not installed', covers: false };
    if (!entry) return { state: 'unknown', ref } as HcpcsStatus;
    const added = isoDay(entry.addDate);
    const term = isoDay(entry.termDate);
    return {
      state: 'active',
      ref: { table: 'hcpcs', release: entry.release.version, covers: entry.covers },
      description: entry.shortDescription,
      ...(added !== undefined ? { addedOn: added } : {}),
      ...(term !== undefined ? { terminatedOn: term } : {}),
    } as HcpcsStatus;
  }

  cptListed(code: HcpcsCode, on: IsoDate): TableRef | undefined {
    // Presence is asked once per code and set of releases: within a release, its rows' own
    // effective dates (a lab fee schedule row, an add-on edit) are taken as the release's.
    const r = this.#procRecord(code, on);
    if (r.cpt === undefined) {
      const first = cptFirstSource(this.store, code, on);
      r.cpt =
        first === undefined ? NONE : (this.#ref(first, on) ?? { table: first, release: '', covers: true });
    }
    return r.cpt === NONE ? undefined : r.cpt;
  }

  modifier(mod: Modifier, on: IsoDate): { description: string; ref: TableRef } | undefined {
    return this.#modifier(on, mod, () => {
      const e = hcpcsModifier(this.store, mod, on);
      return e
        ? {
            description: e.shortDescription,
            ref: { table: 'hcpcs-modifiers', release: e.release.version, covers: e.covers },
          }
        : undefined;
    });
  }

  hasModifierTable(on: IsoDate): boolean {
    return this.#releaseOn('hcpcs', on) !== undefined;
  }

  pos(code: PosCode, on: IsoDate): { name: string; ref: TableRef } | undefined {
    return this.#pos(on, code, () => {
      const p = placeOfService(this.store, code);
      const ref = this.#ref('pos', on);
      return p?.assigned && ref ? { name: p.name, ref } : undefined;
    });
  }

  #ptpIndex(on: IsoDate, setting: PtpSetting): PtpIndex {
    const d = this.#day(on);
    let index = d.ptp[setting];
    if (index === undefined) {
      index = this.#ptpIndexFor(on, setting);
      d.ptp[setting] = index;
    }
    return index;
  }

  #ptpIndexFor(on: IsoDate, setting: PtpSetting): PtpIndex {
    const opts = {
      setting: setting === 'hospital' ? ('outpatient-hospital' as const) : ('practitioner' as const),
    };
    // The tables in force on a date decide the index: one index per distinct set of releases.
    const key = this.#ptpKey(on, setting, () =>
      ptpTables(this.store, on, opts)
        .map((t) => t.release.id)
        .join(','),
    );
    return this.#ptp(setting, key, () => ptpIndex(this.store, on, opts));
  }

  ptp(column1: string, column2: string, on: IsoDate, setting: PtpSetting): PtpEdit | undefined {
    if (this.naive) {
      const opts = {
        setting: setting === 'hospital' ? ('outpatient-hospital' as const) : ('practitioner' as const),
      };
      const e = ptpPair(this.store, column1 as HcpcsCode, column2 as HcpcsCode, on, opts);
      if (!e) return undefined;
      return {
        column1,
        column2,
        indicator: e.modifierIndicator,
        ...(e.effective ? { effective: e.effective as IsoDate } : {}),
        ...(e.deleted ? { deleted: e.deleted as IsoDate } : {}),
        ref: { table: e.evidence.table, release: e.evidence.version, covers: e.evidence.covers },
      };
    }
    const index = this.#ptpIndex(on, setting);
    // The hot path: an allocation-free probe; an edit is built once per row, for its first hit.
    const row = index.rowOf(column1, column2, on);
    if (row < 0) return undefined;
    let edits = this.#ptpEdits.get(index);
    if (edits === undefined) {
      edits = new Map();
      this.#ptpEdits.set(index, edits);
    }
    let edit = edits.get(row);
    if (edit === undefined) {
      edit = ptpEdit(index.hitAt(row, column1 as HcpcsCode, column2 as HcpcsCode));
      edits.set(row, edit);
    }
    return edit;
  }

  mue(code: string, on: IsoDate, setting: MueSetting): MueEdit | undefined {
    const r = this.#procRecord(code, on);
    let e = r.mue[setting];
    if (e === undefined) {
      e = this.#mueRead(code, on, setting) ?? NONE;
      r.mue[setting] = e;
    }
    return e === NONE ? undefined : e;
  }

  #mueRead(code: string, on: IsoDate, setting: MueSetting): MueEdit | undefined {
    const m = mueRead(this.store, code as HcpcsCode, MUE_KIND[setting], on);
    if (!m) return undefined;
    return {
      code,
      value: m.value,
      mai: m.mai,
      rationale: m.rationale,
      ref: {
        table: m.evidence.table,
        release: m.evidence.version,
        covers: m.evidence.covers,
        ...(m.evidence.label !== undefined ? { label: m.evidence.label } : {}),
      },
    };
  }

  readonly #listed = memo<ReadonlySet<string>>();

  /** Whether the add-on code edits (or the lab NCDs) in force list the code on any date. */
  #isListed(code: string, on: IsoDate, dataset: typeof AOC_DATASET | typeof NCD_DATASET): boolean {
    if (this.naive) return true;
    const r = this.#procRecord(code, on);
    const field = dataset === AOC_DATASET ? 'aocListed' : 'ncdListed';
    let listed = r[field];
    if (listed === undefined) {
      const release = this.#releaseOn(dataset, on)?.release.id ?? '-';
      const codes = this.#listed(dataset, release, () =>
        dataset === AOC_DATASET ? addOnCodes(this.store, on) : ncdCodes(this.store, on),
      );
      listed = codes.has(code);
      r[field] = listed;
    }
    return listed;
  }

  aoc(code: string, on: IsoDate): AocEdit | undefined {
    if (!this.#isListed(code, on, AOC_DATASET)) return undefined;
    return this.#perDay(this.#day(on).aoc, code, () => {
      const e = addOnEdits(this.store, code as HcpcsCode, on);
      const ev = e?.evidence[0];
      if (!e || !ev) return undefined;
      return {
        addOn: code,
        type: e.type,
        primaries: new Set(e.primaries.map((p) => p.code as string)),
        ref: { table: ev.table, release: ev.version, covers: ev.covers },
      };
    });
  }

  labNcds(procedure: string, on: IsoDate): readonly LabNcd[] {
    if (!this.#isListed(procedure, on, NCD_DATASET)) return [];
    return this.#perDay(this.#day(on).ncds, procedure, () =>
      ncdFor(this.store, procedure as HcpcsCode, on).map((n) => ({
        ncd: n.ncd,
        title: n.description,
        // Each NCD list ends in an "all other codes" row, which `ncdResolution` answers with.
        listsCovered: true,
        ref: { table: n.evidence.table, release: n.evidence.version, covers: n.evidence.covers },
      })),
    );
  }

  labNcdDiagnosis(ncd: string, dx: Icd10CmCode, on: IsoDate): NcdResolution | undefined {
    return this.#perDay(
      this.#day(on).ncdDx,
      `${ncd}|${dx}`,
      () => ncdResolution(this.store, ncd, dx, on)?.resolution,
    );
  }
}
