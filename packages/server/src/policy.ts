/**
 * @module policy
 * Who may do what. Every route names one action; the action lists the roles allowed. Access is
 * always within the user's own organization (the minimum-necessary principle: a role sees only
 * what its work needs; HIPAA 45 CFR 164.312(a)(1) access control, 164.502(b) minimum necessary).
 */
import type { Role } from '@medcode/store';

export const ACTIONS = {
  'codes.read': ['coder', 'biller', 'auditor', 'payer-reviewer', 'admin'],
  'note.code': ['coder', 'biller', 'admin'],
  'claims.read': ['coder', 'biller', 'auditor', 'payer-reviewer', 'admin'],
  'claims.write': ['coder', 'biller', 'admin'],
  'claims.transition': ['coder', 'biller', 'payer-reviewer', 'admin'],
  'claims.scrub': ['coder', 'biller', 'payer-reviewer', 'admin'],
  'queue.work': ['coder', 'biller', 'admin'],
  'jobs.create': ['coder', 'biller', 'admin'],
  'jobs.read': ['coder', 'biller', 'auditor', 'admin'],
  'queries.read': ['coder', 'biller', 'auditor', 'admin'],
  'queries.write': ['coder', 'biller', 'admin'],
  'lab.review': ['coder', 'biller', 'admin'],
  'audit.read': ['auditor', 'admin'],
  'users.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export const allows = (role: Role, action: Action): boolean =>
  (ACTIONS[action] as readonly Role[]).includes(role);

/** Statuses only some roles may set: submission and payment are billing and payer work. */
export const TRANSITION_ROLES: Partial<Record<string, readonly Role[]>> = {
  submitted: ['biller', 'admin'],
  paid: ['biller', 'payer-reviewer', 'admin'],
  denied: ['biller', 'payer-reviewer', 'admin'],
};
