/**
 * @module encoder/use-code-search
 * Type-ahead code search that keeps up with typing: a request leaves at most 30 ms after the
 * last key (well under the 50 ms a typist notices), the request before it is cancelled, and only
 * the answer to what the box says now is shown (LatestOnly).
 */
import { useEffect, useMemo, useState } from 'react';
import type { ApiResult } from '../api/client.ts';
import type { SearchHit } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { LatestOnly } from './latest-only.ts';

export const DEBOUNCE_MS = 30;

export interface SearchState {
  /** The query the results answer ('' before any). */
  answered: string;
  results: SearchHit[];
  loading: boolean;
  problem: string | undefined;
  /** How long the last answer took, request to answer (ms). */
  ms: number | undefined;
}

const EMPTY: SearchState = { answered: '', results: [], loading: false, problem: undefined, ms: undefined };

type Timed = { r: ApiResult<{ results: SearchHit[] }>; ms: number };

export function useCodeSearch(query: string, opts: { system?: string; on?: string }): SearchState {
  const { api } = useSession();
  const [state, setState] = useState<SearchState>(EMPTY);
  const { system, on } = opts;

  const latest = useMemo(
    () =>
      new LatestOnly<Timed>(
        async (q, signal) => {
          const started = performance.now();
          const r = await api.searchCodes(
            q,
            { limit: 25, ...(system ? { system } : {}), ...(on ? { on } : {}) },
            signal,
          );
          return { r, ms: Math.round(performance.now() - started) };
        },
        (q, { r, ms }) =>
          setState(
            r.ok
              ? { answered: q, results: r.value.results, loading: false, problem: undefined, ms }
              : (s) => ({ ...s, loading: false, problem: r.error.message }),
          ),
        DEBOUNCE_MS,
      ),
    [api, system, on],
  );

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) {
      latest.cancel();
      setState(EMPTY);
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    latest.ask(q);
  }, [latest, query]);

  useEffect(() => () => latest.cancel(), [latest]);

  return state;
}
