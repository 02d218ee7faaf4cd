/**
 * @module router
 * The workbench's few screens, addressed by path so a claim can be linked and the browser's
 * back button works. Four routes with no nesting do not need a routing library: the path is
 * parsed into a plain value and the History API moves between them. The service answers
 * index.html for every path outside /api (packages/server/src/static.ts).
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'queue' }
  | { name: 'claim'; id: string }
  | { name: 'encoder' }
  | { name: 'dashboard' };

export function parseRoute(path: string): Route {
  const claim = /^\/claims\/([^/]+)\/?$/.exec(path);
  if (claim) return { name: 'claim', id: decodeURIComponent(claim[1]!) };
  if (path.startsWith('/encoder')) return { name: 'encoder' };
  if (path.startsWith('/dashboard')) return { name: 'dashboard' };
  return { name: 'queue' };
}

export function routePath(r: Route): string {
  switch (r.name) {
    case 'claim':
      return `/claims/${encodeURIComponent(r.id)}`;
    case 'encoder':
      return '/encoder';
    case 'dashboard':
      return '/dashboard';
    case 'queue':
      return '/';
  }
}

const listeners = new Set<() => void>();

/** Asked before leaving a screen; false keeps the user where they are (unsaved work). */
let leaveGuard: (() => boolean) | undefined;

export function setLeaveGuard(guard: (() => boolean) | undefined): void {
  leaveGuard = guard;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

/** Whether the current screen may be left now (it asks the user when work is unsaved). */
export const canLeave = (): boolean => !leaveGuard || leaveGuard();

export function navigate(r: Route, opts: { replace?: boolean; force?: boolean } = {}): void {
  const path = routePath(r);
  if (path === window.location.pathname) return;
  if (!opts.force && !canLeave()) return;
  if (opts.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const fn of listeners) fn();
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  return parseRoute(path);
}
