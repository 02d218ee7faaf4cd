/**
 * @module queue/queue-screen
 * The work queue: claims assigned to me and unassigned, filtered by payer, status, age and the
 * edits firing on them. The list shows no patient names (minimum necessary: the claim screen
 * shows the patient to whoever opens the claim to work it).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimFilter } from '../api/client.ts';
import { CLAIM_STATUSES, type ClaimStatus, type StoredClaim } from '../api/types.ts';
import { can } from '../auth/policy.ts';
import { useSession, useUser } from '../auth/session.tsx';
import { useShortcuts } from '../keys/use-shortcuts.ts';
import { navigate } from '../router.ts';
import { ageDays, money } from '../ui/format.ts';
import { Kbd } from '../ui/kbd.tsx';
import {
  applyFilter,
  type EditsFilter,
  FAMILIES,
  familyName,
  familyOf,
  mergeQueues,
  NO_FILTER,
  payersOf,
  type QueueFilter,
  worst,
} from './filters.ts';

type Whose = 'mine' | 'unassigned' | 'both';

export function QueueScreen() {
  const { api } = useSession();
  const user = useUser();
  const worker = can(user.role, 'queue.work');
  const [whose, setWhose] = useState<Whose>(worker ? 'both' : 'unassigned');
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [claims, setClaims] = useState<StoredClaim[]>();
  const [problem, setProblem] = useState<string>();
  const [selected, setSelected] = useState(0);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const filtersRef = useRef<HTMLSelectElement>(null);

  const load = useCallback(async () => {
    const base: ClaimFilter = { limit: 500, ...(status ? { status } : {}) };
    const asks: NonNullable<ClaimFilter['assigned']>[] =
      whose === 'both' ? ['me', 'none'] : whose === 'mine' ? ['me'] : worker ? ['none'] : ['any'];
    const answers = await Promise.all(asks.map((assigned) => api.claims({ ...base, assigned })));
    const failed = answers.find((a) => !a.ok);
    if (failed && !failed.ok) return setProblem(failed.error.message);
    setProblem(undefined);
    setClaims(mergeQueues(...answers.map((a) => (a.ok ? a.value.claims : []))));
  }, [api, status, whose, worker]);

  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(() => (claims ? applyFilter(claims, filter) : []), [claims, filter]);
  const payers = useMemo(() => payersOf(claims ?? []), [claims]);

  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => mainRef.current?.focus(), []);

  /** j/k move from the row that has the focus; the first j lands on the selected row. */
  const inList = () => document.activeElement?.classList.contains('claim-link') ?? false;
  const focusRow = (i: number) => {
    const n = shown.length;
    if (n === 0) return;
    const k = Math.max(0, Math.min(n - 1, i));
    setSelected(k);
    tableRef.current?.querySelectorAll<HTMLAnchorElement>('a.claim-link')[k]?.focus();
  };
  const open = () => {
    const c = shown[selected];
    if (c) navigate({ name: 'claim', id: c.id });
  };

  useShortcuts({
    queueDown: () => focusRow(inList() ? selected + 1 : selected),
    queueUp: () => focusRow(inList() ? selected - 1 : selected),
    queueOpen: open,
    queueMine: () => worker && setWhose('mine'),
    queueUnassigned: () => setWhose('unassigned'),
    queueAll: () => worker && setWhose('both'),
    queueFilters: () => filtersRef.current?.focus(),
    queueRefresh: () => void load(),
  });

  const set = (patch: Partial<QueueFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setSelected(0);
  };

  return (
    <main id="main" ref={mainRef} tabIndex={-1} className="screen queue" aria-labelledby="queue-title">
      <div className="screen-head">
        <h1 id="queue-title">Work queue</h1>
        <fieldset className="segmented" aria-label="Whose claims">
          {worker ? (
            <>
              <WhoseButton value="mine" whose={whose} set={setWhose} label="Mine" kbd="queueMine" />
              <WhoseButton
                value="unassigned"
                whose={whose}
                set={setWhose}
                label="Unassigned"
                kbd="queueUnassigned"
              />
              <WhoseButton
                value="both"
                whose={whose}
                set={setWhose}
                label="Mine + unassigned"
                kbd="queueAll"
              />
            </>
          ) : (
            <span className="muted">All claims of the organization (read only)</span>
          )}
        </fieldset>
        <button type="button" onClick={() => void load()}>
          Refresh <Kbd id="queueRefresh" />
        </button>
      </div>

      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>
            Payer <Kbd id="queueFilters" />
          </span>
          <select ref={filtersRef} value={filter.payer} onChange={(e) => set({ payer: e.target.value })}>
            <option value="">Any payer</option>
            {payers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.id})
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus | '')}>
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Age
          <select value={filter.minAgeDays} onChange={(e) => set({ minAgeDays: Number(e.target.value) })}>
            <option value={0}>Any age</option>
            <option value={1}>1 day or older</option>
            <option value={3}>3 days or older</option>
            <option value={7}>7 days or older</option>
            <option value={30}>30 days or older</option>
          </select>
        </label>
        <label>
          Edits firing
          <select value={filter.edits} onChange={(e) => set({ edits: e.target.value as EditsFilter })}>
            <option value="all">Any</option>
            <option value="with">Some edit fires</option>
            <option value="without">No edit fires</option>
            <option value="severity:reject">Would be rejected</option>
            <option value="severity:deny">Would be denied</option>
            {Object.keys(FAMILIES).map((f) => (
              <option key={f} value={`family:${f}`}>
                {familyName(f)}
              </option>
            ))}
          </select>
        </label>
        <output className="muted" aria-live="polite">
          {claims ? `${shown.length} of ${claims.length} claims` : 'Loading…'}
        </output>
      </form>

      {problem ? (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      ) : null}

      <table className="grid queue-table">
        <caption className="sr-only">Claims in queue order; j and k move, Enter opens</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Status</th>
            <th scope="col">Payer</th>
            <th scope="col">Service date</th>
            <th scope="col">Age</th>
            <th scope="col">Edits firing</th>
            <th scope="col">Assigned</th>
            <th scope="col" className="num">
              Priority
            </th>
            <th scope="col" className="num">
              Charge
            </th>
          </tr>
        </thead>
        <tbody ref={tableRef}>
          {shown.map((c, i) => {
            const w = worst(c);
            const families = [...new Set(c.findings.map((f) => familyOf(f.code)))];
            return (
              <tr
                key={c.id}
                className={i === selected ? 'selected' : undefined}
                aria-selected={i === selected}
              >
                <td>
                  <a
                    className="claim-link"
                    href={`/claims/${encodeURIComponent(c.id)}`}
                    onFocus={() => setSelected(i)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ name: 'claim', id: c.id });
                    }}
                  >
                    {c.externalId}
                  </a>
                </td>
                <td>
                  <span className={`status status-${c.status}`}>{c.status}</span>
                </td>
                <td>{c.claim.subscriber.payer.name}</td>
                <td>{c.serviceDate ?? '—'}</td>
                <td>{ageDays(c.createdAt)} d</td>
                <td>
                  {c.findings.length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    <span title={families.map(familyName).join(', ')}>
                      <span className={`sev sev-${w}`}>{w}</span> {c.findings.length} ({families.join(', ')})
                    </span>
                  )}
                </td>
                <td>
                  {c.assignedTo === null ? 'unassigned' : c.assignedTo === user.id ? 'me' : 'another user'}
                </td>
                <td className="num">{c.priority}</td>
                <td className="num">{money(c.claim.totalCharge)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {claims && shown.length === 0 ? <p className="empty">No claim matches these filters.</p> : null}
    </main>
  );
}

function WhoseButton(props: {
  value: Whose;
  whose: Whose;
  set: (w: Whose) => void;
  label: string;
  kbd: 'queueMine' | 'queueUnassigned' | 'queueAll';
}) {
  return (
    <button type="button" aria-pressed={props.whose === props.value} onClick={() => props.set(props.value)}>
      {props.label} <Kbd id={props.kbd} />
    </button>
  );
}
