/**
 * @module edits/evidence
 * What every read of an edit or fee table returns next to its answer, so a finding can cite it:
 * the table (dataset), the release id and version, whether that release is the one in force on
 * the date asked, the release's caveat label ("derived, undated"), the official file and the
 * line or row the values come from, and the row's values as the file states them. It has the
 * shape of @medcode/domain's `EvidenceSource` of kind "table", plus those extra fields.
 */
import type { OpenRelease } from './read/release-db.ts';

export type RowValues = Record<string, string | number | null>;

export interface TableEvidence {
  kind: 'table';
  /** The dataset: "ncci-mue-practitioner", "ncci-aoc", "pfs-rvu" ... */
  table: string;
  /** The installed release id: "ncci-mue-practitioner-2026q2". */
  release: string;
  /** The release's version label: "2026 Q2", "RVU26C". */
  version: string;
  /** False when no installed release covers the date asked and the nearest one answered. */
  covers: boolean;
  /** The release's caveat, shown wherever its data shows ("DERIVED, undated ..."). */
  label?: string;
  /** Where the row comes from: the official file name and its line (text) or row (sheet). */
  file?: string;
  line?: number;
  row: RowValues;
}

export function tableEvidence(
  open: OpenRelease,
  row: RowValues,
  origin?: { file?: string | undefined; line?: number | undefined },
): TableEvidence {
  const ev: TableEvidence = {
    kind: 'table',
    table: open.release.dataset,
    release: open.release.id,
    version: open.release.version,
    covers: open.covers,
    row,
  };
  if (open.release.label !== undefined) ev.label = open.release.label;
  if (origin?.file !== undefined) ev.file = origin.file;
  if (origin?.line !== undefined) ev.line = origin.line;
  return ev;
}
