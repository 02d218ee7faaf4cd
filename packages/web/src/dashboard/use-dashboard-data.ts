/**
 * @module dashboard/use-dashboard-data
 * What the dashboard counts, fetched with the role's own rights: the organization's claims;
 * the "coded" status changes from the audit log when the role may read it (auditor, admin),
 * else from each claim's events (at most MAX_EVENT_CLAIMS claims, the newest); coder names
 * only for an admin (who may list users), otherwise "you" and numbered coders.
 */
import { useEffect, useState } from 'react';
import type { StoredClaim, User } from '../api/types.ts';
import { can } from '../auth/policy.ts';
import { useSession } from '../auth/session.tsx';
import type { CodedEvent } from './aggregate.ts';

const MAX_EVENT_CLAIMS = 100;
const AUDIT_PAGES = 20;

export interface DashboardData {
  claims: StoredClaim[];
  coded: CodedEvent[];
  names: Map<string, string>;
  /** Where the per-coder counts come from, said on the screen. */
  source: string;
}

export function useDashboardData(user: User): { data?: DashboardData; problem?: string } {
  const { api } = useSession();
  const [state, setState] = useState<{ data?: DashboardData; problem?: string }>({});

  useEffect(() => {
    let live = true;
    (async () => {
      const r = await api.claims({ assigned: 'any', limit: 500 });
      if (!r.ok) return live && setState({ problem: r.error.message });
      const claims = r.value.claims;
      const coded: CodedEvent[] = [];
      let source: string;
      if (can(user.role, 'audit.read')) {
        let after: number | undefined;
        for (let page = 0; page < AUDIT_PAGES; page++) {
          const a = await api.audit(after, 1000);
          if (!a.ok) break;
          for (const e of a.value.entries)
            if (e.action === 'claim.transition' && e.detail.to === 'coded')
              coded.push({ userId: e.userId, at: e.at });
          if (a.value.entries.length < 1000) break;
          after = a.value.entries[a.value.entries.length - 1]!.seq;
        }
        source = 'the audit log';
      } else {
        const sample = [...claims].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_EVENT_CLAIMS);
        const answers = await Promise.all(sample.map((c) => api.events(c.id)));
        for (const a of answers)
          if (a.ok)
            for (const e of a.value.events)
              if (e.toStatus === 'coded') coded.push({ userId: e.userId, at: e.at });
        source = `the status history of the ${sample.length} most recently changed claims`;
      }
      const names = new Map<string, string>();
      if (can(user.role, 'users.manage')) {
        const u = await api.users();
        if (u.ok) for (const x of u.value.users) names.set(x.id, x.name);
      }
      if (live) setState({ data: { claims, coded, names, source } });
    })();
    return () => {
      live = false;
    };
  }, [api, user.role]);

  return state;
}
