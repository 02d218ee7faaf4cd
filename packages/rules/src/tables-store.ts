/**
 * @module tables-store
 * `ScrubTables` over the installed code sets, through the read APIs of @medcode/codesets.
 * Hot tables are held in memory once per process and release: the PTP pairs as the packed
 * typed arrays of `ptpIndex` (1.5 million pairs in a few megabytes), the MCE lists as sets.
 * Every other answer is memoised per code and date on first use, so a batch of claims asks
 * SQLite once per distinct code. The store is only read.
 */
import {
  addOnEdits,
  type CodeSetStore,
  codeNotes,
  codesOn,
  cptKnown,
  hcpcsLevel2,
  hcpcsModifier,
  icd10cmLookup,
  MCE_DATASET,
  type MceListId,
  mceListCodes,
  mue as mueRead,
  type MueKind,
  ncdFor,
  ncdResolution,
  type PtpIndex,
  placeOfService,
  ptpIndex,
  ptpTables,
  seventhCharacter as seventhRead,
} from '@medcode/codesets';
import type { HcpcsCode, Icd10CmCode, IsoDate, Modifier, PosCode, Sex } from '@medcode/domain';
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

/** Memoise a function of string keys. */
function memo<T>(): (key: string, make: () => T) => T {
  const m = new Map<string, T>();
  return (key, make) => {
    if (m.has(key)) return m.get(key) as T;
    const v = make();
    m.set(key, v);
    return v;
  };
}

const undot = (s: string): string => s.replace(/\./g, '');

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

interface MceSets {
  ref: TableRef;
  manifestation: Set<string>;
  unacceptable: Set<string>;
  age: Map<string, MceAgeCategory>;
}

export class StoreTables implements ScrubTables {
  readonly store: CodeSetStore;
  readonly #icd = memo<Icd10CmStatus>();
  readonly #notes = memo<Icd10CmNotes | undefined>();
  readonly #seventh = memo<SeventhCharacter | undefined>();
  readonly #hcpcs = memo<HcpcsStatus>();
  readonly #cpt = memo<TableRef | undefined>();
  readonly #modifier = memo<{ description: string; ref: TableRef } | undefined>();
  readonly #pos = memo<{ name: string; ref: TableRef } | undefined>();
  readonly #mue = memo<MueEdit | undefined>();
  readonly #aoc = memo<AocEdit | undefined>();
  readonly #ncds = memo<readonly LabNcd[]>();
  readonly #ncdDx = memo<NcdResolution | undefined>();
  readonly #mce = memo<MceSets | undefined>();
  readonly #ptp = memo<PtpIndex>();
  readonly #ptpKey = memo<string>();

  constructor(store: CodeSetStore) {
    this.store = store;
  }

  #ref(dataset: string, on: string): TableRef | undefined {
    const c = this.store.releaseOn(dataset, on);
    if (!c) return undefined;
    return {
      table: dataset,
      release: c.release.version,
      covers: c.covers,
      ...(c.release.label !== undefined ? { label: c.release.label } : {}),
    };
  }

  icd10cm(code: Icd10CmCode, on: IsoDate): Icd10CmStatus {
    return this.#icd(`${code}|${on}`, () => {
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
    });
  }

  icd10cmNotes(code: Icd10CmCode, on: IsoDate): Icd10CmNotes | undefined {
    return this.#notes(`${code}|${on}`, () => {
      const n = codeNotes(this.store, code, on);
      if (!n) return undefined;
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
        if (!kind) continue;
        out[kind].push({ text: note.text, refs: note.ranges.map(rangePattern), at: note.from.id });
      }
      return { ...out, ref };
    });
  }

  seventhCharacter(code: Icd10CmCode, on: IsoDate): SeventhCharacter | undefined {
    return this.#seventh(`${code}|${on}`, () => {
      // A malformed code (S0081A) is not in the tabular list: try its shorter stems.
      for (let n = Math.min(code.length, 7); n >= 3; n--) {
        const r = seventhRead(this.store, code.slice(0, n), on);
        if (r?.required && r.chars.length > 0) {
          const chars: Record<string, string> = {};
          for (const c of r.chars) chars[c.char] = c.text;
          return {
            at: r.chars[0]!.from,
            chars,
            ref: { table: 'icd10cm-tabular', release: `FY${r.notesFrom}`, covers: false },
          };
        }
      }
      return undefined;
    });
  }

  #mceSets(on: IsoDate): MceSets | undefined {
    const c = this.store.releaseOn(MCE_DATASET, on);
    if (!c) return undefined;
    return this.#mce(c.release.id, () => {
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

  mceManifestation(code: Icd10CmCode, on: IsoDate): TableRef | undefined {
    const s = this.#mceSets(on);
    return s?.manifestation.has(code) ? s.ref : undefined;
  }

  mceUnacceptablePrincipal(
    code: Icd10CmCode,
    on: IsoDate,
  ): { ref: TableRef; unlessSecondary: boolean } | undefined {
    const s = this.#mceSets(on);
    if (!s) return undefined;
    if (s.unacceptable.has(code)) return { ref: s.ref, unlessSecondary: false };
    if (s.unacceptable.has(`*${code}`)) return { ref: s.ref, unlessSecondary: true };
    return undefined;
  }

  mceAge(code: Icd10CmCode, on: IsoDate): { category: MceAgeCategory; ref: TableRef } | undefined {
    const s = this.#mceSets(on);
    const category = s?.age.get(code);
    return s && category ? { category, ref: s.ref } : undefined;
  }

  /** MCE v43.1 carries no sex lists (edit 5 deactivated as of 10/01/2024); none are installed. */
  mceSex(_code: Icd10CmCode, _on: IsoDate): { sex: Exclude<Sex, 'U'>; ref: TableRef } | undefined {
    return undefined;
  }

  hcpcs(code: HcpcsCode, on: IsoDate): HcpcsStatus {
    return this.#hcpcs(`${code}|${on}`, () => {
      const e = hcpcsLevel2(this.store, code, on);
      const ref = this.#ref('hcpcs', on) ?? { table: 'hcpcs', release: 'not installed', covers: false };
      if (!e) return { state: 'unknown', ref };
      const iso = (d: string | undefined) =>
        d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : d;
      const added = iso(e.addDate);
      const term = iso(e.termDate);
      return {
        state: e.active ? 'active' : 'inactive',
        ref: { table: 'hcpcs', release: e.release.version, covers: e.covers },
        description: e.shortDescription,
        ...(added !== undefined ? { addedOn: added as IsoDate } : {}),
        ...(term !== undefined ? { terminatedOn: term as IsoDate } : {}),
      };
    });
  }

  cptListed(code: HcpcsCode, on: IsoDate): TableRef | undefined {
    return this.#cpt(`${code}|${on}`, () => {
      const k = cptKnown(this.store, code, on);
      const first = k.sources[0];
      if (!k.known || first === undefined) return undefined;
      return this.#ref(first, on) ?? { table: first, release: '', covers: true };
    });
  }

  modifier(mod: Modifier, on: IsoDate): { description: string; ref: TableRef } | undefined {
    return this.#modifier(`${mod}|${on}`, () => {
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
    return this.store.releaseOn('hcpcs', on) !== undefined;
  }

  pos(code: PosCode, on: IsoDate): { name: string; ref: TableRef } | undefined {
    return this.#pos(code, () => {
      const p = placeOfService(this.store, code);
      const ref = this.#ref('pos', on);
      return p?.assigned && ref ? { name: p.name, ref } : undefined;
    });
  }

  #ptpIndex(on: IsoDate, setting: PtpSetting): PtpIndex {
    const opts = {
      setting: setting === 'hospital' ? ('outpatient-hospital' as const) : ('practitioner' as const),
    };
    // The tables in force on a date decide the index: one index per distinct set of releases.
    const key = this.#ptpKey(`${on}|${setting}`, () =>
      ptpTables(this.store, on, opts)
        .map((t) => t.release.id)
        .join(','),
    );
    return this.#ptp(`${setting}|${key}`, () => ptpIndex(this.store, on, opts));
  }

  ptp(column1: string, column2: string, on: IsoDate, setting: PtpSetting): PtpEdit | undefined {
    const index = this.#ptpIndex(on, setting);
    // The hot path: an allocation-free probe; the evidence is built only for a hit.
    if (index.modifierIndicator(column1, column2, on) === -1) return undefined;
    const hit = index.lookup(column1 as HcpcsCode, column2 as HcpcsCode, on);
    if (!hit) return undefined;
    const eff = hit.evidence.row['Effective Date'];
    const del = hit.evidence.row['Deletion Date'];
    const iso = (v: unknown) =>
      typeof v === 'string' && /^\d{8}$/.test(v)
        ? (`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` as IsoDate)
        : undefined;
    const effective = iso(eff);
    const deleted = iso(del);
    return {
      column1,
      column2,
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

  mue(code: string, on: IsoDate, setting: MueSetting): MueEdit | undefined {
    return this.#mue(`${code}|${on}|${setting}`, () => {
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
    });
  }

  aoc(code: string, on: IsoDate): AocEdit | undefined {
    return this.#aoc(`${code}|${on}`, () => {
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
    return this.#ncds(`${procedure}|${on}`, () =>
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
    return this.#ncdDx(`${ncd}|${dx}|${on}`, () => ncdResolution(this.store, ncd, dx, on)?.resolution);
  }
}
