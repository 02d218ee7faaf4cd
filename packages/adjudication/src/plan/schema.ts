/**
 * @module plan/schema
 * A health plan as versioned data, checked with zod: what it covers (service categories by code
 * ranges, place of service, type of bill), what it excludes, what needs prior authorization,
 * frequency and quantity limits, network tiers, cost sharing (deductible, copay, coinsurance,
 * out-of-pocket maximum), the timely filing limit, how it coordinates with other coverage, and
 * how it prices. Each version has effective dates; the date of service picks one. Money in
 * plan files is written in dollars ("283.00") and read into integer cents once, here.
 * Shipped plans: packages/adjudication/plans (README.md there describes the format).
 */
import { type Cents, parseCents } from '@medcode/domain';
import { z } from 'zod';

const isoDate = z.iso.date();
/** Code lists as the rule engine writes them: "99202-99215", "E11.-", "!99211". */
const codes = z.array(z.string().min(1)).min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');
const tier = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a tier name: lower-case letters, digits and dashes');

/** "283.00", "30", "1,500.00" → cents. Amounts are never floating-point dollars past this point. */
export const money = z.union([z.string(), z.number()]).transform((v, ctx): Cents => {
  const r = parseCents(String(v).replace(/[$,]/g, ''));
  if (!r.ok || r.value < 0) {
    ctx.addIssue({ code: 'custom', message: `not an amount in dollars: ${String(v)}` });
    return z.NEVER;
  }
  return r.value;
});

/** A percentage 0-100 as written ("20" = 20%). */
const percent = z.number().min(0).max(100);

/** What the member pays for a service category in one network tier. */
export const costShareSchema = z
  .object({
    /** Flat amount per service line, applied first (CARC 3). */
    copay: money.optional(),
    /** Whether the allowed amount (after any copay) goes to the deductible first (CARC 1). */
    deductible: z.boolean().default(true),
    /** The member's percentage of what remains (CARC 2). */
    coinsurance: percent.default(0),
  })
  .strict();

/** A covered service category: the first category a line matches decides its cost sharing. */
export const benefitSchema = z
  .object({
    id,
    title: z.string(),
    /** Procedure (CPT/HCPCS) code list; absent: any procedure. */
    procedures: codes.optional(),
    /** Revenue codes (837I lines billed by revenue code). */
    revenueCodes: codes.optional(),
    /** Places of service the category applies in; absent: any. */
    placesOfService: z.array(z.string().regex(/^\d{2}$/)).optional(),
    /** Types of bill ("13X", "131"); X is any digit. Absent: any (and professional claims). */
    typesOfBill: z.array(z.string().regex(/^[0-9X]{2,3}$/)).optional(),
    /**
     * Only codes the clinical laboratory fee schedule lists on the date of service: Medicare's
     * clinical diagnostic laboratory tests (paid in full, no deductible or coinsurance) as
     * opposed to the pathology services in the same code range, paid under the PFS.
     */
    clfsOnly: z.boolean().default(false),
    /** X12 service type codes this category answers in a 271 (EB03): "98", "5", "30". */
    serviceTypes: z.array(z.string().regex(/^[0-9A-Z]{1,2}$/)).default([]),
    /** Which fee schedule prices the category: auto (PFS, else CLFS), pfs, clfs, or the plan's table only. */
    fee: z.enum(['auto', 'pfs', 'clfs', 'table']).default('auto'),
    /** Cost sharing by network tier; a tier not listed is not covered for this category. */
    costShare: z.record(tier, costShareSchema),
    source: z.string().optional(),
  })
  .strict();

export const exclusionSchema = z
  .object({
    id,
    title: z.string(),
    procedures: codes,
    /** Only when a line points to one of these diagnoses. */
    diagnoses: codes.optional(),
    /** The exclusion does not apply when the line carries one of these modifiers (routine foot care with Q7-Q9). */
    unlessModifiers: z.array(z.string().regex(/^[0-9A-Z]{2}$/)).optional(),
    /** Who owes the charge: the patient (PR, a plan exclusion the member agreed to) or the provider (CO). */
    liability: z.enum(['patient', 'provider']).default('patient'),
    /** A statutory exclusion (Medicare: Social Security Act §1862(a)): RARC N425 instead of N130. */
    statutory: z.boolean().default(false),
    source: z.string().optional(),
  })
  .strict();

export const priorAuthSchema = z
  .object({ id, title: z.string(), procedures: codes, source: z.string().optional() })
  .strict();

export const limitSchema = z.discriminatedUnion('kind', [
  z
    .object({
      id,
      kind: z.literal('frequency'),
      title: z.string(),
      procedures: codes,
      /** Services allowed in the window. */
      max: z.number().int().positive(),
      /** The window: the plan year, or the days ending on the date of service. */
      per: z.union([z.literal('planYear'), z.object({ days: z.number().int().positive() }).strict()]),
      source: z.string().optional(),
    })
    .strict(),
  z
    .object({
      id,
      kind: z.literal('quantity'),
      title: z.string(),
      procedures: codes,
      /** Units allowed per date of service; units above are denied. */
      maxUnitsPerDay: z.number().int().positive(),
      source: z.string().optional(),
    })
    .strict(),
]);

/** Lines a reviewer must see before a decision (pended with the reason). */
export const reviewSchema = z
  .object({ id, title: z.string(), procedures: codes, source: z.string().optional() })
  .strict();

export const networkTierSchema = z
  .object({
    tier,
    title: z.string(),
    /** Provider NPIs in the tier, or "all" (Medicare: every enrolled provider). */
    providers: z.union([z.literal('all'), z.array(z.string().regex(/^\d{10}$/))]),
    /** Contracted providers write off the charge above the allowed amount (CO-45); others may bill the member (PR-45). */
    contracted: z.boolean().default(true),
    /** The percentage of the fee schedule this tier allows (out-of-network tiers often allow less). */
    allowedPercent: z.number().positive().max(1000).default(100),
  })
  .strict();

export const tierLimitsSchema = z
  .object({
    /** Per member per plan year. */
    deductible: money.default(0 as Cents),
    /** Per member per plan year; absent: no maximum (Original Medicare has none). */
    outOfPocketMax: money.optional(),
  })
  .strict();

export const pricingSchema = z
  .object({
    /**
     * medicare: the Medicare physician fee schedule and clinical lab fee schedule (CMS files);
     * percentOfMedicare: those × `percent`; table: only the plan's own code → amount table.
     * The table, when given, answers first in every method.
     */
    method: z.enum(['medicare', 'percentOfMedicare', 'table']),
    percent: z.number().positive().max(1000).default(100),
    /** Code (or "code-modifier") → amount per unit, in dollars. */
    table: z.record(z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{2})?$/), money).default({}),
    /** GPCI locality (MAC + locality number in the GPCI file); absent: GPCI 1.0 everywhere. */
    locality: z
      .object({ mac: z.string().regex(/^\d{5}$/), locality: z.string().regex(/^\d{2}$/) })
      .strict()
      .optional(),
    /** A line no schedule prices is pended for manual pricing, or denied. */
    unpriced: z.enum(['pend', 'deny']).default('pend'),
  })
  .strict();

export const cobSchema = z
  .object({
    /** The order rule the plan follows, as its documents name it (for the reviewer and the 271). */
    rule: z.string(),
    /**
     * standard: as secondary, pay what the plan would have paid as primary, limited to the
     * balance the primary payer left on the plan's allowed amount.
     */
    method: z.enum(['standard']).default('standard'),
    source: z.string().optional(),
  })
  .strict();

export const planVersionSchema = z
  .object({
    version: z.string().min(1),
    from: isoDate,
    to: isoDate.optional(),
    /** Month and day the plan year starts ("01-01": the calendar year). */
    planYearStart: z
      .string()
      .regex(/^\d{2}-\d{2}$/)
      .default('01-01'),
    /** Days from the (first) date of service to receipt. */
    timelyFilingDays: z.number().int().positive(),
    coordinationOfBenefits: cobSchema,
    pricing: pricingSchema,
    networks: z.array(networkTierSchema).min(1),
    /** Deductible and out-of-pocket maximum per tier. */
    tiers: z.record(tier, tierLimitsSchema),
    benefits: z.array(benefitSchema).min(1),
    exclusions: z.array(exclusionSchema).default([]),
    priorAuthorization: z.array(priorAuthSchema).default([]),
    limits: z.array(limitSchema).default([]),
    review: z.array(reviewSchema).default([]),
    /** Who owes a line no benefit covers: the patient (PR-204) or the provider (CO-204). */
    uncoveredLiability: z.enum(['patient', 'provider']).default('patient'),
    /** Where the figures come from (CMS notices, plan documents). */
    sources: z.array(z.string()).default([]),
  })
  .strict();

export const planSchema = z
  .object({
    plan: id,
    title: z.string(),
    payer: z.object({ id: z.string().min(1), name: z.string().min(1) }).strict(),
    /** CLP06 claim filing indicator: MB Medicare Part B, 12 PPO, CI commercial ... */
    filingIndicator: z.string().regex(/^[0-9A-Z]{2}$/),
    /** X12 insurance type code for the 271 (EB04): MB, PR (PPO), C1 ... */
    insuranceType: z.string().regex(/^[0-9A-Z]{1,3}$/),
    /** The payer rule pack (packages/rules/packs) the scrubber runs with, by name. */
    scrubPack: z.string().optional(),
    /**
     * Claim edit findings whose severity this plan sets, over the pack's ("NM003: warn"): a
     * commercial plan that covers what Medicare's edits deny (a preventive visit has a Medicare
     * MUE of 0) says so here.
     */
    editSeverity: z
      .record(z.string().regex(/^[A-Z]{2}\d{3}$/), z.enum(['reject', 'deny', 'warn', 'info']))
      .default({}),
    versions: z.array(planVersionSchema).min(1),
  })
  .strict();

export type CostShare = z.infer<typeof costShareSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type Exclusion = z.infer<typeof exclusionSchema>;
export type PriorAuthRule = z.infer<typeof priorAuthSchema>;
export type Limit = z.infer<typeof limitSchema>;
export type ReviewRule = z.infer<typeof reviewSchema>;
export type NetworkTier = z.infer<typeof networkTierSchema>;
export type TierLimits = z.infer<typeof tierLimitsSchema>;
export type PlanPricing = z.infer<typeof pricingSchema>;
export type PlanVersion = z.infer<typeof planVersionSchema>;
export type Plan = z.infer<typeof planSchema>;
