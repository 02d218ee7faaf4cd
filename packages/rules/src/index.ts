/**
 * @module @medcode/rules
 * The rule engine and the claim edit library. `scrub(claim, context)` checks a claim before it
 * leaves; the engine (versioned rules over lazily computed facts, explained findings) is shared
 * with lab-order review and adjudication, which bring their own rule sets. See README.md.
 */
export * from './engine/types.ts';
export * from './engine/facts.ts';
export { CompiledRuleSet, Engine, type Outcome, type RunOptions, versionOn } from './engine/engine.ts';
export { DEFAULT_OPERATORS, type Operator } from './engine/operators.ts';
export { CodeList, parseCodePattern } from './engine/code-list.ts';
export type { FindingDef, FindingRegistry } from './engine/registry.ts';
export { EDIT_FAMILIES, FINDINGS, type FindingCode } from './findings.ts';
export * from './tables.ts';
export { MemoryTables, type MemoryRows } from './tables-memory.ts';
export { StoreTables } from './tables-store.ts';
export { type ClaimAlmanac, claimBook, claimModel } from './claim/book.ts';
export type { ClaimContext, PriorService } from './claim/context.ts';
export { CLAIM_RULES, claimEngine, claimRuleSet } from './library.ts';
export { type ClaimOutcome, ruleSetFor, type ScrubContext, type ScrubResult, scrub, worst } from './scrub.ts';
export type { CompiledPack } from './packs/compile.ts';
export { compilePack } from './packs/compile.ts';
export { loadPack, parsePack } from './packs/parse.ts';
export { type Pack, type PackRule, packSchema } from './packs/schema.ts';
