/**
 * @module encoder/encoder-panel
 * The encoder: type words, an abbreviation or a code prefix; the list keeps up with typing;
 * arrows move through it, Enter shows the tabular entry with its notes and path, Alt+Enter puts
 * the code on the claim. A combobox with a listbox (WAI-ARIA 1.2 combobox pattern), so a screen
 * reader follows the active result while the focus stays in the box.
 */
import type { CodeSystem } from '@medcode/domain';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../api/types.ts';
import { ariaKeys, Kbd } from '../ui/kbd.tsx';
import { CodeEntry } from './code-entry.tsx';
import { useCodeSearch } from './use-code-search.ts';

export interface UseCode {
  code: string;
  system: CodeSystem;
  description: string;
}

export function EncoderPanel(props: {
  on: string | undefined;
  onUse?: (hit: UseCode) => void;
  useLabel?: string;
  /** Put these words in the box and focus it (each new `n` does it again). */
  seed?: { text: string; n: number };
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Shown above the box while the coder is changing a suggestion. */
  banner?: string;
  onCancelBanner?: () => void;
}) {
  const [query, setQuery] = useState('');
  const [system, setSystem] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<SearchHit>();
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  const listId = useId();
  const search = useCodeSearch(query, {
    ...(system ? { system } : {}),
    ...(props.on ? { on: props.on } : {}),
  });
  const results = search.results;

  useEffect(() => {
    if (!props.seed) return;
    setQuery(props.seed.text);
    setOpen(undefined);
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [props.seed, inputRef]);

  // A new answer starts at its first result.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the answer changes
  useEffect(() => setActive(0), [search.answered]);

  const use = (h: SearchHit) => props.onUse?.({ code: h.code, system: h.system, description: h.description });

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = results.length;
    if (e.key === 'ArrowDown' && n > 0) {
      e.preventDefault();
      setActive((a) => (a + 1) % n);
    } else if (e.key === 'ArrowUp' && n > 0) {
      e.preventDefault();
      setActive((a) => (a - 1 + n) % n);
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      if (e.altKey || e.ctrlKey || e.metaKey) use(results[active]);
      else setOpen(results[active]);
    }
  }

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <section className="encoder" aria-label="Encoder">
      {props.banner ? (
        <p className="encoder-banner">
          {props.banner}{' '}
          <button type="button" className="link" onClick={props.onCancelBanner}>
            cancel
          </button>
        </p>
      ) : null}
      <div className="encoder-bar">
        <label htmlFor={`${listId}-q`} className="sr-only">
          Search codes
        </label>
        <input
          id={`${listId}-q`}
          ref={inputRef}
          type="search"
          placeholder="Search codes: words, abbreviations, code…"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results[active] ? optionId(active) : undefined}
          aria-keyshortcuts={ariaKeys('goEncoder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(undefined);
          }}
          onKeyDown={onKeyDown}
        />
        <label className="sr-only" htmlFor={`${listId}-sys`}>
          Code system
        </label>
        <select id={`${listId}-sys`} value={system} onChange={(e) => setSystem(e.target.value)}>
          <option value="">All systems</option>
          <option value="icd10cm">ICD-10-CM</option>
          <option value="hcpcs">HCPCS / CPT</option>
          <option value="icd10pcs">ICD-10-PCS</option>
        </select>
      </div>
      <p className="encoder-status muted" aria-live="polite">
        {search.problem
          ? search.problem
          : search.loading && results.length === 0
            ? 'Searching…'
            : search.answered
              ? `${results.length} results for “${search.answered}”${search.ms !== undefined ? ` · ${search.ms} ms` : ''}`
              : props.onUse
                ? 'Arrows move, Enter shows the entry, Alt+Enter puts the code on the claim.'
                : 'Arrows move, Enter shows the entry with its notes and path.'}
      </p>
      <div id={listId} role="listbox" aria-label="Codes found" className="results">
        {results.map((h, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keys (ARIA combobox pattern)
          // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox are reached through aria-activedescendant; the focus stays in the box
          <div
            key={`${h.system}-${h.code}`}
            id={optionId(i)}
            role="option"
            data-system={h.system}
            aria-selected={i === active}
            className={i === active ? 'result active' : 'result'}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => setOpen(h)}
          >
            <span className="code">{h.code}</span>
            <span className="desc">{h.description}</span>
            {h.billable ? null : <span className="badge bad">header</span>}
            {h.matched.source === 'index' ? <span className="via">index: {h.matched.text}</span> : null}
          </div>
        ))}
      </div>
      {open ? (
        <div className="entry-wrap">
          <div className="entry-actions">
            {props.onUse ? (
              <button type="button" className="primary" onClick={() => use(open)}>
                {props.useLabel ?? 'Put on the claim'} {open.code} <Kbd id="resultUse" />
              </button>
            ) : null}
            <button type="button" onClick={() => setOpen(undefined)}>
              Close entry
            </button>
          </div>
          <CodeEntry
            code={open.code}
            on={props.on}
            {...(open.matched.source === 'index' ? { indexPath: open.matched.text } : {})}
          />
        </div>
      ) : null}
    </section>
  );
}
