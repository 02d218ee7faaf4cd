/**
 * @module auth
 * Sign-in: passwords hashed with argon2id; sessions and API tokens are bearer tokens kept as
 * hashes (the store's tokens table). `requireUser` resolves the caller on every route but the
 * open ones; `authorize` checks the route's action against the policy.
 */
import { hash, verify } from '@node-rs/argon2';
import { MedcodeError } from '@medcode/domain';
import { createToken, findUserByEmail, type SqlDb, type User, userForToken } from '@medcode/store';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { type Action, allows } from './policy.ts';

export const hashPassword = (password: string): Promise<string> => hash(password);

/** Constant work whether or not the user exists, so timing does not reveal accounts. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$aey6yVtoaxRAAEU4NTb3IQ$kRxDRue6SzfXvbBUWsmnh1bqJq973h4aiku/8s++U8s';

export async function login(
  db: SqlDb,
  email: string,
  password: string,
  ttlMs: number,
): Promise<{ token: string; user: User; expiresAt: number }> {
  const found = await findUserByEmail(db, email);
  const ok = await verify(found?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!found || !ok || found.user.disabled || !found.passwordHash) {
    throw new MedcodeError('unauthenticated', 'wrong email or password');
  }
  const { token } = await createToken(db, found.user.id, 'session', ttlMs);
  return { token, user: found.user, expiresAt: Date.now() + ttlMs };
}

export function bearer(c: Context): string | undefined {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}

/**
 * Resolved tokens, kept for a few seconds so that a busy client does not cost a database read
 * per request. A token revoked in this process is dropped at once (`forgetToken`); revoked in
 * another process sharing PostgreSQL, it stops working within TOKEN_CACHE_MS.
 */
const TOKEN_CACHE_MS = 5_000;
const tokenCache = new Map<string, { user: User; until: number }>();

export const forgetToken = (token: string): boolean => tokenCache.delete(token);

async function cachedUser(db: SqlDb, token: string): Promise<User | undefined> {
  const now = Date.now();
  const hit = tokenCache.get(token);
  if (hit && hit.until > now) return hit.user;
  const user = await userForToken(db, token, now);
  if (user) {
    if (tokenCache.size > 10_000) tokenCache.clear();
    tokenCache.set(token, { user, until: now + TOKEN_CACHE_MS });
  } else tokenCache.delete(token);
  return user;
}

export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearer(c);
  const user = token ? await cachedUser(c.get('deps').db, token) : undefined;
  if (!user) throw new MedcodeError('unauthenticated', 'sign in first (Authorization: Bearer <token>)');
  c.set('user', user);
  await next();
};

export function authorize(c: Context<AppEnv>, action: Action): User {
  const user = c.get('user');
  if (!allows(user.role, action))
    throw new MedcodeError('forbidden', `the ${user.role} role may not ${action}`);
  return user;
}
