/**
 * @module auth/policy
 * What each role may do, as the workbench needs to know it to offer only the actions that will
 * succeed. A copy of the service's table (packages/server/src/policy.ts), which stays the judge:
 * the service refuses anything not allowed whatever the workbench shows. Minimum necessary
 * (45 CFR 164.502(b)): a screen shows a role only what its work needs.
 */
import { TRANSITIONS } from '@medcode/domain';
import type { ClaimStatus, Role } from '../api/types.ts';

const ACTIONS = {
  'note.code': ['coder', 'biller', 'admin'],
  'claims.write': ['coder', 'biller', 'admin'],
  'claims.transition': ['coder', 'biller', 'payer-reviewer', 'admin'],
  'claims.scrub': ['coder', 'biller', 'payer-reviewer', 'admin'],
  'queue.work': ['coder', 'biller', 'admin'],
  'queries.read': ['coder', 'biller', 'auditor', 'admin'],
  'queries.write': ['coder', 'biller', 'admin'],
  'audit.read': ['auditor', 'admin'],
  'users.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export const can = (role: Role, action: Action): boolean =>
  (ACTIONS[action] as readonly Role[]).includes(role);

/** Statuses only some roles may set (server policy TRANSITION_ROLES). */
export { TRANSITIONS };

const ONLY: Partial<Record<ClaimStatus, readonly Role[]>> = {
  submitted: ['biller', 'admin'],
  paid: ['biller', 'payer-reviewer', 'admin'],
  denied: ['biller', 'payer-reviewer', 'admin'],
};

/** The statuses this role may move a claim to from `from`. */
export function nextStatuses(role: Role, from: ClaimStatus): ClaimStatus[] {
  if (!can(role, 'claims.transition')) return [];
  return TRANSITIONS[from].filter((to) => ONLY[to]?.includes(role) ?? true);
}
