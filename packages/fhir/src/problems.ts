/**
 * @module problems
 * What reading a FHIR resource can say besides the claim it yields.
 *
 * A `FhirProblem` rejects the resource: a value of the wrong JSON type, a date that is no date,
 * a required element missing. It names the file, the resource (`Claim/100150`) and the FHIRPath
 * of the element (`Claim.item[2].productOrService`; indexes are 0-based as in FHIRPath).
 *
 * A `ReadNote` does not reject: it records what the model could not hold (a SNOMED diagnosis,
 * an oral claim type), what was filled in by a stated default, and what was derived (an X12
 * adjustment from a CARIN deductible amount), so "loaded without loss" can be checked.
 */
export interface SourcePlace {
  file?: string;
  /** 1-based line of an NDJSON file. */
  line?: number;
  /** 0-based position of the entry in a Bundle. */
  entry?: number;
}

export interface FhirProblem extends SourcePlace {
  /** `Claim/100150`, or `Claim` with the entry or line when the resource has no id. */
  resource: string;
  /** FHIRPath of the element: `Claim.item[2].productOrService`. */
  path: string;
  message: string;
}

export type NoteKind =
  /** Present in FHIR, no place in the model (a CDT code, a SNOMED diagnosis). */
  | 'dropped'
  /** Absent or unresolvable in FHIR, filled with a stated default. */
  | 'defaulted'
  /** Computed from other FHIR elements (a CAS adjustment from a CARIN amount category). */
  | 'derived';

export interface ReadNote {
  kind: NoteKind;
  path: string;
  message: string;
}

export function describeSource(p: SourcePlace): string {
  const parts: string[] = [];
  if (p.file !== undefined) parts.push(p.file);
  if (p.line !== undefined) parts.push(`line ${p.line}`);
  if (p.entry !== undefined) parts.push(`entry ${p.entry}`);
  return parts.join(' ');
}

/** "claims.json entry 3: Claim/100150 at Claim.item[2].productOrService: no code" */
export function describeProblem(p: FhirProblem): string {
  const where = describeSource(p);
  return `${where ? `${where}: ` : ''}${p.resource} at ${p.path}: ${p.message}`;
}
