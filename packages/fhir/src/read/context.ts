/**
 * @module read/context
 * Reading one resource: where it came from, what went wrong (problems reject it), what the
 * model could not hold (notes), and guards that check a JSON value's runtime type at a FHIRPath
 * before the mapper trusts it. The readers use @medplum/fhirtypes for element names and these
 * guards for values, since input JSON only claims to be FHIR.
 */
import { type Cents, type IsoDate, parseIsoDate } from '@medcode/domain';
import type { CodeableConcept, Coding, Money } from '@medplum/fhirtypes';
import type { FhirProblem, NoteKind, ReadNote, SourcePlace } from '../problems.ts';

export class ReadContext {
  readonly problems: FhirProblem[] = [];
  readonly notes: ReadNote[] = [];

  constructor(
    /** `Claim/100150`, for messages. */
    readonly resource: string,
    readonly source: SourcePlace,
  ) {}

  problem(path: string, message: string): void {
    this.problems.push({ ...this.source, resource: this.resource, path, message });
  }

  note(kind: NoteKind, path: string, message: string): void {
    this.notes.push({ kind, path, message });
  }
}

/** A JSON object (not null, not an array). Keeps a known element type; narrows unknown to a record. */
export function isObject<T extends object>(v: T | null | undefined | string | number | boolean): v is T;
export function isObject(v: unknown): v is Record<string, unknown>;
export function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(ctx: ReadContext, v: unknown, path: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  ctx.problem(path, `expected a string, found ${JSON.stringify(v)}`);
  return undefined;
}

export function num(ctx: ReadContext, v: unknown, path: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  ctx.problem(path, `expected a number, found ${JSON.stringify(v)}`);
  return undefined;
}

export function bool(ctx: ReadContext, v: unknown, path: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  ctx.problem(path, `expected true or false, found ${JSON.stringify(v)}`);
  return undefined;
}

/** An array of objects; anything else there is a problem and reads as empty. */
export function list<T>(ctx: ReadContext, v: readonly T[] | undefined | null, path: string): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    ctx.problem(path, 'expected an array');
    return [];
  }
  const out: T[] = [];
  v.forEach((x, i) => {
    if (isObject(x)) out.push(x as T);
    else ctx.problem(`${path}[${i}]`, `expected an object, found ${JSON.stringify(x)}`);
  });
  return out;
}

/** An array of positive integers (diagnosisSequence, careTeamSequence). */
export function positiveInts(ctx: ReadContext, v: unknown, path: string): number[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    ctx.problem(path, 'expected an array of positive integers');
    return [];
  }
  const out: number[] = [];
  v.forEach((x, i) => {
    if (typeof x === 'number' && Number.isInteger(x) && x > 0) out.push(x);
    else ctx.problem(`${path}[${i}]`, `expected a positive integer, found ${JSON.stringify(x)}`);
  });
  return out;
}

/**
 * A FHIR date or dateTime as a calendar day. A dateTime keeps the day it names in its own
 * offset (2019-07-02T23:30:00-05:00 is July 2): dates of service are days, not instants.
 * Partial dates (1970, 1970-05) are no day: a note, and undefined.
 */
export function day(ctx: ReadContext, v: unknown, path: string): IsoDate | undefined {
  const s = str(ctx, v, path);
  if (s === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(s);
  if (m?.[1] === undefined) {
    if (/^\d{4}(-\d{2})?$/.test(s)) {
      ctx.note('dropped', path, `partial date "${s}" names no day`);
      return undefined;
    }
    ctx.problem(path, `not a FHIR date: "${s}"`);
    return undefined;
  }
  const r = parseIsoDate(m[1]);
  if (!r.ok) {
    ctx.problem(path, r.error);
    return undefined;
  }
  return r.value;
}

/** FHIR Money (or a Quantity in USD) to whole cents; sub-cent amounts are rounded, with a note. */
export function cents(ctx: ReadContext, m: Money | undefined, path: string): Cents | undefined {
  if (m === undefined || m === null) return undefined;
  if (!isObject(m)) {
    ctx.problem(path, 'expected Money');
    return undefined;
  }
  const value = num(ctx, m.value, `${path}.value`);
  if (value === undefined) return undefined;
  const currency = str(ctx, m.currency, `${path}.currency`);
  if (currency !== undefined && currency !== 'USD')
    ctx.note('dropped', path, `currency ${currency} read as USD`);
  const c = Math.round(value * 100);
  if (Math.abs(value * 100 - c) > 1e-6 * Math.max(1, Math.abs(value)))
    ctx.note('derived', path, `${value} rounded to the cent`);
  if (!Number.isSafeInteger(c)) {
    ctx.problem(path, `amount out of range: ${value}`);
    return undefined;
  }
  return c as Cents;
}

export interface ReadCoding {
  system: string | undefined;
  code: string;
  display: string | undefined;
  path: string;
}

/** The codings of a CodeableConcept that carry a code, each with its path. */
export function codings(ctx: ReadContext, cc: CodeableConcept | undefined, path: string): ReadCoding[] {
  if (cc === undefined || cc === null) return [];
  if (!isObject(cc)) {
    ctx.problem(path, 'expected a CodeableConcept');
    return [];
  }
  const out: ReadCoding[] = [];
  list<Coding>(ctx, cc.coding, `${path}.coding`).forEach((c, i) => {
    const p = `${path}.coding[${i}]`;
    const code = str(ctx, c.code, `${p}.code`);
    const system = str(ctx, c.system, `${p}.system`);
    const display = str(ctx, c.display, `${p}.display`);
    if (code !== undefined && code !== '') out.push({ system, code, display, path: p });
  });
  return out;
}

/** The first coding in one of the systems. */
export function codingIn(
  ctx: ReadContext,
  cc: CodeableConcept | undefined,
  path: string,
  systems: ReadonlySet<string> | string,
): ReadCoding | undefined {
  const has = typeof systems === 'string' ? (s: string) => s === systems : (s: string) => systems.has(s);
  return codings(ctx, cc, path).find((c) => c.system !== undefined && has(c.system));
}

export const text = (ctx: ReadContext, cc: CodeableConcept | undefined, path: string): string | undefined =>
  isObject(cc) ? str(ctx, cc.text, `${path}.text`) : undefined;
