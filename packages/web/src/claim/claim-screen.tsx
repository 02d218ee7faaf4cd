/**
 * @module claim/claim-screen
 * One claim on one screen: the provider's note with the assistant's evidence, the suggestions,
 * the claim form with the checker's findings beside the rows they concern, the encoder, the
 * provider queries and the status history. Every action has a key (keys/shortcuts.ts).
 */
import type { Finding } from '@medcode/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodingResult, ProviderQuery, QueryDraft } from '../api/types.ts';
import type { ClaimWire } from '../api/wire.ts';
import { can, nextStatuses } from '../auth/policy.ts';
import { useSession, useUser } from '../auth/session.tsx';
import { EncoderPanel, type UseCode } from '../encoder/encoder-panel.tsx';
import { useShortcuts } from '../keys/use-shortcuts.ts';
import { setLeaveGuard } from '../router.ts';
import { useAnnounce } from '../ui/announce.tsx';
import { showDiagnosis } from '../ui/format.ts';
import { Kbd } from '../ui/kbd.tsx';
import { addDiagnosis, addLine } from './claim-edit.ts';
import { ClaimForm, type FindingSlot } from './claim-form.tsx';
import { ClaimHeader } from './claim-header.tsx';
import { codingRequest } from './coding-request.ts';
import { History, Queries } from './claim-activity.tsx';
import { FindingCard } from './finding-card.tsx';
import { NoteView, type Picked, PickedEvidence } from './note-view.tsx';
import { readDecisions, writeDecisions } from './decisions-store.ts';
import { applyPatch } from './patch.ts';
import { placeFindings } from './place-findings.ts';
import { QueryDialog } from './query-dialog.tsx';
import { draftQuery } from './query-draft.ts';
import {
  accept,
  change,
  type Decision,
  reject,
  type SuggestionItem,
  stateOf,
  suggestionItems,
} from './suggestion-model.ts';
import { SuggestionsPanel } from './suggestions-panel.tsx';
import { useClaim } from './use-claim.ts';

export function ClaimScreen({ id }: { id: string }) {
  const { api } = useSession();
  const user = useUser();
  const announce = useAnnounce();
  const work = useClaim(id);
  const { stored, draft, edit } = work;
  const readOnly = !can(user.role, 'claims.write');

  const [coding, setCoding] = useState<CodingResult>();
  const [codingNote, setCodingNote] = useState<string>();
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() => readDecisions(id));
  useEffect(() => writeDecisions(id, decisions), [id, decisions]);
  const [selected, setSelected] = useState(0);
  const [hover, setHover] = useState<string>();
  const [picked, setPicked] = useState<Picked>();
  const [findingAt, setFindingAt] = useState(0);
  const [query, setQuery] = useState<QueryDraft>();
  const [queries, setQueries] = useState<ProviderQuery[]>([]);
  const [changing, setChanging] = useState<SuggestionItem>();
  const [seed, setSeed] = useState<{ text: string; n: number }>();
  const [showHistory, setShowHistory] = useState(false);
  const encoderInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  const note = stored?.noteText ?? '';
  const on = stored?.serviceDate ?? undefined;

  // The assistant reads the note once per claim.
  const askedFor = useRef<string>(undefined);
  useEffect(() => {
    if (!stored || askedFor.current === stored.id) return;
    askedFor.current = stored.id;
    if (!stored.noteText) return setCodingNote('No provider note is attached to this claim.');
    if (!can(user.role, 'note.code'))
      return setCodingNote(`The ${user.role} role does not use the coding assistant.`);
    setCodingNote('Reading the note…');
    void api.codeNote(stored.noteText, codingRequest(stored.claim, on)).then((r) => {
      if (r.ok) {
        setCoding(r.value);
        setCodingNote(undefined);
      } else setCodingNote(`The coding assistant is not available: ${r.error.message}`);
    });
  }, [api, stored, on, user.role]);

  // Unsaved edits are not dropped by leaving the screen without a word.
  useEffect(() => {
    if (!work.dirty) return;
    setLeaveGuard(() => window.confirm('This claim has unsaved changes. Leave without saving them?'));
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      setLeaveGuard(undefined);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [work.dirty]);

  const loadQueries = useCallback(async () => {
    if (!can(user.role, 'queries.read')) return;
    const r = await api.queries(id);
    if (r.ok) setQueries(r.value.queries);
  }, [api, id, user.role]);
  useEffect(() => {
    void loadQueries();
  }, [loadQueries]);

  // The first thing to work on takes the focus: the suggestions, or the screen.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !stored) return;
    if (coding || codingNote === undefined) return;
    focused.current = true;
    mainRef.current?.focus();
  }, [stored, coding, codingNote]);
  useEffect(() => {
    if (!coding || focused.current) return;
    focused.current = true;
    document.getElementById('sugg-0')?.focus();
  }, [coding]);

  const items = useMemo(() => (coding ? suggestionItems(coding) : []), [coding]);
  const { ordered, places } = useMemo(() => placeFindings(work.findings), [work.findings]);

  const focusSuggestion = (i: number) => {
    const k = Math.max(0, Math.min(items.length - 1, i));
    setSelected(k);
    document.getElementById(`sugg-${k}`)?.focus();
  };
  const inFindings = () => document.activeElement?.hasAttribute('data-finding-index') ?? false;
  const focusFinding = (i: number) => {
    if (ordered.length === 0) return announce('No finding on this claim.');
    const k = ((i % ordered.length) + ordered.length) % ordered.length;
    setFindingAt(k);
    document.querySelector<HTMLElement>(`[data-finding-index="${k}"]`)?.focus();
  };

  const decide = (s: SuggestionItem, d: Decision, next: (c: ClaimWire) => ClaimWire) => {
    edit(next);
    setDecisions((m) => ({ ...m, [s.key]: d }));
    // On to the next suggestion still open, so a run of "a a a" works down the list.
    const i = items.indexOf(s);
    const after = items.findIndex((x, j) => j > i && !decisions[x.key] && x.key !== s.key);
    if (after >= 0) focusSuggestion(after);
  };
  const onAccept = (s: SuggestionItem) => {
    decide(s, { kind: 'accepted' }, (c) => accept(c, s));
    announce(`Accepted ${s.code}.`);
  };
  const onReject = (s: SuggestionItem) => {
    decide(s, { kind: 'rejected' }, (c) => reject(c, s));
    announce(`Rejected ${s.code}.`);
  };
  const onChange = (s: SuggestionItem) => {
    setChanging(s);
    setSeed({ text: s.evidence[0]?.text ?? s.description, n: Date.now() });
  };
  const onAcceptAll = () => {
    if (!draft) return;
    const open = items.filter((s) => stateOf(draft, s, decisions[s.key]) === 'open');
    edit((c) => open.reduce((acc, s) => accept(acc, s), c));
    setDecisions((m) => ({
      ...m,
      ...Object.fromEntries(open.map((s) => [s.key, { kind: 'accepted' } as const])),
    }));
    announce(`Accepted ${open.length} suggestions.`);
  };

  const putCode = (u: UseCode) => {
    if (changing) {
      const s = changing;
      // A diagnosis is changed to a diagnosis code, a procedure to a procedure code.
      if ((s.kind === 'diagnosis') !== (u.system === 'icd10cm'))
        return announce(
          `${u.code} is not ${s.kind === 'diagnosis' ? 'an ICD-10-CM' : 'a procedure'} code: choose one to use instead of ${s.code}.`,
          'problem',
        );
      const to = u.code;
      decide(s, { kind: 'changed', to }, (c) => change(c, s, to));
      setChanging(undefined);
      announce(`${s.code} changed to ${to}.`);
      document.getElementById(`sugg-${items.indexOf(s)}`)?.focus();
      return;
    }
    edit((c) => (u.system === 'icd10cm' ? addDiagnosis(c, u.code) : addLine(c, u.code)));
    announce(`${u.code} put on the claim.`);
  };

  const applyFix = (f: Finding) => {
    const patch = f.fix?.patch;
    if (!patch || patch.length === 0)
      return announce('This finding has no fix that can be applied by itself.');
    if (!draft) return;
    const r = applyPatch(draft, patch);
    if (!r.ok) return announce(`The fix does not fit the claim as it is now: ${r.error}`, 'problem');
    edit(() => r.value);
    announce(`Fix applied: ${f.fix?.description ?? f.code}. Save to keep it.`);
    mainRef.current?.focus();
  };
  const startQuery = (f: Finding) => {
    if (!stored || !draft) return;
    setQuery(draftQuery(f, { claimId: stored.id, claim: draft, note, suggestions: items }));
  };

  const save = async () => {
    if (readOnly) return;
    if (await work.save()) announce('Claim saved and checked.');
    else announce('The claim was not saved.', 'problem');
  };
  const markCoded = async () => {
    if (!stored || readOnly) return;
    if (stored.status === 'received' && !(await work.transition('coding'))) return;
    if (await work.transition('coded')) announce('Claim saved and marked coded.');
  };

  const selectedSugg = items[selected];
  const lit = hover ?? selectedSugg?.key;
  // The E/M level's evidence is whole sentences (the problems assessed): lit only on demand.
  const noteItems = useMemo(() => items.filter((s) => s.kind !== 'em' || s.key === lit), [items, lit]);
  const selectedFinding = ordered[findingAt];
  const maySuggest = !readOnly && coding !== undefined;
  useShortcuts({
    suggestionDown: () => focusSuggestion(selected + 1),
    suggestionUp: () => focusSuggestion(selected - 1),
    ...(maySuggest && selectedSugg
      ? {
          accept: () => onAccept(selectedSugg),
          reject: () => onReject(selectedSugg),
          change: () => onChange(selectedSugg),
        }
      : {}),
    ...(maySuggest ? { acceptAll: onAcceptAll } : {}),
    // The first ] or [ lands on the selected finding; the next ones move.
    findingNext: () => focusFinding(inFindings() ? findingAt + 1 : findingAt),
    findingPrev: () => focusFinding(inFindings() ? findingAt - 1 : findingAt),
    ...(selectedFinding && !readOnly
      ? {
          applyFix: () => applyFix(selectedFinding),
          ...(can(user.role, 'queries.write') ? { query: () => startQuery(selectedFinding) } : {}),
        }
      : {}),
    ...(readOnly
      ? {}
      : {
          addDiagnosis: () => {
            edit((c) => addDiagnosis(c, ''));
            setTimeout(() => {
              const inputs = document.querySelectorAll<HTMLInputElement>('input[aria-label^="Diagnosis "]');
              inputs[inputs.length - 1]?.focus();
            }, 0);
          },
          addLine: () => {
            edit((c) => addLine(c));
            setTimeout(() => {
              const inputs = document.querySelectorAll<HTMLInputElement>(
                'input[aria-label$="procedure code"]',
              );
              inputs[inputs.length - 1]?.focus();
            }, 0);
          },
          save: () => void save(),
          markCoded: () => void markCoded(),
        }),
    status: () => statusRef.current?.focus(),
    history: () => setShowHistory((h) => !h),
    goEncoder: () => encoderInput.current?.focus(),
  });

  if (work.problem && !stored)
    return (
      <main id="main" tabIndex={-1} className="screen">
        <h1>Claim</h1>
        <p role="alert" className="form-problem">
          {work.problem}
        </p>
      </main>
    );
  if (!stored || !draft)
    return (
      <main id="main" tabIndex={-1} className="screen">
        <p className="muted">Loading the claim…</p>
      </main>
    );

  const renderFinding = (slot: FindingSlot) => (
    <FindingCard
      key={`${slot.finding.code}-${slot.index}`}
      finding={slot.finding}
      index={slot.index}
      selected={slot.index === findingAt}
      onSelect={() => setFindingAt(slot.index)}
      onApply={readOnly ? undefined : () => applyFix(slot.finding)}
      onQuery={can(user.role, 'queries.write') ? () => startQuery(slot.finding) : undefined}
    />
  );

  return (
    <main id="main" ref={mainRef} tabIndex={-1} className="screen claim-screen" aria-labelledby="claim-title">
      <ClaimHeader
        work={work}
        user={user}
        readOnly={readOnly}
        statusRef={statusRef}
        next={nextStatuses(user.role, stored.status)}
        onSave={() => void save()}
        onMarkCoded={() => void markCoded()}
        onStatus={async (to) => {
          if (await work.transition(to)) announce(`Claim moved to ${to}.`);
        }}
        findingsCount={ordered.length}
      />
      <div className="claim-cols">
        <div className="col col-note">
          <section aria-labelledby="note-title" className="note-panel">
            <h2 id="note-title">Provider note</h2>
            {note ? (
              <NoteView
                text={note}
                items={noteItems}
                notCoded={coding?.notCoded ?? []}
                active={lit}
                onPick={setPicked}
              />
            ) : (
              <p className="muted">No note is attached.</p>
            )}
            {picked ? <PickedEvidence picked={picked} onClose={() => setPicked(undefined)} /> : null}
          </section>
          {codingNote ? <p className="muted">{codingNote}</p> : null}
          {coding ? (
            <SuggestionsPanel
              items={items}
              claim={draft}
              decisions={decisions}
              selected={selected}
              readOnly={readOnly}
              onSelect={setSelected}
              onHover={setHover}
              onAccept={onAccept}
              onReject={onReject}
              onChange={onChange}
              onAcceptAll={onAcceptAll}
            />
          ) : null}
        </div>
        <div className="col col-form">
          <ClaimForm
            claim={draft}
            on={on}
            readOnly={readOnly}
            findings={places}
            renderFinding={renderFinding}
            edit={edit}
            onAddDiagnosis={() => edit((c) => addDiagnosis(c, ''))}
            onAddLine={() => edit((c) => addLine(c))}
          />
        </div>
        <div className="col col-side">
          <EncoderPanel
            on={on}
            inputRef={encoderInput}
            {...(seed ? { seed } : {})}
            {...(readOnly ? {} : { onUse: putCode })}
            useLabel={changing ? `Use instead of ${showDiagnosis(changing.code)}:` : 'Put on the claim:'}
            {...(changing
              ? {
                  banner: `Choose the code to use instead of ${changing.code}.`,
                  onCancelBanner: () => setChanging(undefined),
                }
              : {})}
          />
          <Queries queries={queries} />
          {showHistory ? (
            <History events={work.events} userId={user.id} />
          ) : (
            <button type="button" className="link" onClick={() => setShowHistory(true)}>
              Show status history <Kbd id="history" />
            </button>
          )}
        </div>
      </div>
      {query ? (
        <QueryDialog
          draft={query}
          onClose={() => setQuery(undefined)}
          onDone={(q) => {
            setQuery(undefined);
            announce(q.status === 'sent' ? 'Query sent to the provider.' : 'Query saved as a draft.');
            void loadQueries();
          }}
        />
      ) : null}
    </main>
  );
}
