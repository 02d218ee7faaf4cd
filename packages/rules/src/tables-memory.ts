/**
 * @module tables-memory
 * `ScrubTables` over a few hand-made rows, for unit and golden tests. The rows mirror official
 * rows in their fields (a test cites the row it copies); the logic that answers from them is the
 * same contract as the store implementation's, and both pass tables.case.test.ts.
 */
import type { HcpcsCode, Icd10CmCode, IsoDate, Modifier, PosCode, Sex } from '@medcode/domain';
import { CodeList, parseCodePattern, patternMatches, patternsInText } from './engine/code-list.ts';
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
  ScrubTables,
  SeventhCharacter,
  TableRef,
  TabularNote,
} from './tables.ts';

interface Dated {
  from?: string;
  to?: string;
}
const onDate = (r: Dated, on: string): boolean =>
  (r.from === undefined || r.from <= on) && (r.to === undefined || on <= r.to);

export type NoteKind = 'excludes1' | 'codeFirst' | 'useAdditional' | 'codeAlso';

export interface MemoryRows {
  /** Release label used in every `TableRef` (default "test"). */
  release?: string;
  /** ICD-10-CM order-file rows: billable codes and headers; a header is a row with `billable: false`. */
  icd10cm?: (Dated & { code: string; billable?: boolean; description?: string; replacedBy?: string[] })[];
  /** Tabular notes at a level (a code or a pattern such as "E08-E13"). */
  notes?: { at: string; kind: NoteKind; text: string }[];
  seventh?: { at: string; chars: Record<string, string> }[];
  mce?: {
    manifestation?: string[];
    unacceptablePrincipal?: string[];
    /** Marked "*" in the MCE: acceptable with a secondary diagnosis. */
    unacceptableUnlessSecondary?: string[];
    age?: Partial<Record<MceAgeCategory, string[]>>;
    sex?: Partial<Record<Exclude<Sex, 'U'>, string[]>>;
  };
  hcpcs?: { code: string; description?: string; added?: string; terminated?: string }[];
  cpt?: string[];
  modifiers?: { code: string; description: string }[];
  pos?: { code: string; name: string }[];
  ptp?: { column1: string; column2: string; indicator: 0 | 1 | 9; effective?: string; deleted?: string }[];
  mue?: { code: string; value: number; mai: 1 | 2 | 3; rationale?: string; setting?: MueSetting }[];
  aoc?: { addOn: string; type: 1 | 2 | 3; primaries: string[] }[];
  ncd?: {
    ncd: string;
    title: string;
    procedures: string[];
    dx: { code: string; resolution: NcdResolution }[];
  }[];
}

const canon = (s: string): string => s.toUpperCase().replace(/\./g, '');

export class MemoryTables implements ScrubTables {
  readonly rows: MemoryRows;
  readonly #ref: (table: string) => TableRef;
  readonly #icd = new Map<string, NonNullable<MemoryRows['icd10cm']>>();

  constructor(rows: MemoryRows) {
    this.rows = rows;
    const release = rows.release ?? 'test';
    this.#ref = (table) => ({ table, release, covers: true });
    for (const r of rows.icd10cm ?? []) {
      const list = this.#icd.get(canon(r.code)) ?? [];
      this.#icd.set(canon(r.code), list);
      list.push(r);
    }
  }

  icd10cm(code: Icd10CmCode, on: IsoDate): Icd10CmStatus {
    const ref = this.#ref('icd10cm-codes');
    const rows = this.#icd.get(code) ?? [];
    const row = rows.find((r) => onDate(r, on));
    if (row) {
      const state = row.billable === false ? 'header' : 'billable';
      return { state, ref, ...(row.description !== undefined ? { description: row.description } : {}) };
    }
    // Not valid on the date: the nearest span before it (deleted), else the first after it.
    const before = rows
      .filter((r) => r.to !== undefined && r.to < on)
      .sort((x, y) => (x.to! < y.to! ? 1 : -1))[0];
    const after = rows
      .filter((r) => r.from !== undefined && on < r.from)
      .sort((x, y) => (x.from! < y.from! ? -1 : 1))[0];
    return {
      state: 'invalid',
      ref,
      ...(before ? { validTo: before.to as IsoDate } : after ? { validFrom: after.from as IsoDate } : {}),
      ...(before?.replacedBy ? { replacedBy: before.replacedBy.map(canon) } : {}),
    };
  }

  icd10cmNotes(code: Icd10CmCode, _on: IsoDate): Icd10CmNotes | undefined {
    if (!this.rows.notes) return undefined;
    const out: Record<NoteKind, TabularNote[]> = {
      excludes1: [],
      codeFirst: [],
      useAdditional: [],
      codeAlso: [],
    };
    for (const n of this.rows.notes) {
      const p = parseCodePattern(n.at);
      if (p && patternMatches(p, code))
        out[n.kind].push({ text: n.text, refs: patternsInText(n.text), at: n.at });
    }
    return { ...out, ref: this.#ref('icd10cm-tabular') };
  }

  seventhCharacter(code: Icd10CmCode, _on: IsoDate): SeventhCharacter | undefined {
    let best: { at: string; chars: Record<string, string> } | undefined;
    for (const s of this.rows.seventh ?? []) {
      const p = parseCodePattern(s.at);
      if (p && patternMatches(p, code) && (!best || canon(s.at).length > canon(best.at).length)) best = s;
    }
    return best ? { at: best.at, chars: best.chars, ref: this.#ref('icd10cm-tabular') } : undefined;
  }

  #inList(list: string[] | undefined, code: string): boolean {
    return list !== undefined && new CodeList(list).has(code);
  }

  mceManifestation(code: Icd10CmCode): TableRef | undefined {
    return this.#inList(this.rows.mce?.manifestation, code) ? this.#ref('mce') : undefined;
  }

  mceUnacceptablePrincipal(code: Icd10CmCode): { ref: TableRef; unlessSecondary: boolean } | undefined {
    if (this.#inList(this.rows.mce?.unacceptablePrincipal, code))
      return { ref: this.#ref('mce'), unlessSecondary: false };
    if (this.#inList(this.rows.mce?.unacceptableUnlessSecondary, code))
      return { ref: this.#ref('mce'), unlessSecondary: true };
    return undefined;
  }

  mceAge(code: Icd10CmCode): { category: MceAgeCategory; ref: TableRef } | undefined {
    for (const [category, list] of Object.entries(this.rows.mce?.age ?? {}))
      if (list.map(canon).includes(code))
        return { category: category as MceAgeCategory, ref: this.#ref('mce') };
    return undefined;
  }

  mceSex(code: Icd10CmCode): { sex: Exclude<Sex, 'U'>; ref: TableRef } | undefined {
    for (const [sex, list] of Object.entries(this.rows.mce?.sex ?? {}))
      if (list.map(canon).includes(code)) return { sex: sex as 'M' | 'F', ref: this.#ref('mce') };
    return undefined;
  }

  hcpcs(code: HcpcsCode, on: IsoDate): HcpcsStatus {
    const ref = this.#ref('hcpcs');
    const row = this.rows.hcpcs?.find((r) => r.code === code);
    if (!row) return { state: 'unknown', ref };
    const active = onDate(
      { ...(row.added ? { from: row.added } : {}), ...(row.terminated ? { to: row.terminated } : {}) },
      on,
    );
    return {
      state: active ? 'active' : 'inactive',
      ref,
      ...(row.description !== undefined ? { description: row.description } : {}),
      ...(row.added !== undefined ? { addedOn: row.added as IsoDate } : {}),
      ...(row.terminated !== undefined ? { terminatedOn: row.terminated as IsoDate } : {}),
    };
  }

  cptListed(code: HcpcsCode): TableRef | undefined {
    return this.rows.cpt?.includes(code) ? this.#ref('cms-cpt-listing') : undefined;
  }

  modifier(mod: Modifier): { description: string; ref: TableRef } | undefined {
    const row = this.rows.modifiers?.find((m) => m.code === mod);
    return row ? { description: row.description, ref: this.#ref('hcpcs-modifiers') } : undefined;
  }

  hasModifierTable(): boolean {
    return this.rows.modifiers !== undefined;
  }

  pos(code: PosCode): { name: string; ref: TableRef } | undefined {
    const row = this.rows.pos?.find((p) => p.code === code);
    return row ? { name: row.name, ref: this.#ref('pos') } : undefined;
  }

  ptp(column1: string, column2: string, on: IsoDate): PtpEdit | undefined {
    const row = this.rows.ptp?.find(
      (p) =>
        p.column1 === column1 &&
        p.column2 === column2 &&
        onDate(
          { ...(p.effective ? { from: p.effective } : {}), ...(p.deleted ? { to: p.deleted } : {}) },
          on,
        ),
    );
    if (!row) return undefined;
    return {
      column1,
      column2,
      indicator: row.indicator,
      ...(row.effective ? { effective: row.effective as IsoDate } : {}),
      ...(row.deleted ? { deleted: row.deleted as IsoDate } : {}),
      ref: this.#ref('ncci-ptp'),
    };
  }

  mue(code: string, _on: IsoDate, setting: MueSetting): MueEdit | undefined {
    const row = this.rows.mue?.find((m) => m.code === code && (m.setting ?? 'practitioner') === setting);
    if (!row) return undefined;
    return {
      code,
      value: row.value,
      mai: row.mai,
      ...(row.rationale !== undefined ? { rationale: row.rationale } : {}),
      ref: this.#ref(`ncci-mue-${setting}`),
    };
  }

  aoc(code: string): AocEdit | undefined {
    const row = this.rows.aoc?.find((a) => a.addOn === code);
    return row
      ? { addOn: code, type: row.type, primaries: new Set(row.primaries), ref: this.#ref('ncci-aoc') }
      : undefined;
  }

  labNcds(procedure: string): readonly LabNcd[] {
    return (this.rows.ncd ?? [])
      .filter((n) => n.procedures.includes(procedure))
      .map((n) => ({
        ncd: n.ncd,
        title: n.title,
        listsCovered: n.dx.some((d) => d.resolution === 1),
        ref: this.#ref('ncd-lab'),
      }));
  }

  labNcdDiagnosis(ncd: string, dx: Icd10CmCode): NcdResolution | undefined {
    return this.rows.ncd?.find((n) => n.ncd === ncd)?.dx.find((d) => canon(d.code) === dx)?.resolution;
  }
}
