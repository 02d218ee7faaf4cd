/**
 * @module claim/note-view
 * The provider's note with the evidence of every suggested code highlighted. The suggestion
 * under the pointer or selected in the list lights its words; a highlight, clicked or focused
 * with Enter, says which codes it supports and the index path that led to each. Mentions the
 * assistant saw but did not code (negated, family history, uncertain ...) are underlined, with
 * the reason.
 */
import { useMemo } from 'react';
import type { NotCoded } from '../api/types.ts';
import { type Mark, runs } from './evidence.ts';
import type { SuggestionItem } from './suggestion-model.ts';

export interface Picked {
  text: string;
  items: SuggestionItem[];
  notCoded: NotCoded[];
}

export function NoteView(props: {
  text: string;
  items: readonly SuggestionItem[];
  notCoded: readonly NotCoded[];
  active: string | undefined;
  onPick: (p: Picked) => void;
}) {
  const { text, items, notCoded, active, onPick } = props;
  const parts = useMemo(() => {
    const marks: Mark[] = [];
    for (const s of items) for (const e of s.evidence) marks.push({ id: s.key, start: e.start, end: e.end });
    notCoded.forEach((n, i) => {
      marks.push({ id: `nc:${i}`, start: n.evidence.start, end: n.evidence.end });
    });
    return runs(text, marks);
  }, [text, items, notCoded]);

  const byKey = useMemo(() => new Map(items.map((s) => [s.key, s])), [items]);

  return (
    <div className="note">
      {parts.map((r) => {
        if (r.ids.length === 0) return <span key={r.start}>{r.text}</span>;
        const sug = r.ids.filter((id) => !id.startsWith('nc:')).map((id) => byKey.get(id)!);
        const nc = r.ids.filter((id) => id.startsWith('nc:')).map((id) => notCoded[Number(id.slice(3))]!);
        const lit = active !== undefined && r.ids.includes(active);
        const label =
          sug.length > 0
            ? `evidence for ${sug.map((s) => s.code).join(', ')}`
            : `not coded: ${nc.map((n) => n.reason).join(', ')}`;
        const pick = () => onPick({ text: r.text, items: sug, notCoded: nc });
        return (
          // A highlight is clickable and wraps across lines with the text, which a <button> cannot.
          // biome-ignore lint/a11y/useSemanticElements: see above
          <mark
            key={r.start}
            className={`${sug.length > 0 ? 'ev' : 'nc'}${lit ? ' ev-active' : ''}`}
            data-codes={sug.map((s) => s.code).join(' ')}
            title={label}
            aria-label={`${r.text}: ${label}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above
            role="button"
            tabIndex={0}
            onClick={pick}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                pick();
              }
            }}
          >
            {r.text}
          </mark>
        );
      })}
    </div>
  );
}

/** What a clicked highlight supports: each code with its index path, or why it was not coded. */
export function PickedEvidence({ picked, onClose }: { picked: Picked; onClose: () => void }) {
  return (
    <section id="picked-evidence" className="picked" aria-label="Selected evidence" aria-live="polite">
      <p>
        <q>{picked.text}</q>{' '}
        <button type="button" className="link" onClick={onClose}>
          close
        </button>
      </p>
      <ul>
        {picked.items.map((s) => (
          <li key={s.key}>
            <span className="code">{s.code}</span> {s.description}
            {s.indexPath ? (
              <div className="index-path">
                <span className="label">Index path</span> {s.indexPath}
              </div>
            ) : null}
          </li>
        ))}
        {picked.notCoded.map((n) => (
          <li key={`${n.evidence.start}-${n.reason}`}>
            <span className="badge">not coded: {n.reason}</span>{' '}
            {n.code ? <span className="code">{n.code}</span> : null} {n.detail}
            {n.guidelines.length > 0 ? (
              <span className="muted"> (Guidelines {n.guidelines.join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
