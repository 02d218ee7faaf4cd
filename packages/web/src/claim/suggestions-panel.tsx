/**
 * @module claim/suggestions-panel
 * The assistant's suggestions as a list the coder works through from the keyboard: j and k
 * select, a accepts, x rejects, c changes. Hovering or selecting one lights its words in the
 * note. The selected one shows its index path, companion instructions and guideline sections.
 */
import type { ClaimWire } from '../api/wire.ts';
import { Kbd } from '../ui/kbd.tsx';
import { type Decision, type SuggestionItem, stateOf } from './suggestion-model.ts';

const KIND_LABEL = { diagnosis: 'Diagnosis', procedure: 'Procedure', em: 'E/M level' } as const;

export function SuggestionsPanel(props: {
  items: readonly SuggestionItem[];
  claim: ClaimWire;
  decisions: Readonly<Record<string, Decision>>;
  selected: number;
  readOnly: boolean;
  onSelect: (i: number) => void;
  onHover: (key: string | undefined) => void;
  onAccept: (s: SuggestionItem) => void;
  onReject: (s: SuggestionItem) => void;
  onChange: (s: SuggestionItem) => void;
  onAcceptAll: () => void;
}) {
  const { items, claim, decisions, selected } = props;
  const open = items.filter((s) => stateOf(claim, s, decisions[s.key]) === 'open').length;
  return (
    <section className="suggestions" aria-labelledby="sugg-title">
      <div className="panel-head">
        <h2 id="sugg-title">
          Suggestions <span className="muted">({open} open)</span>
        </h2>
        {props.readOnly ? null : (
          <button type="button" onClick={props.onAcceptAll} disabled={open === 0}>
            Accept all <Kbd id="acceptAll" />
          </button>
        )}
      </div>
      <ol className="sugg-list" aria-label="Suggested codes">
        {items.map((s, i) => {
          const state = stateOf(claim, s, decisions[s.key]);
          const d = decisions[s.key];
          const isSel = i === selected;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are j/k/a/x/c (keys/shortcuts.ts)
            <li
              key={s.key}
              id={`sugg-${i}`}
              className={`sugg sugg-${state.replace(' ', '-')}${isSel ? ' selected' : ''}`}
              tabIndex={-1}
              aria-current={isSel ? 'true' : undefined}
              data-code={s.code}
              data-kind={s.kind}
              data-state={state}
              onMouseEnter={() => props.onHover(s.key)}
              onMouseLeave={() => props.onHover(undefined)}
              onFocus={() => props.onSelect(i)}
              onClick={() => props.onSelect(i)}
            >
              <div className="sugg-main">
                <span className="code">{s.code}</span>
                <span className="kind">{KIND_LABEL[s.kind]}</span>
                <span className="conf" title="How directly the note's words support the code">
                  {Math.round(s.confidence * 100)}%
                </span>
                <span className={`state state-${state.replace(' ', '-')}`}>
                  {state}
                  {d?.kind === 'changed' ? ` to ${d.to}` : ''}
                </span>
                <span className="desc">{s.description}</span>
              </div>
              {isSel ? (
                <div className="sugg-detail">
                  {s.indexPath ? (
                    <p className="index-path">
                      <span className="label">Index path</span> {s.indexPath}
                    </p>
                  ) : null}
                  <p className="evidence-words">
                    <span className="label">Words</span> {s.evidence.map((e) => `“${e.text}”`).join(', ')}
                  </p>
                  {s.details.length > 0 ? (
                    <ul className="details">
                      {s.details.map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ul>
                  ) : null}
                  {s.guidelines.length > 0 ? (
                    <p className="muted">Guidelines {s.guidelines.join(', ')}</p>
                  ) : null}
                  {props.readOnly ? null : (
                    <div className="row-actions">
                      <button type="button" onClick={() => props.onAccept(s)}>
                        Accept <Kbd id="accept" />
                      </button>
                      <button type="button" onClick={() => props.onReject(s)}>
                        Reject <Kbd id="reject" />
                      </button>
                      <button type="button" onClick={() => props.onChange(s)}>
                        Change… <Kbd id="change" />
                      </button>
                    </div>
                  )}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {items.length === 0 ? <p className="empty">No suggestion for this note.</p> : null}
    </section>
  );
}
