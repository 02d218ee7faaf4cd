/**
 * @module packs/schema
 * The payer rule pack format, checked with zod. A pack is a payer's published rules as data:
 * versions with effective dates (the date of service picks one), each a list of rules of a
 * few declarative kinds, plus `condition` rules written directly in the engine's condition
 * language for what the kinds do not cover. Packs are YAML or JSON files (packages/rules/packs).
 */
import { z } from 'zod';
import type { Condition } from '../engine/types.ts';

const isoDate = z.iso.date();
/** Code lists as in the engine: "70551-70553", "E55.-", "!Z00.6". */
const codes = z.array(z.string().min(1)).min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');

const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(condition) }).strict(),
    z.object({ any: z.array(condition) }).strict(),
    z.object({ not: condition }).strict(),
    z
      .object({ fact: z.string(), path: z.string().optional(), operator: z.string(), value: z.json() })
      .strict() as z.ZodType<Condition>,
    z
      .object({ predicate: z.string(), params: z.record(z.string(), z.json()).optional() })
      .strict() as z.ZodType<Condition>,
  ]),
);

const common = {
  id,
  /** What the payer calls it, shown in messages. */
  title: z.string().optional(),
  severity: z.enum(['reject', 'deny', 'warn', 'info']).optional(),
  /** The payer's policy document and section, cited as evidence. */
  source: z.string().optional(),
  /** A fix in words, shown with the finding. */
  fix: z.string().optional(),
};

export const packRule = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('priorAuthorization'), procedures: codes }).strict(),
  z
    .object({
      ...common,
      kind: z.literal('modifiersNotAccepted'),
      modifiers: codes,
      instead: z.string().optional(),
    })
    .strict(),
  z
    .object({ ...common, kind: z.literal('referringProviderRequired'), procedures: codes.optional() })
    .strict(),
  z.object({ ...common, kind: z.literal('timelyFiling'), days: z.number().int().positive() }).strict(),
  z
    .object({
      ...common,
      kind: z.literal('frequencyLimit'),
      procedures: codes,
      max: z.number().int().positive(),
      /** The window ending on the date of service, in days (365: once a year). */
      days: z.number().int().positive(),
    })
    .strict(),
  z.object({ ...common, kind: z.literal('coveredDiagnoses'), procedures: codes, diagnoses: codes }).strict(),
  z
    .object({ ...common, kind: z.literal('notCovered'), procedures: codes, diagnoses: codes.optional() })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('condition'),
      /** "claim", "line", "diagnosis". */
      scope: z.enum(['claim', 'line', 'diagnosis']),
      when: condition,
      message: z.string().min(1),
      /** A registry code; PY007 (payer-specific rule) when absent. */
      finding: z
        .string()
        .regex(/^[A-Z]{2}\d{3}$/)
        .optional(),
      field: z.string().optional(),
    })
    .strict(),
]);

export const packVersion = z
  .object({
    version: z.string().min(1),
    from: isoDate,
    to: isoDate.optional(),
    rules: z.array(packRule),
  })
  .strict();

export const packSchema = z
  .object({
    pack: id,
    title: z.string(),
    /** Payer ids (2010BB NM109) the pack is meant for. */
    payers: z.array(z.object({ id: z.string(), name: z.string() }).strict()).default([]),
    /** Finding codes whose severity this payer changes ("CC001: deny"). */
    severity: z
      .record(z.string().regex(/^[A-Z]{2}\d{3}$/), z.enum(['reject', 'deny', 'warn', 'info']))
      .default({}),
    versions: z.array(packVersion).min(1),
  })
  .strict();

export type PackRule = z.infer<typeof packRule>;
export type PackVersion = z.infer<typeof packVersion>;
export type Pack = z.infer<typeof packSchema>;
