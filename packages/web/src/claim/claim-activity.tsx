/**
 * @module claim/claim-activity
 * What has happened to the claim: its status history (every change with who and when, from
 * the claim's events) and its provider queries with where each stands.
 */
import type { ClaimEvent, ProviderQuery } from '../api/types.ts';
import { dateTime } from '../ui/format.ts';

export function History(props: { events: readonly ClaimEvent[]; userId: string }) {
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">Status history</h2>
      <ol>
        {props.events.map((e) => (
          <li key={`${e.at}-${e.toStatus}`}>
            <span className={`status status-${e.toStatus}`}>{e.toStatus}</span>{' '}
            <span className="muted small">
              {e.fromStatus ? `from ${e.fromStatus}, ` : ''}
              {dateTime(e.at)}
              {e.userId === null ? ' (system)' : e.userId === props.userId ? ' by you' : ' by another user'}
              {e.note ? ` — ${e.note}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Queries(props: { queries: readonly ProviderQuery[] }) {
  if (props.queries.length === 0) return null;
  return (
    <section aria-labelledby="queries-title" className="queries">
      <h2 id="queries-title">Provider queries</h2>
      <ul>
        {props.queries.map((q) => (
          <li key={q.id} data-query-status={q.status}>
            <span className={`qstatus qstatus-${q.status}`}>{q.status}</span> {q.query.question}
            {q.query.to ? <span className="muted small"> — to {q.query.to}</span> : null}
            {q.answer ? <p className="answer">Answer: {q.answer.text}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
