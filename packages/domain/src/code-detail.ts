/**
 * @module code-detail
 * What a code lookup answers (`medcode codes show`, GET /api/codes/{code}): one code in one
 * system on a date, with its hierarchy and every instructional note and the level it comes from.
 * Plain data shared by the code-set layer that makes it and the workbench that shows it.
 */
import type { CodeSystem } from './codes.ts';

/** Instructional note kinds, keyed as in the JSON output of `codes show`. */
export type NoteKind =
  | 'inclusionTerms'
  | 'includes'
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso'
  | 'sevenChrDef'
  | 'sevenChrNote'
  | 'notes';

export interface CodeNote {
  text: string;
  /** The level the note comes from: the code itself or an ancestor (chapter, section, category ...). */
  from: { level: 'chapter' | 'section' | 'category' | 'subcategory' | 'code'; id: string };
  /** Codes the note points to (for example N18.- for "use additional code ... (N18.1-N18.6)"). */
  refs?: string[];
  /** For sevenChrDef: the character. */
  char?: string;
}

export interface CodeDetail {
  code: string; // display form: E11.22
  system: CodeSystem;
  description: string;
  shortDescription?: string;
  billable: boolean;
  valid: boolean;
  /** The date asked about and the release that answered. */
  on: string;
  release: { id: string; version: string; covers: boolean };
  /** When not valid on the date: what replaced it, and when it was valid. */
  replacedBy?: { code: string; description?: string; source: string }[];
  validFrom?: string;
  validTo?: string;
  /** Ancestors from the top (chapter, section, category ...) down to the code's parent. */
  path: { level: string; id: string; title: string }[];
  notes: Partial<Record<NoteKind, CodeNote[]>>;
  /** The tabular release the notes come from when it differs from the code release (2023). */
  notesFrom?: string;
  /** Extra facts per system (HCPCS coverage code, PCS axis meanings, CPT source ...). */
  extra?: Record<string, string | number | boolean>;
  /** What the reader must know about this answer (nearest release used, notes unknown ...). */
  caveats?: string[];
}

export interface SystemStats {
  valid: number;
  billable: number;
  release?: string;
  /** False when no release covers the date and the nearest one answered. */
  covers?: boolean;
}
