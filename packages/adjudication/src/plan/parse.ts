/**
 * @module plan/parse
 * Reading a plan file's text (YAML or JSON) into a checked `Plan`: the zod schema first, then
 * what a schema cannot say: versions in date order without overlap, every tier a benefit or a
 * network names has its limits, every code list parses. The caller reads the file (the CLI, the
 * server): no I/O here. Every problem names the file and the path inside it.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { parseCodePattern } from '@medcode/rules';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { type Plan, type PlanVersion, planSchema } from './schema.ts';

function readText(text: string, file: string): unknown {
  const json = /\.json$/i.test(file);
  try {
    return json ? JSON.parse(text) : parseYaml(text);
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not valid ${json ? 'JSON' : 'YAML'}`, {
      place: { file },
      cause,
    });
  }
}

/** Parses with a zod schema, turning its issues into one MedcodeError naming the file. */
export function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string, what: string): T {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a valid ${what}:\n${z.prettifyError(r.error)}`, {
      place: { file },
    });
  return r.data;
}

/** A YAML or JSON data file's text (by the file's extension) → its value. */
export const parseDataFile = readText;

function codeLists(v: PlanVersion): { path: string; list: readonly string[] }[] {
  const out: { path: string; list: readonly string[] }[] = [];
  v.benefits.forEach((b, i) => {
    if (b.procedures) out.push({ path: `benefits[${i}].procedures`, list: b.procedures });
    if (b.revenueCodes) out.push({ path: `benefits[${i}].revenueCodes`, list: b.revenueCodes });
  });
  v.exclusions.forEach((e, i) => {
    out.push({ path: `exclusions[${i}].procedures`, list: e.procedures });
    if (e.diagnoses) out.push({ path: `exclusions[${i}].diagnoses`, list: e.diagnoses });
  });
  v.priorAuthorization.forEach((p, i) => {
    out.push({ path: `priorAuthorization[${i}].procedures`, list: p.procedures });
  });
  v.limits.forEach((l, i) => {
    out.push({ path: `limits[${i}].procedures`, list: l.procedures });
  });
  v.review.forEach((r, i) => {
    out.push({ path: `review[${i}].procedures`, list: r.procedures });
  });
  return out;
}

/** Checks a schema-valid plan for what the schema cannot express; returns the problems. */
export function planProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const versions = [...plan.versions].sort((a, b) => a.from.localeCompare(b.from));
  versions.forEach((v, k) => {
    const at = `version ${v.version}`;
    if (v.to !== undefined && v.to < v.from) problems.push(`${at}: "to" ${v.to} is before "from" ${v.from}`);
    const next = versions[k + 1];
    if (next && v.to !== undefined && v.to >= next.from)
      problems.push(`${at}: runs to ${v.to}, past the start of version ${next.version} (${next.from})`);
    const tiers = new Set(Object.keys(v.tiers));
    for (const n of v.networks)
      if (!tiers.has(n.tier)) problems.push(`${at}: network tier ${n.tier} has no entry in "tiers"`);
    const networkTiers = new Set(v.networks.map((n) => n.tier));
    v.benefits.forEach((b, i) => {
      for (const t of Object.keys(b.costShare))
        if (!networkTiers.has(t))
          problems.push(`${at}: benefits[${i}] (${b.id}) names tier ${t}, not a network`);
    });
    const ids = new Set<string>();
    for (const b of v.benefits) {
      if (ids.has(b.id)) problems.push(`${at}: benefit id ${b.id} used twice`);
      ids.add(b.id);
    }
    for (const { path, list } of codeLists(v))
      for (const c of list)
        if (parseCodePattern(c.replace(/^!/, '')) === undefined)
          problems.push(`${at}: ${path}: "${c}" is not a code or code range`);
    if (v.networks.filter((n) => n.providers === 'all').length > 1)
      problems.push(`${at}: more than one network tier takes "all" providers`);
  });
  return problems;
}

/** Top-level keys starting with "x-" hold shared YAML anchors; they are not part of the plan. */
function withoutExtensions(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('x-')));
}

/** A plan file's text → a checked plan. */
export function parsePlan(text: string, file: string): Plan {
  const plan = parseWith(planSchema, withoutExtensions(readText(text, file)), file, 'plan');
  const problems = planProblems(plan);
  if (problems.length > 0)
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `plan ${plan.plan}:\n${problems.join('\n')}`, {
      place: { file },
    });
  return { ...plan, versions: [...plan.versions].sort((a, b) => a.from.localeCompare(b.from)) };
}

/**
 * The version in force on a date of service: the newest version starting on or before it that
 * has not ended (a version without `to` runs until the next one starts).
 */
export function planVersionOn(plan: Plan, on: string): PlanVersion | undefined {
  let found: PlanVersion | undefined;
  for (const v of plan.versions) {
    if (v.from > on) break;
    found = v;
  }
  if (found?.to !== undefined && found.to < on) return undefined;
  return found;
}
