/**
 * @module claim-lifecycle
 * Where a claim is in its life at a practice, and the steps it may take: forward, plus the way
 * back to coding when a check, a provider query or a denial asks for rework. The service
 * enforces these steps; the workbench offers only these.
 */
export const CLAIM_STATUSES = [
  'received',
  'coding',
  'coded',
  'checked',
  'ready',
  'submitted',
  'paid',
  'denied',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  received: ['coding', 'checked'],
  coding: ['coded'],
  coded: ['checked', 'coding'],
  checked: ['ready', 'coding'],
  ready: ['submitted', 'coding'],
  submitted: ['paid', 'denied'],
  denied: ['coding'],
  paid: [],
};
