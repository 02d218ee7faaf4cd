/**
 * @module claim/query-dialog
 * Drafting and sending a provider query. The draft made from the finding is only a start: the
 * coder reads and edits the question, the clinical indicators and the options, then sends it
 * (POST /api/queries, then /send). A query with options keeps "other" and "clinically
 * undetermined" among them (compliant-query practice, AHIMA/ACDIS 2022).
 */
import { useState } from 'react';
import type { ProviderQuery, QueryDraft } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Dialog } from '../ui/dialog.tsx';
import { Kbd } from '../ui/kbd.tsx';

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '');

export function QueryDialog(props: {
  draft: QueryDraft;
  onClose: () => void;
  onDone: (q: ProviderQuery) => void;
}) {
  const { api } = useSession();
  const [to, setTo] = useState(props.draft.to ?? '');
  const [question, setQuestion] = useState(props.draft.question);
  const [indicators, setIndicators] = useState(props.draft.indicators.join('\n'));
  const [options, setOptions] = useState((props.draft.options ?? []).join('\n'));
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(send: boolean) {
    if (busy) return;
    if (question.trim() === '') return setProblem('The query needs a question.');
    setBusy(true);
    const opts = lines(options);
    const created = await api.draftQuery({
      subjectKind: 'claim',
      subjectId: props.draft.subjectId,
      question: question.trim(),
      indicators: lines(indicators),
      ...(opts.length > 0 ? { options: opts } : {}),
      ...(to.trim() ? { to: to.trim() } : {}),
    });
    if (!created.ok) {
      setBusy(false);
      return setProblem(created.error.message);
    }
    if (!send) return props.onDone(created.value);
    const sent = await api.sendQuery(created.value.id);
    setBusy(false);
    if (!sent.ok) return setProblem(`Drafted, but not sent: ${sent.error.message}`);
    props.onDone(sent.value);
  }

  return (
    <Dialog
      title="Provider query"
      onClose={props.onClose}
      keys={{ dialogSubmit: () => void submit(true) }}
      size="wide"
    >
      <form
        className="query-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(true);
        }}
      >
        <label htmlFor="q-to">To (provider)</label>
        <input id="q-to" value={to} onChange={(e) => setTo(e.target.value)} />
        <label htmlFor="q-question">Question</label>
        <textarea
          id="q-question"
          data-autofocus
          rows={4}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
        />
        <label htmlFor="q-ind">Clinical indicators from the record (one a line)</label>
        <textarea id="q-ind" rows={4} value={indicators} onChange={(e) => setIndicators(e.target.value)} />
        <label htmlFor="q-opt">Options (one a line; leave empty for an open question)</label>
        <textarea id="q-opt" rows={4} value={options} onChange={(e) => setOptions(e.target.value)} />
        <p className="muted small">
          A compliant query presents the indicators and does not lead: no diagnosis is suggested as the answer
          and nothing is said about payment.
        </p>
        <div role="alert" className="form-problem">
          {problem}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => void submit(false)} disabled={busy}>
            Save as draft
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Send to provider <Kbd id="dialogSubmit" />
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel <Kbd id="dialogClose" />
          </button>
        </div>
      </form>
    </Dialog>
  );
}
