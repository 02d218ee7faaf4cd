/**
 * @module claim/decisions-store
 * The coder's decisions on the suggestions, kept for the browser tab (codes only, no PHI) so a
 * reload does not lose them. The service has no place for them yet.
 */
import type { Decision } from './suggestion-model.ts';

const decisionsKey = (id: string) => `medcode.decisions.${id}`;
export function readDecisions(id: string): Record<string, Decision> {
  try {
    return JSON.parse(sessionStorage.getItem(decisionsKey(id)) ?? '{}') as Record<string, Decision>;
  } catch {
    return {};
  }
}
export function writeDecisions(id: string, d: Record<string, Decision>): void {
  if (Object.keys(d).length > 0) sessionStorage.setItem(decisionsKey(id), JSON.stringify(d));
}
