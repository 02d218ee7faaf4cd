/**
 * @module @medcode/server
 * The HTTP service: API under /api, sign-in and roles, durable jobs, audit.
 */
export * from './app.ts';
export * from './context.ts';
export * from './log.ts';
export * from './policy.ts';
export * from './serve.ts';
export * from './services.ts';
export * from './worker.ts';
export * from './intake.ts';
export * from './wiring.ts';
export { findWebRoot } from './static.ts';
export { seedDemo } from './demo.ts';
