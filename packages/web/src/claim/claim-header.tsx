/**
 * @module claim/claim-header
 * The claim's bar: which claim and patient, where it stands, whether the draft is saved and
 * checked, and the moves the role may make (save, mark coded, another status).
 */
import { type RefObject, useState } from 'react';
import type { ClaimStatus, User } from '../api/types.ts';
import { Kbd } from '../ui/kbd.tsx';
import { yearsOld } from './coding-request.ts';
import type { ClaimWork } from './use-claim.ts';

function age(birth: string | undefined, on: string | null): string {
  const years = yearsOld(birth, on);
  return years === undefined ? '' : `${years} y`;
}

export function ClaimHeader(props: {
  work: ClaimWork;
  user: User;
  readOnly: boolean;
  next: ClaimStatus[];
  statusRef: RefObject<HTMLSelectElement | null>;
  onSave: () => void;
  onMarkCoded: () => void;
  onStatus: (to: ClaimStatus) => void;
  findingsCount: number;
}) {
  const { work, next } = props;
  const s = work.stored!;
  const c = work.draft!;
  const [to, setTo] = useState<ClaimStatus | ''>('');
  const p = c.patient;
  const rendering = c.providers.find((x) => x.role === 'rendering');
  const mayCode = !props.readOnly && (next.includes('coded') || s.status === 'received');
  return (
    <div className="claim-head">
      <div className="claim-id">
        <h1 id="claim-title">
          Claim {s.externalId} <span className={`status status-${s.status}`}>{s.status}</span>
        </h1>
        <p className="facts">
          <span>
            <span className="label">Patient</span> {p.name.last}
            {p.name.first ? `, ${p.name.first}` : ''} · {p.sex ?? '?'} · {age(p.birthDate, s.serviceDate)}
          </span>
          <span>
            <span className="label">Payer</span> {c.subscriber.payer.name}
          </span>
          <span>
            <span className="label">Date of service</span> {s.serviceDate ?? '—'}
          </span>
          {rendering ? (
            <span>
              <span className="label">Rendering</span> {rendering.name.first} {rendering.name.last}
            </span>
          ) : null}
          <span>
            <span className="label">Assigned</span>{' '}
            {s.assignedTo === null ? 'nobody' : s.assignedTo === props.user.id ? 'me' : 'another user'}
          </span>
        </p>
      </div>
      <div className="claim-actions">
        <p className="save-state" aria-live="polite">
          {work.dirty ? (
            <span className="unsaved">Unsaved changes</span>
          ) : (
            <span className="muted">Saved</span>
          )}
          {' · '}
          {work.checking ? (
            <span className="muted">checking…</span>
          ) : (
            <span className={props.findingsCount > 0 ? 'warn' : 'ok'}>
              {props.findingsCount} finding{props.findingsCount === 1 ? '' : 's'}
            </span>
          )}
        </p>
        {props.readOnly ? null : (
          <button type="button" onClick={props.onSave} disabled={!work.dirty}>
            Save <Kbd id="save" />
          </button>
        )}
        {mayCode ? (
          <button type="button" className="primary" onClick={props.onMarkCoded}>
            Mark coded <Kbd id="markCoded" />
          </button>
        ) : null}
        {next.length > 0 ? (
          <form
            className="status-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (to) props.onStatus(to);
            }}
          >
            <label>
              <span className="sr-only">New status</span>
              <select
                ref={props.statusRef}
                value={to}
                onChange={(e) => setTo(e.target.value as ClaimStatus | '')}
              >
                <option value="">Move to…</option>
                {next.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={!to}>
              Move <Kbd id="status" />
            </button>
          </form>
        ) : null}
      </div>
      {work.draftProblem ? (
        <p role="alert" className="form-problem wide">
          The claim cannot be checked as it stands: {work.draftProblem}
        </p>
      ) : null}
      {work.problem ? (
        <p role="alert" className="form-problem wide">
          {work.problem}{' '}
          {work.conflict ? (
            <button type="button" onClick={() => void work.reload()}>
              Reload the claim
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
