/**
 * @module routes/users
 * Sign-in, the caller's own identity and tokens, and user management by admins.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { MedcodeError } from '@medcode/domain';
import {
  appendAudit,
  createToken,
  createUser,
  findUserByEmail,
  listUsers,
  ROLES,
  revokeTokenValue,
} from '@medcode/store';
import { authorize, bearer, forgetToken, hashPassword, login } from '../auth.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';

const UserSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
  })
  .openapi('User');

export const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in with email and password; answers a session token',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ email: z.string().min(3).max(200), password: z.string().min(1).max(200) }),
        },
      },
    },
  },
  responses: {
    200: json(z.object({ token: z.string(), expiresAt: z.number(), user: UserSchema }), 'Signed in'),
    ...errorResponses,
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  responses: { 204: { description: 'Signed out' }, ...errorResponses },
});

const me = createRoute({
  method: 'get',
  path: '/api/me',
  responses: { 200: json(UserSchema, 'The signed-in user'), ...errorResponses },
});

const newToken = createRoute({
  method: 'post',
  path: '/api/tokens',
  summary: 'An API token for scripts and the CLI (shown once)',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            label: z.string().min(1).max(100),
            days: z.number().int().min(1).max(365).default(90),
          }),
        },
      },
    },
  },
  responses: { 201: json(z.object({ id: z.string(), token: z.string() }), 'Created'), ...errorResponses },
});

const list = createRoute({
  method: 'get',
  path: '/api/users',
  responses: {
    200: json(z.object({ users: z.array(UserSchema) }), 'Users of my organization'),
    ...errorResponses,
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/users',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            email: z.string().min(3).max(200),
            name: z.string().min(1).max(200),
            role: z.enum(ROLES),
            password: z.string().min(12).max(200),
          }),
        },
      },
    },
  },
  responses: { 201: json(UserSchema, 'Created'), 409: errorResponses[400], ...errorResponses },
});

export function registerLogin(app: OpenAPIHono<AppEnv>): void {
  app.openapi(loginRoute, async (c) => {
    const { db, sessionTtlMs } = c.get('deps');
    const body = c.req.valid('json');
    const out = await login(db, body.email, body.password, sessionTtlMs);
    await appendAudit(db, {
      orgId: out.user.orgId,
      userId: out.user.id,
      action: 'auth.login',
      entityKind: 'user',
      entityId: out.user.id,
    });
    return c.json(out, 200);
  });
}

export function registerUsers(app: OpenAPIHono<AppEnv>): void {
  app.openapi(logout, async (c) => {
    const user = c.get('user');
    const { db } = c.get('deps');
    const token = bearer(c);
    if (token) {
      forgetToken(token);
      await revokeTokenValue(db, token);
    }
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'auth.logout',
      entityKind: 'user',
      entityId: user.id,
    });
    return c.body(null, 204);
  });

  app.openapi(me, (c) => c.json(c.get('user'), 200));

  app.openapi(newToken, async (c) => {
    const user = c.get('user');
    const { db } = c.get('deps');
    const body = c.req.valid('json');
    const t = await createToken(db, user.id, body.label, body.days * 86_400_000);
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'token.create',
      entityKind: 'token',
      entityId: t.id,
    });
    return c.json(t, 201);
  });

  app.openapi(list, async (c) => {
    const user = authorize(c, 'users.manage');
    return c.json({ users: await listUsers(c.get('deps').db, user.orgId) }, 200);
  });

  app.openapi(create, async (c) => {
    const admin = authorize(c, 'users.manage');
    const { db } = c.get('deps');
    const body = c.req.valid('json');
    if (await findUserByEmail(db, body.email))
      throw new MedcodeError('conflict', 'a user with this email exists');
    const user = await createUser(db, {
      orgId: admin.orgId,
      email: body.email,
      name: body.name,
      role: body.role,
      passwordHash: await hashPassword(body.password),
    });
    await appendAudit(db, {
      orgId: admin.orgId,
      userId: admin.id,
      action: 'user.create',
      entityKind: 'user',
      entityId: user.id,
      detail: { role: user.role },
    });
    return c.json(user, 201);
  });
}
