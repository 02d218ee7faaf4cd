/**
 * @module parse/json
 * A lab order as JSON (the API's body, `medcode lab review order.json`): the shape is checked
 * with zod, then every code goes through its branded parser. Each problem names its JSON path
 * (`tests[1].code`). The JSON mirrors the model in order.ts; diagnoses are strings in the order
 * given ("E78.5" or "E785").
 */
import type { PersonName } from '@medcode/domain';
import { z } from 'zod';
import type { LabOrder, OrderedTest, PriorOrder } from '../order.ts';
import { day, hcpcs, icd, npi } from './codes.ts';
import { Problems } from './problems.ts';

const name = z
  .object({
    last: z.string().min(1),
    first: z.string().optional(),
    middle: z.string().optional(),
    suffix: z.string().optional(),
  })
  .strict();

export const labOrderJsonSchema = z
  .object({
    id: z.string().min(1),
    orderingProvider: z.object({ npi: z.string().optional(), name: name.optional() }).strict().default({}),
    patient: z
      .object({
        id: z.string().optional(),
        name: name.optional(),
        birthDate: z.string().optional(),
        sex: z.enum(['M', 'F', 'U']).optional(),
      })
      .strict()
      .default({}),
    coverage: z
      .object({
        kind: z.enum(['medicare', 'medicaid', 'commercial']),
        payerPack: z.string().min(1).optional(),
        payerName: z.string().optional(),
        memberId: z.string().optional(),
      })
      .strict(),
    tests: z
      .array(
        z
          .object({
            code: z.string(),
            units: z.number().int().positive().default(1),
            name: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    diagnoses: z.array(z.string()).default([]),
    collectionDate: z.string().optional(),
    signaturePresent: z.boolean().default(false),
    abnSigned: z.boolean().optional(),
    priorOrders: z
      .array(
        z
          .object({ date: z.string(), tests: z.array(z.string()).min(1), orderId: z.string().optional() })
          .strict(),
      )
      .optional(),
  })
  .strict();

export type LabOrderJson = z.input<typeof labOrderJsonSchema>;

const jsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? String(k) : `${s}.${String(k)}`),
    '',
  ) || '$';

function personName(n: z.infer<typeof name> | undefined): PersonName | undefined {
  if (!n) return undefined;
  return {
    last: n.last,
    ...(n.first !== undefined ? { first: n.first } : {}),
    ...(n.middle !== undefined ? { middle: n.middle } : {}),
    ...(n.suffix !== undefined ? { suffix: n.suffix } : {}),
  };
}

/** A parsed JSON value (already `JSON.parse`d) → a lab order, or a bad-input error naming each path. */
export function labOrderFromJson(value: unknown, file?: string): LabOrder {
  const p = new Problems(file);
  const r = labOrderJsonSchema.safeParse(value);
  if (!r.success) {
    for (const issue of r.error.issues) p.add({ field: jsonPath(issue.path) }, issue.message);
    p.check('lab order (JSON)');
  }
  const o = r.data!;
  const tests: OrderedTest[] = [];
  o.tests.forEach((t, i) => {
    const code = hcpcs(p, { field: `tests[${i}].code` }, t.code);
    if (code) tests.push({ code, units: t.units, ...(t.name !== undefined ? { name: t.name } : {}) });
  });
  const diagnoses = o.diagnoses.flatMap((d, i) => icd(p, { field: `diagnoses[${i}]` }, d) ?? []);
  const priorOrders: PriorOrder[] = (o.priorOrders ?? []).flatMap((po, i) => {
    const date = day(p, { field: `priorOrders[${i}].date` }, po.date);
    const codes = po.tests.flatMap((c, k) => hcpcs(p, { field: `priorOrders[${i}].tests[${k}]` }, c) ?? []);
    return date ? [{ date, tests: codes, ...(po.orderId !== undefined ? { orderId: po.orderId } : {}) }] : [];
  });
  const birthDate =
    o.patient.birthDate !== undefined
      ? day(p, { field: 'patient.birthDate' }, o.patient.birthDate)
      : undefined;
  const collectionDate =
    o.collectionDate !== undefined ? day(p, { field: 'collectionDate' }, o.collectionDate) : undefined;
  const orderingNpi =
    o.orderingProvider.npi !== undefined
      ? npi(p, { field: 'orderingProvider.npi' }, o.orderingProvider.npi)
      : undefined;
  p.check('lab order (JSON)');
  const providerName = personName(o.orderingProvider.name);
  const patientName = personName(o.patient.name);
  return {
    id: o.id,
    orderingProvider: {
      ...(orderingNpi !== undefined ? { npi: orderingNpi } : {}),
      ...(providerName ? { name: providerName } : {}),
    },
    patient: {
      ...(o.patient.id !== undefined ? { id: o.patient.id } : {}),
      ...(patientName ? { name: patientName } : {}),
      ...(birthDate !== undefined ? { birthDate } : {}),
      ...(o.patient.sex !== undefined ? { sex: o.patient.sex } : {}),
    },
    coverage: {
      kind: o.coverage.kind,
      ...(o.coverage.payerPack !== undefined ? { payerPack: o.coverage.payerPack } : {}),
      ...(o.coverage.payerName !== undefined ? { payerName: o.coverage.payerName } : {}),
      ...(o.coverage.memberId !== undefined ? { memberId: o.coverage.memberId } : {}),
    },
    tests,
    diagnoses,
    ...(collectionDate !== undefined ? { collectionDate } : {}),
    signaturePresent: o.signaturePresent,
    ...(o.abnSigned !== undefined ? { abnSigned: o.abnSigned } : {}),
    ...(o.priorOrders !== undefined ? { priorOrders } : {}),
  };
}
