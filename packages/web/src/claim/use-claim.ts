/**
 * @module claim/use-claim
 * One claim being worked: the stored claim, the coder's draft of it, and the findings for the
 * draft. Every edit is checked at once (POST /api/scrub, the newest edit cancelling the check of
 * the one before), so findings move with the form; saving (PUT, with the version read, so two
 * people cannot overwrite each other) stores the draft and the service checks it again.
 */
import type { Finding } from '@medcode/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimEvent, ClaimStatus, StoredClaim } from '../api/types.ts';
import type { ClaimWire } from '../api/wire.ts';
import { can } from '../auth/policy.ts';
import { useSession } from '../auth/session.tsx';

const CHECK_DELAY_MS = 150;

export interface ClaimWork {
  stored: StoredClaim | undefined;
  draft: ClaimWire | undefined;
  findings: Finding[];
  events: ClaimEvent[];
  checking: boolean;
  /** Why the draft cannot be checked (a field the claim parser refuses), in the service's words. */
  draftProblem: string | undefined;
  /** Loading, saving or moving failed. */
  problem: string | undefined;
  conflict: boolean;
  dirty: boolean;
  edit(next: (c: ClaimWire) => ClaimWire): void;
  save(): Promise<boolean>;
  transition(to: ClaimStatus): Promise<boolean>;
  reload(): Promise<void>;
}

export function useClaim(id: string): ClaimWork {
  const { api, user } = useSession();
  const [stored, setStored] = useState<StoredClaim>();
  const [draft, setDraft] = useState<ClaimWire>();
  const [findings, setFindings] = useState<Finding[]>([]);
  const [events, setEvents] = useState<ClaimEvent[]>([]);
  const [checking, setChecking] = useState(false);
  const [draftProblem, setDraftProblem] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [dirty, setDirty] = useState(false);
  const check = useRef<{ timer?: ReturnType<typeof setTimeout>; ctl?: AbortController }>({});
  const draftRef = useRef<ClaimWire>(undefined);
  draftRef.current = draft;
  // The latest stored claim, for its version, even inside a callback made before a save.
  const storedRef = useRef<StoredClaim>(undefined);

  const take = useCallback((c: StoredClaim) => {
    storedRef.current = c;
    draftRef.current = c.claim;
    setStored(c);
    setDraft(c.claim);
    setFindings(c.findings);
    setDirty(false);
    setDraftProblem(undefined);
    setConflict(false);
  }, []);

  const loadEvents = useCallback(async () => {
    const r = await api.events(id);
    if (r.ok) setEvents(r.value.events);
  }, [api, id]);

  const reload = useCallback(async () => {
    const r = await api.claim(id);
    if (!r.ok) return setProblem(r.error.message);
    setProblem(undefined);
    take(r.value);
    await loadEvents();
  }, [api, id, take, loadEvents]);

  useEffect(() => {
    void reload();
    const c = check.current;
    return () => {
      clearTimeout(c.timer);
      c.ctl?.abort();
    };
  }, [reload]);

  const scheduleCheck = useCallback(
    (claim: ClaimWire) => {
      if (!user || !can(user.role, 'claims.scrub')) return;
      const c = check.current;
      clearTimeout(c.timer);
      c.ctl?.abort();
      c.timer = setTimeout(async () => {
        const ctl = new AbortController();
        c.ctl = ctl;
        setChecking(true);
        const r = await api.scrub(claim, ctl.signal);
        if (ctl.signal.aborted) return;
        setChecking(false);
        if (r.ok) {
          setFindings(r.value.findings);
          setDraftProblem(undefined);
        } else if (r.error.code !== 'aborted') setDraftProblem(r.error.message);
      }, CHECK_DELAY_MS);
    },
    [api, user],
  );

  const edit = useCallback(
    (fn: (c: ClaimWire) => ClaimWire) => {
      const cur = draftRef.current;
      if (!cur) return;
      const next = fn(cur);
      if (next === cur) return;
      draftRef.current = next;
      setDraft(next);
      setDirty(true);
      scheduleCheck(next);
    },
    [scheduleCheck],
  );

  const save = useCallback(async () => {
    const cur = draftRef.current;
    const s = storedRef.current;
    if (!s || !cur) return false;
    const r = await api.saveClaim(s.id, cur, s.version);
    if (!r.ok) {
      setProblem(r.error.message);
      setConflict(r.error.code === 'conflict');
      return false;
    }
    clearTimeout(check.current.timer);
    check.current.ctl?.abort();
    setChecking(false);
    setProblem(undefined);
    take(r.value);
    return true;
  }, [api, take]);

  const transition = useCallback(
    async (to: ClaimStatus) => {
      if (!storedRef.current) return false;
      const unsaved = draftRef.current !== storedRef.current.claim;
      if (unsaved && !(await save())) return false;
      const s = storedRef.current;
      const r = await api.transition(s.id, to, s.version);
      if (!r.ok) {
        setProblem(r.error.message);
        return false;
      }
      setProblem(undefined);
      take(r.value);
      await loadEvents();
      return true;
    },
    [api, save, take, loadEvents],
  );

  return {
    stored,
    draft,
    findings,
    events,
    checking,
    draftProblem,
    problem,
    conflict,
    dirty,
    edit,
    save,
    transition,
    reload,
  };
}
