/**
 * @module claim/facts-codes
 * Facts about the codes on a claim as the tables see them on the date of service: ICD-10-CM
 * status and notes, HCPCS status, CPT presence in CMS tables, modifiers. Each is one table
 * lookup, made at most once per claim item.
 */
import type { HcpcsCode, Icd10CmCode, Modifier } from '@medcode/domain';
import type { HcpcsStatus, Icd10CmNotes, Icd10CmStatus, SeventhCharacter, TableRef } from '../tables.ts';
import { claimBook as f, dxDate, lineDos } from './book.ts';

export const dxSystem = f.define<'icd10cm' | 'icd9cm'>({
  name: 'dx.system',
  scope: 'diagnosis',
  description: 'icd9cm when the claim sent an ICD-9-CM code, icd10cm otherwise',
  compute: (a, i) => a.subject.diagnoses[i]!.codeSystem ?? 'icd10cm',
});

export const dxStatus = f.define<Icd10CmStatus | undefined>({
  name: 'dx.status',
  scope: 'diagnosis',
  description: 'ICD-10-CM status on the date: billable, header or invalid (with validity span, successors)',
  compute: (a, i) =>
    a.get(dxSystem, i) === 'icd10cm'
      ? a.env.tables.icd10cm(a.subject.diagnoses[i]!.code, a.get(dxDate, i))
      : undefined,
});

export const dxNotes = f.define<Icd10CmNotes | undefined>({
  name: 'dx.notes',
  scope: 'diagnosis',
  description: 'tabular instructional notes that apply to the code (its own and its ancestors)',
  compute: (a, i) =>
    a.get(dxSystem, i) === 'icd10cm'
      ? a.env.tables.icd10cmNotes(a.subject.diagnoses[i]!.code, a.get(dxDate, i))
      : undefined,
});

export const dxSeventh = f.define<SeventhCharacter | undefined>({
  name: 'dx.seventh',
  scope: 'diagnosis',
  description: "the 7th-character definition of the code's category, if it has one",
  compute: (a, i) =>
    a.get(dxSystem, i) === 'icd10cm'
      ? a.env.tables.seventhCharacter(a.subject.diagnoses[i]!.code, a.get(dxDate, i))
      : undefined,
});

/** Evidence: the code table row that answered. */
export const dxStatusEvidence = f.define({
  name: 'dx.statusEvidence',
  scope: 'diagnosis',
  description: 'the ICD-10-CM table and release that answered, with the row',
  compute: (a, i) => {
    const s = a.get(dxStatus, i);
    if (!s) return undefined;
    return tableEvidence(s.ref, {
      code: a.subject.diagnoses[i]!.code,
      state: s.state,
      description: s.description ?? null,
      validTo: s.validTo ?? null,
      validFrom: s.validFrom ?? null,
      replacedBy: s.replacedBy?.join(' ') ?? null,
    });
  },
});

export function tableEvidence(ref: TableRef, row: Record<string, string | number | null>) {
  return {
    kind: 'table' as const,
    table: ref.label ? `${ref.table} (${ref.label})` : ref.table,
    release: ref.covers ? ref.release : `${ref.release} (nearest release: none covers the date)`,
    row,
  };
}

// --- procedures ------------------------------------------------------------------------------

/** CPT Category I and PLA codes are looked up in CMS tables; II (F) and III (T) are not priced there. */
export type ProcedureKind = 'cpt' | 'cptOther' | 'hcpcs2';

export const lineProcedureKind = f.define<ProcedureKind | undefined>({
  name: 'line.procedureKind',
  scope: 'line',
  description: 'cpt (Category I or PLA), cptOther (Category II/III), hcpcs2 (HCPCS Level II)',
  compute: (a, i) => {
    const p = a.subject.lines[i]!.procedure;
    if (p === undefined) return undefined;
    if (/^[A-V]/.test(p)) return 'hcpcs2';
    return /^\d{4}[0-9U]$/.test(p) ? 'cpt' : 'cptOther';
  },
});

export const lineHcpcs = f.define<HcpcsStatus | undefined>({
  name: 'line.hcpcs',
  scope: 'line',
  description: 'HCPCS Level II status on the date of service',
  compute: (a, i) =>
    a.get(lineProcedureKind, i) === 'hcpcs2'
      ? a.env.tables.hcpcs(a.subject.lines[i]!.procedure as HcpcsCode, a.get(lineDos, i))
      : undefined,
});

export const lineCptListed = f.define<TableRef | undefined>({
  name: 'line.cptListed',
  scope: 'line',
  description: 'the CMS table that lists the CPT code on the date (RVU, MUE, PTP, lab fee schedule)',
  compute: (a, i) =>
    a.get(lineProcedureKind, i) === 'cpt'
      ? a.env.tables.cptListed(a.subject.lines[i]!.procedure as HcpcsCode, a.get(lineDos, i))
      : undefined,
});

export const lineUnknownModifiers = f.define<Modifier[]>({
  name: 'line.unknownModifiers',
  scope: 'line',
  description: 'HCPCS Level II modifiers (with a letter) not in the modifier list on the date',
  compute: (a, i) => {
    const d = a.get(lineDos, i);
    const mods = a.subject.lines[i]!.modifiers;
    // Two-digit modifiers are CPT (Level I), AMA content in no public file: not checked. Ambulance
    // origin/destination modifiers are pairs of one-letter codes (D E G H I J N P R S X: "RH"
    // residence to hospital), listed by letter, not by pair (Medicare Claims Processing Manual,
    // chapter 15, section 30).
    if (mods.length === 0 || !a.env.tables.hasModifierTable(d)) return [];
    return mods.filter(
      (m) => /[A-Z]/.test(m) && !/^[DEGHIJNPRSX]{2}$/.test(m) && a.env.tables.modifier(m, d) === undefined,
    );
  },
});

export const lineMalformed = f.define<boolean>({
  name: 'line.procedureMalformed',
  scope: 'line',
  description: 'the procedure code is not in CPT/HCPCS form (5 characters)',
  compute: (a, i) => {
    const p = a.subject.lines[i]!.procedure;
    return p !== undefined && !/^(?:\d{4}[0-9FTUM]|[A-V]\d{4})$/.test(p);
  },
});

export const asIcd = (s: string): Icd10CmCode => s as Icd10CmCode;
