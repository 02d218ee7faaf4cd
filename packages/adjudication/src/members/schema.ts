/**
 * @module members/schema
 * The members file: who is insured, under which plan, from when to when. A member is the
 * subscriber (the 837's 2010BA member id) or a dependent under a subscriber's id (2010CA, the
 * 270's 2000D). Coverage spans name a plan by its `plan` id; a span without `to` is open.
 * Authorizations on file let the adjudicator check a claim's REF*G1 number; other coverage says
 * which payer is primary (the coordination-of-benefits order the payer established).
 */
import type { IsoDate } from '@medcode/domain';
import { z } from 'zod';

const isoDate = z.iso.date().transform((s) => s as IsoDate);

export const coverageSpanSchema = z
  .object({
    plan: z.string().min(1),
    from: isoDate,
    to: isoDate.optional(),
    /** SBR03 group number, echoed in the 271. */
    group: z.string().optional(),
  })
  .strict();

export const authorizationSchema = z
  .object({
    /** The number the provider reports in REF*G1. */
    number: z.string().min(1),
    procedures: z.array(z.string().min(1)).min(1),
    from: isoDate,
    to: isoDate,
    /** Units approved over the span; absent: as billed. */
    units: z.number().int().positive().optional(),
  })
  .strict();

export const otherCoverageSchema = z
  .object({
    payer: z.string().min(1),
    /** Whether that payer pays before (primary) or after (secondary) this one. */
    order: z.enum(['primary', 'secondary']),
    from: isoDate,
    to: isoDate.optional(),
  })
  .strict();

export const memberSchema = z
  .object({
    memberId: z.string().min(1),
    /** A dependent's subscriber: the member id the claim and the 270 carry for the subscriber. */
    subscriberId: z.string().min(1).optional(),
    /** PAT01 / INS02 relationship to the subscriber: 18 self, 01 spouse, 19 child, G8 other. */
    relationship: z.string().default('18'),
    name: z
      .object({ last: z.string().min(1), first: z.string().optional(), middle: z.string().optional() })
      .strict(),
    birthDate: isoDate,
    sex: z.enum(['M', 'F', 'U']).default('U'),
    coverage: z.array(coverageSpanSchema).min(1),
    authorizations: z.array(authorizationSchema).default([]),
    otherCoverage: z.array(otherCoverageSchema).default([]),
  })
  .strict();

export const membersFileSchema = z.object({ members: z.array(memberSchema) }).strict();

export type CoverageSpan = z.infer<typeof coverageSpanSchema>;
export type Authorization = z.infer<typeof authorizationSchema>;
export type OtherCoverage = z.infer<typeof otherCoverageSchema>;
export type Member = z.infer<typeof memberSchema>;
export type MembersFile = z.infer<typeof membersFileSchema>;
