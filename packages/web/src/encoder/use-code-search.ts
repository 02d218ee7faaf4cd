/**
 * @module encoder/use-code-search
 * Type-ahead code search that keeps up with typing: a request leaves at most 30 ms after the
 * last key (well under the 50 ms a typist notices), the request before it is cancelled
 * (AbortController), and an answer is shown only if it answers what the box says now, so a
 * slow early answer never overwrites a fast later one.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';

export const DEBOUNCE_MS = 30;

export interface SearchState {
  /** The query the results answer ('' before any). */
  answered: string;
  results: SearchHit[];
  loading: boolean;
  problem: string | undefined;
  /** How long the last answer took, request to render data (ms). */
  ms: number | undefined;
}

export function useCodeSearch(query: string, opts: { system?: string; on?: string }): SearchState {
  const { api } = useSession();
  const [state, setState] = useState<SearchState>({
    answered: '',
    results: [],
    loading: false,
    problem: undefined,
    ms: undefined,
  });
  const latest = useRef('');
  const { system, on } = opts;

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (q.length === 0) {
      setState({ answered: '', results: [], loading: false, problem: undefined, ms: undefined });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(async () => {
      const started = performance.now();
      const r = await api.searchCodes(
        q,
        { limit: 25, ...(system ? { system } : {}), ...(on ? { on } : {}) },
        ctl.signal,
      );
      if (ctl.signal.aborted || latest.current !== q) return;
      const ms = Math.round(performance.now() - started);
      if (r.ok) setState({ answered: q, results: r.value.results, loading: false, problem: undefined, ms });
      else setState((s) => ({ ...s, loading: false, problem: r.error.message }));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [api, query, system, on]);

  return state;
}
