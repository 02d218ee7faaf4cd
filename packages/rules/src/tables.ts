/**
 * @module tables
 * The narrow window through which edits see the code-set tables. Every lookup is synchronous
 * and takes the date of service: the implementation picks the release in force on that date
 * and says which one answered (`TableRef`), so a finding can cite the table, the release and
 * the row. Two implementations pass one shared suite (tables.case.test.ts): the in-memory one
 * built from hand-made rows (tests) and the store one over the installed releases, with its
 * hot tables preloaded into maps and typed arrays once per process and release.
 */
import type { HcpcsCode, Icd10CmCode, IsoDate, Modifier, PosCode, Sex } from '@medcode/domain';

/** Which table and release answered a lookup. */
export interface TableRef {
  /** Dataset name ("icd10cm-codes", "ncci-mue-practitioner" ...). */
  table: string;
  /** Release id or version label ("FY2026", "2026-04-01"). */
  release: string;
  /** False when no release covers the date and the nearest one answered. */
  covers: boolean;
  /** Caveat shown with the data ("derived, undated"). */
  label?: string;
}

export type Icd10CmState = 'billable' | 'header' | 'invalid';

export interface Icd10CmStatus {
  state: Icd10CmState;
  ref: TableRef;
  description?: string;
  /** When the code is not valid on the date but existed: its last valid date. */
  validTo?: IsoDate;
  /** When it becomes valid after the date. */
  validFrom?: IsoDate;
  /** Successors from the conversion table, when the code was deleted or expanded. */
  replacedBy?: readonly string[];
}

/** One instructional note as it applies to a code (inherited from the level it is written at). */
export interface TabularNote {
  text: string;
  /** Code patterns the note names ("E08.-", "N18.1-N18.6"). */
  refs: readonly string[];
  /** The level it is written at: the code itself or an ancestor ("E11", "E11.2"). */
  at: string;
}

export interface Icd10CmNotes {
  excludes1: readonly TabularNote[];
  codeFirst: readonly TabularNote[];
  useAdditional: readonly TabularNote[];
  codeAlso: readonly TabularNote[];
  ref: TableRef;
}

/** The 7th characters a code's category defines (tabular `sevenChrDef`). */
export interface SeventhCharacter {
  /** Where the definition is written ("S00", "T36-T50" level ...). */
  at: string;
  /** Allowed 7th characters and their meaning ("A": "initial encounter"). */
  chars: Readonly<Record<string, string>>;
  ref: TableRef;
}

/** Medicare Code Editor age categories (Definitions of Medicare Code Edits, edit 4). */
export type MceAgeCategory = 'perinatal' | 'pediatric' | 'maternity' | 'adult';

export interface HcpcsStatus {
  state: 'active' | 'inactive' | 'unknown';
  ref: TableRef;
  description?: string;
  addedOn?: IsoDate;
  terminatedOn?: IsoDate;
}

export type PtpSetting = 'practitioner' | 'hospital';

export interface PtpEdit {
  column1: string;
  column2: string;
  /** 0 never bypassed, 1 bypassed with an NCCI-associated modifier, 9 not applicable. */
  indicator: 0 | 1 | 9;
  effective?: IsoDate;
  deleted?: IsoDate;
  ref: TableRef;
}

export type MueSetting = 'practitioner' | 'outpatientHospital' | 'dme';

export interface MueEdit {
  code: string;
  value: number;
  /** MUE adjudication indicator: 1 per line, 2 per date (policy), 3 per date (clinical). */
  mai: 1 | 2 | 3;
  rationale?: string;
  ref: TableRef;
}

export interface AocEdit {
  addOn: string;
  /** 1: fixed list of primaries; 2: no list (contractor decides); 3: some primaries listed. */
  type: 1 | 2 | 3;
  primaries: ReadonlySet<string>;
  ref: TableRef;
}

export interface LabNcd {
  /** "190.15" */
  ncd: string;
  title: string;
  /** True when the NCD lists covered diagnoses (resolution 1): then an unlisted one is not covered. */
  listsCovered: boolean;
  ref: TableRef;
}

/** NCD spreadsheet resolution: 1 covered, 2 denied (never covered), 3 not medically necessary. */
export type NcdResolution = 1 | 2 | 3;

export interface ScrubTables {
  /** ICD-10-CM code status on a date: billable, a header (category/subcategory), or not valid. */
  icd10cm(code: Icd10CmCode, on: IsoDate): Icd10CmStatus;
  /** Instructional notes that apply to a code, inherited from its ancestors; undefined without a tabular. */
  icd10cmNotes(code: Icd10CmCode, on: IsoDate): Icd10CmNotes | undefined;
  /** The 7th-character definition covering a code (or the code without its 7th character). */
  seventhCharacter(code: Icd10CmCode, on: IsoDate): SeventhCharacter | undefined;
  /** MCE "Manifestation codes not allowed as principal diagnosis" (edit 6). */
  mceManifestation(code: Icd10CmCode, on: IsoDate): TableRef | undefined;
  /**
   * MCE "Unacceptable principal diagnosis codes" (edit 9); `unlessSecondary` for the codes the
   * MCE marks "*": acceptable when a secondary diagnosis is coded.
   */
  mceUnacceptablePrincipal(
    code: Icd10CmCode,
    on: IsoDate,
  ): { ref: TableRef; unlessSecondary: boolean } | undefined;
  /** MCE age category of a diagnosis (edit 4). */
  mceAge(code: Icd10CmCode, on: IsoDate): { category: MceAgeCategory; ref: TableRef } | undefined;
  /** MCE sex of a diagnosis (edit 5), where the release in force lists one. */
  mceSex(code: Icd10CmCode, on: IsoDate): { sex: Exclude<Sex, 'U'>; ref: TableRef } | undefined;
  /** HCPCS Level II status on a date. */
  hcpcs(code: HcpcsCode, on: IsoDate): HcpcsStatus;
  /** The CMS table that lists a CPT code on the date (RVU, MUE, PTP, lab fee schedule), if any. */
  cptListed(code: HcpcsCode, on: IsoDate): TableRef | undefined;
  /**
   * A HCPCS Level II modifier known on the date, with its description. CPT (Level I) modifiers
   * (two digits: 25, 59) are AMA content and in no public file: callers do not ask about them.
   */
  modifier(mod: Modifier, on: IsoDate): { description: string; ref: TableRef } | undefined;
  /** Whether the modifier table is loaded at all (an unknown modifier is only a finding then). */
  hasModifierTable(on: IsoDate): boolean;
  /** A place of service code on the date. */
  pos(code: PosCode, on: IsoDate): { name: string; ref: TableRef } | undefined;
  /** The PTP edit with `column1` as column 1 and `column2` as column 2, in force on the date. */
  ptp(column1: string, column2: string, on: IsoDate, setting: PtpSetting): PtpEdit | undefined;
  mue(code: string, on: IsoDate, setting: MueSetting): MueEdit | undefined;
  aoc(code: string, on: IsoDate): AocEdit | undefined;
  /** Lab NCDs whose code list includes the procedure on the date. */
  labNcds(procedure: string, on: IsoDate): readonly LabNcd[];
  /** The resolution of a diagnosis in a lab NCD's list on the date; undefined when not listed. */
  labNcdDiagnosis(ncd: string, dx: Icd10CmCode, on: IsoDate): NcdResolution | undefined;
}
