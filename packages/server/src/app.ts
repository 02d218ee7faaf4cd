/**
 * @module app
 * The HTTP application: every resource under /api, one error shape, sign-in required on all
 * but /api/health, /api/openapi.json and /api/auth/login; per-route authorization by role;
 * request size and rate limits; one PHI-free log line per request.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { MedcodeError } from '@medcode/domain';
import { bodyLimit } from 'hono/body-limit';
import { requireUser } from './auth.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { errorBody } from './http-errors.ts';
import { RateLimiter } from './rate-limit.ts';
import { registerAudit } from './routes/audit.ts';
import { registerClaims } from './routes/claims.ts';
import { registerCodes } from './routes/codes.ts';
import { registerJobs } from './routes/jobs.ts';
import { registerLab } from './routes/lab.ts';
import { registerQueries } from './routes/queries.ts';
import { registerScrub } from './routes/scrub.ts';
import { registerLogin, registerUsers } from './routes/users.ts';
import { serveWorkbench } from './static.ts';

export const API_VERSION = '0.1.0';

export function createApp(deps: AppDeps, opts: { webRoot?: string } = {}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Schema failures answer in the same shape as every other error, naming the fields.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
        return c.json(
          { error: { code: 'bad-input', message: issues.join('; '), details: result.error.issues } },
          400,
        );
      }
      return undefined;
    },
  });
  const limiter = new RateLimiter(deps.limits.rate, deps.limits.burst);

  app.onError((e, c) => {
    const { status, body } = errorBody(e);
    if (status >= 500)
      deps.log({
        at: new Date().toISOString(),
        level: 'error',
        msg: 'request failed',
        code: body.error.code,
      });
    return c.json(body, status as 400);
  });

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    if (c.req.path === '/api/health') return;
    const user = c.get('user') as AppEnv['Variables']['user'] | undefined;
    deps.log({
      at: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(user ? { user: user.id } : {}),
    });
  });

  app.use('/api/*', async (c, next) => {
    const key = c.req.header('authorization') ?? c.req.header('x-forwarded-for') ?? 'anonymous';
    if (!limiter.take(key)) throw new MedcodeError('rate-limited', 'too many requests; slow down');
    await next();
  });

  app.use('/api/*', async (c, next) => {
    const max =
      c.req.path === '/api/jobs' && c.req.method === 'POST' ? deps.limits.uploadBytes : deps.limits.jsonBytes;
    return bodyLimit({
      maxSize: max,
      onError: () => {
        throw new MedcodeError('too-large', `the request body is larger than ${max} bytes`);
      },
    })(c, next);
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', version: API_VERSION }));
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Medcode API', version: API_VERSION, description: 'Medical coding and claims integrity' },
    security: [{ bearer: [] }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  registerLogin(app);

  app.use('/api/*', requireUser);
  registerUsers(app);
  registerCodes(app);
  registerScrub(app);
  registerClaims(app);
  registerJobs(app);
  registerQueries(app);
  registerLab(app);
  registerAudit(app);

  if (opts.webRoot !== undefined) serveWorkbench(app, opts.webRoot);
  app.notFound((c) => c.json({ error: { code: 'not-found', message: 'no such route' } }, 404));
  return app;
}
