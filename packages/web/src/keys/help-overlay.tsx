/**
 * @module keys/help-overlay
 * The "?" overlay: every shortcut of the workbench, by where it acts, read from the one table.
 */
import { Dialog } from '../ui/dialog.tsx';
import { keyLabel, SCOPE_TITLES, SHORTCUTS, type Scope } from './shortcuts.ts';

/** Three columns: where you are, the claim, the encoder and dialogs. */
const COLUMNS: Scope[][] = [['global', 'queue'], ['claim'], ['encoder', 'dialog']];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const all = Object.values(SHORTCUTS);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} keys={{ help: onClose }} size="full">
      <div className="help-grid">
        {COLUMNS.map((col) => (
          <div key={col.join()}>
            {col.map((scope) => (
              <section key={scope} aria-labelledby={`help-${scope}`}>
                <h3 id={`help-${scope}`}>{SCOPE_TITLES[scope]}</h3>
                <dl className="help-list">
                  {all
                    .filter((s) => s.scope === scope)
                    .map((s) => (
                      <div key={`${scope}-${s.label}`} className="help-row">
                        <dt>
                          {s.keys.map((k, i) => (
                            <span key={k}>
                              {i > 0 ? <span className="help-or"> or </span> : null}
                              <kbd className="kbd">{keyLabel(k)}</kbd>
                            </span>
                          ))}
                        </dt>
                        <dd>{s.label}</dd>
                      </div>
                    ))}
                </dl>
              </section>
            ))}
          </div>
        ))}
      </div>
      <p className="help-foot">
        Single keys act when the focus is not in a text field; keys with Ctrl or Alt act everywhere.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close <kbd className="kbd">Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
