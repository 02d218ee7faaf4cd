/**
 * @module @medcode/store
 * The service's data layer: one interface over SQLite and PostgreSQL, migrations, and the
 * repositories (users, claims, jobs, provider queries, audit log).
 */
export * from './sql.ts';
export { openSqlite } from './sqlite.ts';
export { openPostgres, dropPostgresSchema } from './postgres.ts';
export * from './migrations.ts';
export * from './open.ts';
export * from './users.ts';
export * from './claims.ts';
export * from './jobs.ts';
export * from './queries.ts';
export * from './audit.ts';
export * from './lab-orders.ts';
