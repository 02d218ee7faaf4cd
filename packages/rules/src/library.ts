/**
 * @module library
 * The claim edit library: every rule, in the order they run, and the engine that runs them.
 * A rule set is the library's rules for one context kind ("scrub", "adjudication", "labOrder").
 */
import type { Claim } from '@medcode/domain';
import { claimBook } from './claim/book.ts';
import type { ClaimContext } from './claim/context.ts';
import { conventionRules } from './edits/conventions.ts';
import { mueRules } from './edits/ncci-mue.ts';
import { ptpRules } from './edits/ncci-ptp.ts';
import { necessityRules } from './edits/necessity.ts';
import { patientRules } from './edits/patient.ts';
import { structureRules } from './edits/structure.ts';
import { validityRules } from './edits/validity.ts';
import { Engine } from './engine/engine.ts';
import type { RuleSet, RuleSpec } from './engine/types.ts';
import { FINDINGS } from './findings.ts';

export const CLAIM_RULES: readonly RuleSpec[] = [
  ...structureRules,
  ...validityRules,
  ...conventionRules,
  ...patientRules,
  ...ptpRules,
  ...mueRules,
  ...necessityRules,
];

export const claimEngine = new Engine<Claim, ClaimContext>(claimBook, FINDINGS);

export const claimRuleSet = (kind: string): RuleSet => ({
  kind,
  rules: CLAIM_RULES.filter((r) => r.contexts.includes(kind)),
});
