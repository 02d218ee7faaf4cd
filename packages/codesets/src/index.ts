/**
 * @module @medcode/codesets
 * Installing the official code-set files and reading them: lookup, search, tables.
 */
export * from './home.ts';
export * from './install/manifest.ts';
export * from './install/loader.ts';
export * from './install/installer.ts';
export * from './install/sources.ts';
export * from './store.ts';
export { LOADERS } from './loaders/registry.ts';
export * from './lookup/types.ts';
export { SYSTEM_LOOKUPS } from './lookup/registry.ts';
export * from './icd10cm/index.ts';
export * from './cms/index.ts';
export * from './search/index.ts';
export * from './edits/index.ts';
export * from './fees/index.ts';
export { codeStats, showCode } from './lookup/show.ts';
