/**
 * @module @medcode/domain
 * Types and pure helpers every other package shares. No dependencies, no I/O.
 */
export * from './brand.ts';
export * from './result.ts';
export * from './errors.ts';
export * from './dates.ts';
export * from './money.ts';
export * from './codes.ts';
export * from './identifiers.ts';
export * from './claim.ts';
export * from './finding.ts';
export * from './remittance.ts';
export * from './acknowledgment.ts';
export * from './claim-json.ts';
export * from './claim-lifecycle.ts';
export * from './code-detail.ts';
