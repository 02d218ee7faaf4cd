/**
 * @module read/load
 * FHIR input text → claims, one at a time. The text is one resource, a Bundle (entries, nested
 * Bundles), or NDJSON (one resource a line, as FHIR Bulk Data exports). Every resource of the
 * input goes into the reference pool first, so a Claim's Patient, Coverage and Organization
 * resolve wherever in the input they sit. A resource that fails to read is rejected alone,
 * with its problems; the rest are read.
 */
import type { Claim } from '@medcode/domain';
import type { ClaimResponse, ExplanationOfBenefit, Claim as FhirClaim } from '@medplum/fhirtypes';
import type { ClaimDecision } from '../adjudicated-claim.ts';
import type { FhirProblem, ReadNote, SourcePlace } from '../problems.ts';
import { readClaimPart } from './claim.ts';
import { isObject, ReadContext } from './context.ts';
import { readClaimResponse, readEob } from './eob.ts';
import { ResourcePool } from './pool.ts';
import { isStu3Eob, upgradeStu3Eob } from './stu3.ts';

type Json = Record<string, unknown>;

export interface ReadSource extends SourcePlace {
  /** `Claim/100150`. */
  resource: string;
}

export type FhirReadItem =
  | { kind: 'claim'; claim: Claim; decision?: ClaimDecision; notes: ReadNote[]; source: ReadSource }
  | { kind: 'response'; decision: ClaimDecision; request?: string; notes: ReadNote[]; source: ReadSource }
  | { kind: 'rejected'; problems: FhirProblem[]; notes: ReadNote[]; source: ReadSource }
  /** A resource of another type (Patient, Coverage ...): pooled for references, not converted. */
  | { kind: 'other'; resourceType: string; source: ReadSource };

export interface ReadFhirOptions {
  /** Named in every problem. */
  file?: string;
  /** Resources from elsewhere (side files) that references may name. */
  pool?: ResourcePool;
  /** Called after each resource of the input with how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface Located {
  resource: Json;
  source: SourcePlace;
  fullUrl?: string;
}

/** Claims and EOBs are read; everything else only resolves references. */
const READ = new Set(['Claim', 'ExplanationOfBenefit', 'ClaimResponse']);

export const label = (r: Json): string =>
  `${String(r.resourceType)}${typeof r.id === 'string' ? `/${r.id}` : ''}`;

function parseError(source: SourcePlace, message: string): FhirReadItem {
  const problem: FhirProblem = { ...source, resource: '(input)', path: '$', message };
  return { kind: 'rejected', problems: [problem], notes: [], source: { ...source, resource: '(input)' } };
}

/** Line and column of a character offset, for JSON.parse errors that name a position. */
function lineColumn(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (m?.[1] === undefined) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${Number(m[1]) - before.lastIndexOf('\n')})`;
}

function parseLine(line: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(line) as unknown };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The top-level resources of the text (a Bundle's entries flattened), or why it holds none. */
export function split(text: string, file: string | undefined): { found: Located[]; bad: FhirReadItem[] } {
  const base: SourcePlace = file === undefined ? {} : { file };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const whole = parseLine(trimmed);
  if (whole.error === undefined) {
    const one = whole.value;
    if (!isObject(one))
      return { found: [], bad: [parseError(base, 'the input is JSON but not a FHIR resource')] };
    if (one.resourceType === 'Bundle') return { found: bundleEntries(one, base), bad: [] };
    return { found: [{ resource: one, source: base }], bad: [] };
  }
  // NDJSON only if its first line is a JSON object by itself; otherwise one broken JSON document.
  const lines = trimmed.split('\n');
  if (lines.length < 2 || !isObject(parseLine(lines[0] ?? '').value))
    return {
      found: [],
      bad: [parseError(base, `not JSON: ${whole.error}${lineColumn(trimmed, whole.error)}`)],
    };
  const found: Located[] = [];
  const bad: FhirReadItem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const source = { ...base, line: i + 1 };
    const r = parseLine(line);
    if (r.error !== undefined) bad.push(parseError(source, `not JSON: ${r.error}`));
    else if (isObject(r.value) && r.value.resourceType === 'Bundle')
      found.push(...bundleEntries(r.value, source));
    else if (isObject(r.value)) found.push({ resource: r.value, source });
    else bad.push(parseError(source, 'not a FHIR resource'));
  });
  return { found, bad };
}

function bundleEntries(bundle: Json, source: SourcePlace): Located[] {
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const out: Located[] = [];
  entries.forEach((e, i) => {
    if (!isObject(e) || !isObject(e.resource)) return;
    if (e.resource.resourceType === 'Bundle') out.push(...bundleEntries(e.resource, { ...source, entry: i }));
    else
      out.push({
        resource: e.resource,
        source: { ...source, entry: i },
        ...(typeof e.fullUrl === 'string' ? { fullUrl: e.fullUrl } : {}),
      });
  });
  return out;
}

/** Reads one resource of the input: a Claim, an ExplanationOfBenefit or a ClaimResponse. */
export function readResource(raw: Json, pool: ResourcePool, place: SourcePlace): FhirReadItem {
  const source: ReadSource = { ...place, resource: label(raw) };
  const ctx = new ReadContext(source.resource, place);
  let res = raw;
  if (isStu3Eob(raw)) {
    res = upgradeStu3Eob(raw);
    ctx.note(
      'derived',
      'ExplanationOfBenefit',
      'FHIR STU3 (Blue Button 2.0) elements read under their R4 names',
    );
  }
  let out: FhirReadItem;
  if (res.resourceType === 'Claim') {
    const claim = readClaimPart({ ctx, pool }, res as unknown as FhirClaim);
    out = { kind: 'claim', claim, notes: ctx.notes, source };
  } else if (res.resourceType === 'ExplanationOfBenefit') {
    const { claim, decision } = readEob({ ctx, pool }, res as unknown as ExplanationOfBenefit);
    out = { kind: 'claim', claim, decision, notes: ctx.notes, source };
  } else {
    const cr = res as unknown as ClaimResponse;
    const decision = readClaimResponse(ctx, cr);
    const request = isObject(cr.request) ? (cr.request.reference ?? cr.request.identifier?.value) : undefined;
    out = {
      kind: 'response',
      decision,
      ...(request === undefined ? {} : { request }),
      notes: ctx.notes,
      source,
    };
  }
  return ctx.problems.length > 0
    ? { kind: 'rejected', problems: ctx.problems, notes: ctx.notes, source }
    : out;
}

/**
 * Adds the resources of side files (a Bulk Data export's Patient.ndjson, an Organization Bundle)
 * to a pool, so references from the claims resolve. Returns the problems of lines that were no
 * JSON (an empty list when all were read).
 */
export function addToPool(pool: ResourcePool, text: string, file?: string): FhirProblem[] {
  const { found, bad } = split(text, file);
  for (const f of found) pool.add(f.resource, f.fullUrl);
  return bad.flatMap((b) => (b.kind === 'rejected' ? b.problems : []));
}

/** Every Claim, ExplanationOfBenefit and ClaimResponse of the input, in input order. */
export function* readFhir(text: string, options: ReadFhirOptions = {}): Generator<FhirReadItem> {
  const { found, bad } = split(text, options.file);
  const pool = options.pool ?? new ResourcePool();
  for (const f of found) pool.add(f.resource, f.fullUrl);
  yield* bad;
  for (const [i, f] of found.entries()) {
    const type = String(f.resource.resourceType);
    if (READ.has(type)) yield readResource(f.resource, pool, f.source);
    else yield { kind: 'other', resourceType: type, source: { ...f.source, resource: label(f.resource) } };
    options.onProgress?.(i + 1, found.length);
  }
}
