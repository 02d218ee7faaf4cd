/**
 * @module claim/claim-edit
 * The coder's edits to a claim, as pure functions from one claim to the next. They keep what
 * the 837P ties together consistent: the first diagnosis is the principal one (HI ABK, the rest
 * ABF), line numbers follow the lines (LX01), and diagnosis pointers (SV107) follow the
 * diagnoses they point at when one is removed or moved.
 */
import type { ClaimWire, DiagnosisWire, LineWire } from '../api/wire.ts';
import { codeKey } from '../ui/format.ts';

const clone = <T>(v: T): T => structuredClone(v);

/** Principal first, the rest 'other' (837P); institutional kinds other than these are kept. */
function rekind(diagnoses: DiagnosisWire[]): DiagnosisWire[] {
  return diagnoses.map((d, i) => {
    if (d.kind !== 'principal' && d.kind !== 'other') return d;
    return { ...d, kind: i === 0 ? 'principal' : 'other' };
  });
}

export function hasDiagnosis(claim: ClaimWire, code: string): boolean {
  const k = codeKey(code);
  return claim.diagnoses.some((d) => codeKey(d.code) === k);
}

export function hasProcedure(claim: ClaimWire, code: string): boolean {
  const k = codeKey(code);
  return claim.lines.some((l) => l.procedure !== undefined && codeKey(l.procedure) === k);
}

/** Adds a diagnosis at the end (or replaces nothing when it is already there). */
export function addDiagnosis(claim: ClaimWire, code: string): ClaimWire {
  if (code !== '' && hasDiagnosis(claim, code)) return claim;
  const next = clone(claim);
  next.diagnoses.push({ code: codeKey(code), kind: next.diagnoses.length === 0 ? 'principal' : 'other' });
  next.diagnoses = rekind(next.diagnoses);
  return next;
}

export function setDiagnosisCode(claim: ClaimWire, index: number, code: string): ClaimWire {
  const next = clone(claim);
  const d = next.diagnoses[index];
  if (d) d.code = codeKey(code);
  return next;
}

/** Removes diagnosis `index` (0-based); pointers to it go, pointers past it shift down. */
export function removeDiagnosis(claim: ClaimWire, index: number): ClaimWire {
  const next = clone(claim);
  if (!next.diagnoses[index]) return claim;
  next.diagnoses.splice(index, 1);
  next.diagnoses = rekind(next.diagnoses);
  const gone = index + 1;
  for (const l of next.lines)
    l.diagnosisPointers = l.diagnosisPointers.filter((p) => p !== gone).map((p) => (p > gone ? p - 1 : p));
  return next;
}

/** Moves diagnosis `index` by `delta` places; pointers keep pointing at the same codes. */
export function moveDiagnosis(claim: ClaimWire, index: number, delta: -1 | 1): ClaimWire {
  const to = index + delta;
  if (to < 0 || to >= claim.diagnoses.length) return claim;
  const next = clone(claim);
  const [d] = next.diagnoses.splice(index, 1);
  next.diagnoses.splice(to, 0, d!);
  next.diagnoses = rekind(next.diagnoses);
  const a = index + 1;
  const b = to + 1;
  for (const l of next.lines)
    l.diagnosisPointers = l.diagnosisPointers.map((p) => (p === a ? b : p === b ? a : p));
  return next;
}

/** A new line on the claim's first date of service, pointing at the principal diagnosis. */
export function addLine(claim: ClaimWire, procedure = ''): ClaimWire {
  const next = clone(claim);
  const first = next.lines[0];
  next.lines.push({
    lineNumber: next.lines.length + 1,
    ...(procedure ? { procedure: codeKey(procedure) } : {}),
    modifiers: [],
    units: 1,
    unitKind: first?.unitKind ?? 'UN',
    charge: 0,
    diagnosisPointers: next.diagnoses.length > 0 ? [1] : [],
    serviceDate: first?.serviceDate ?? next.statement?.from ?? new Date().toISOString().slice(0, 10),
    providers: [],
    priorAdjudications: [],
  });
  return next;
}

export function removeLine(claim: ClaimWire, index: number): ClaimWire {
  if (!claim.lines[index]) return claim;
  const next = clone(claim);
  next.lines.splice(index, 1);
  next.lines.forEach((l, i) => {
    l.lineNumber = i + 1;
  });
  return next;
}

type LineEdit =
  | { field: 'procedure'; value: string }
  | { field: 'modifiers'; value: string[] }
  | { field: 'units'; value: number }
  | { field: 'charge'; value: number }
  | { field: 'diagnosisPointers'; value: number[] };

export function editLine(claim: ClaimWire, index: number, edit: LineEdit): ClaimWire {
  const next = clone(claim);
  const l: LineWire | undefined = next.lines[index];
  if (!l) return claim;
  switch (edit.field) {
    case 'procedure':
      if (edit.value.trim() === '') delete l.procedure;
      else l.procedure = codeKey(edit.value);
      break;
    case 'modifiers':
      l.modifiers = edit.value.map((m) => m.trim().toUpperCase()).filter((m) => m !== '');
      break;
    case 'units':
      l.units = edit.value;
      break;
    case 'charge':
      l.charge = edit.value;
      break;
    case 'diagnosisPointers':
      l.diagnosisPointers = edit.value;
      break;
  }
  return next;
}

/** The E/M office-visit line (99202-99215), where the suggested level goes. */
export function emLineIndex(claim: ClaimWire): number {
  return claim.lines.findIndex((l) => l.procedure !== undefined && /^992(0[2-5]|1[1-5])$/.test(l.procedure));
}
