/**
 * @module users
 * Organizations, users with one role each, and API tokens. The store keeps only hashes: a
 * password's argon2 hash (made by the server) and a token's sha256 (tokens are random 32-byte
 * secrets, so a fast hash is enough; the plain token is shown once, at creation).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SqlDb } from './sql.ts';

export const ROLES = ['coder', 'biller', 'auditor', 'payer-reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ORG_KINDS = ['practice', 'lab', 'payer', 'clearinghouse'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface Org {
  id: string;
  name: string;
  kind: OrgKind;
}

export interface User {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  disabled: number;
}

const userFromRow = (r: UserRow): User => ({
  id: r.id,
  orgId: r.org_id,
  email: r.email,
  name: r.name,
  role: r.role,
  disabled: Number(r.disabled) !== 0,
});

export async function createOrg(db: SqlDb, name: string, kind: OrgKind): Promise<Org> {
  const id = randomUUID();
  await db.run('INSERT INTO orgs (id, name, kind, created_at) VALUES (?, ?, ?, ?)', [
    id,
    name,
    kind,
    Date.now(),
  ]);
  return { id, name, kind };
}

export async function findOrgByName(db: SqlDb, name: string): Promise<Org | undefined> {
  return db.get<Org>('SELECT id, name, kind FROM orgs WHERE name = ?', [name]);
}

export async function countUsers(db: SqlDb): Promise<number> {
  const r = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users');
  return Number(r?.n ?? 0);
}

export async function createUser(
  db: SqlDb,
  u: { orgId: string; email: string; name: string; role: Role; passwordHash?: string },
): Promise<User> {
  const id = randomUUID();
  await db.run(
    'INSERT INTO users (id, org_id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [id, u.orgId, u.email.toLowerCase(), u.name, u.role, u.passwordHash ?? null, Date.now()],
  );
  return { id, orgId: u.orgId, email: u.email.toLowerCase(), name: u.name, role: u.role, disabled: false };
}

export async function findUserByEmail(
  db: SqlDb,
  email: string,
): Promise<{ user: User; passwordHash: string | null } | undefined> {
  const r = await db.get<UserRow>('SELECT * FROM users WHERE email = ?', [email.toLowerCase()]);
  return r ? { user: userFromRow(r), passwordHash: r.password_hash } : undefined;
}

export async function getUser(db: SqlDb, id: string): Promise<User | undefined> {
  const r = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
  return r ? userFromRow(r) : undefined;
}

export async function listUsers(db: SqlDb, orgId: string): Promise<User[]> {
  const rows = await db.all<UserRow>('SELECT * FROM users WHERE org_id = ? ORDER BY email', [orgId]);
  return rows.map(userFromRow);
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Creates a token and returns its plain value, which is not kept. */
export async function createToken(
  db: SqlDb,
  userId: string,
  label: string,
  ttlMs?: number,
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = `mc_${randomBytes(32).toString('base64url')}`;
  const now = Date.now();
  await db.run(
    'INSERT INTO tokens (id, user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    [id, userId, hashToken(token), label, now, ttlMs === undefined ? null : now + ttlMs],
  );
  return { id, token };
}

/** The user a token belongs to, when the token is live and the user enabled. */
export async function userForToken(db: SqlDb, token: string, now = Date.now()): Promise<User | undefined> {
  const r = await db.get<UserRow>(
    `SELECT u.* FROM tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?) AND u.disabled = 0`,
    [hashToken(token), now],
  );
  return r ? userFromRow(r) : undefined;
}

export async function revokeToken(db: SqlDb, tokenId: string, userId: string): Promise<boolean> {
  const r = await db.run(
    'UPDATE tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL',
    [Date.now(), tokenId, userId],
  );
  return r.changes === 1;
}

/** Revokes the token with this value (signing out of the session it is). */
export async function revokeTokenValue(db: SqlDb, token: string): Promise<boolean> {
  const r = await db.run('UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL', [
    Date.now(),
    hashToken(token),
  ]);
  return r.changes === 1;
}
