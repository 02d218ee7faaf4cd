/**
 * @module static
 * The workbench's built files, served at `/` by the same process as the API. Paths that are
 * not files get index.html (the workbench routes in the browser); /api is never served here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export function serveWorkbench(app: Hono<AppEnv>, root: string): void {
  const base = resolve(root);
  const index = join(base, 'index.html');
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api')) return next();
    const wanted = normalize(join(base, decodeURIComponent(c.req.path)));
    const file = wanted.startsWith(base) && existsSync(wanted) && statSync(wanted).isFile() ? wanted : index;
    if (!existsSync(file)) return next();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Hashed asset names may be cached for good; index.html never is.
    const cache = file === index ? 'no-cache' : 'public, max-age=31536000, immutable';
    return c.body(readFileSync(file), 200, {
      'content-type': type,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
    });
  });
}

/** packages/web/dist of this checkout, when the workbench has been built. */
export function findWebRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'packages', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}
