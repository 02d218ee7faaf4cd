/**
 * @module context
 * What every request handler can reach: the signed-in user and the application's dependencies.
 */
import type { SqlDb, User } from '@medcode/store';
import type { Logger } from './log.ts';
import type { Services } from './services.ts';

export interface Limits {
  /** Largest JSON request body, bytes. */
  jsonBytes: number;
  /** Largest upload (837 batch), bytes. */
  uploadBytes: number;
  /** Requests a second per caller, on average, and the burst allowed. */
  rate: number;
  burst: number;
}

export const DEFAULT_LIMITS: Limits = { jsonBytes: 1 << 20, uploadBytes: 256 << 20, rate: 200, burst: 400 };

export interface AppDeps {
  db: SqlDb;
  services: Services;
  log: Logger;
  limits: Limits;
  /** Sign-in sessions end after this long (automatic logoff, 45 CFR 164.312(a)(2)(iii)). */
  sessionTtlMs: number;
}

export interface AppEnv {
  Variables: { user: User; deps: AppDeps };
}
