/**
 * @module queue/use-next-claim
 * "Next claim": take the next unassigned claim of the queue (highest priority, earliest due,
 * oldest: POST /api/queues/next), start coding it, open it.
 */
import { useCallback, useRef } from 'react';
import { can } from '../auth/policy.ts';
import { useSession } from '../auth/session.tsx';
import { canLeave, navigate } from '../router.ts';
import { useAnnounce } from '../ui/announce.tsx';

export function useNextClaim(): () => Promise<void> {
  const { api, user } = useSession();
  const announce = useAnnounce();
  const busy = useRef(false);
  return useCallback(async () => {
    if (!user || busy.current) return;
    if (!canLeave()) return;
    if (!can(user.role, 'queue.work')) {
      announce(`The ${user.role} role does not take claims from the queue.`, 'problem');
      return;
    }
    busy.current = true;
    try {
      const r = await api.nextClaim();
      if (!r.ok) return announce(r.error.message, 'problem');
      const claim = r.value.claim;
      if (!claim) return announce('No unassigned claim is waiting.');
      // A claim taken from the queue is being coded: the lifecycle records who started when.
      if (claim.status === 'received') await api.transition(claim.id, 'coding', claim.version);
      announce(`Took claim ${claim.externalId}.`);
      navigate({ name: 'claim', id: claim.id }, { force: true });
    } finally {
      busy.current = false;
    }
  }, [api, user, announce]);
}
