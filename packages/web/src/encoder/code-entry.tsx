/**
 * @module encoder/code-entry
 * The tabular entry of one code on the date of service: its description, whether it is
 * billable, where it sits (chapter → section → category → subcategory), and its instructional
 * notes grouped by kind, each marked with the level it is written at (notes apply to every code
 * below that level: ICD-10-CM Official Guidelines I.A.15 and Section I.B).
 */
import { useEffect, useState } from 'react';
import type { CodeDetail, NoteKind } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';

const NOTE_TITLES: Record<NoteKind, string> = {
  inclusionTerms: 'Inclusion terms',
  includes: 'Includes',
  excludes1: 'Excludes1 (never together)',
  excludes2: 'Excludes2 (not included here; may be coded together)',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  sevenChrDef: '7th characters',
  sevenChrNote: '7th character note',
  notes: 'Notes',
};

const NOTE_ORDER = Object.keys(NOTE_TITLES) as NoteKind[];

export function CodeEntry(props: { code: string; on: string | undefined; indexPath?: string }) {
  const { api } = useSession();
  const [entries, setEntries] = useState<CodeDetail[]>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const ctl = new AbortController();
    setEntries(undefined);
    setProblem(undefined);
    void api.code(props.code, props.on, ctl.signal).then((r) => {
      if (ctl.signal.aborted) return;
      if (r.ok) setEntries(r.value.results);
      else setProblem(r.error.message);
    });
    return () => ctl.abort();
  }, [api, props.code, props.on]);

  if (problem)
    return (
      <p role="alert" className="form-problem">
        {problem}
      </p>
    );
  if (!entries) return <p className="muted">Loading the tabular entry…</p>;
  return (
    <div className="code-entry" aria-live="polite">
      {entries.map((d) => (
        <article key={`${d.system}-${d.code}`} aria-label={`Tabular entry ${d.code}`}>
          <h3>
            <span className="code">{d.code}</span> {d.description}
          </h3>
          <p className="badges">
            <span className={d.billable ? 'badge ok' : 'badge bad'}>
              {d.billable ? 'billable' : 'not billable'}
            </span>
            <span className={d.valid ? 'badge ok' : 'badge bad'}>
              {d.valid ? `valid on ${d.on}` : `not valid on ${d.on}`}
            </span>
            <span className="badge">{d.release.version}</span>
          </p>
          {props.indexPath ? (
            <p className="index-path">
              <span className="label">Index path</span> {props.indexPath}
            </p>
          ) : null}
          {d.path.length > 0 ? (
            <nav aria-label="Tabular path" className="tab-path">
              <ol>
                {d.path.map((p) => (
                  <li key={`${p.level}-${p.id}`}>
                    <span className="muted">{p.level}</span> {p.id !== p.title ? `${p.id} ` : ''}
                    {p.title}
                  </li>
                ))}
                <li aria-current="true">
                  <span className="muted">code</span> {d.code}
                </li>
              </ol>
            </nav>
          ) : null}
          {d.replacedBy && d.replacedBy.length > 0 ? (
            <p>
              Replaced by{' '}
              {d.replacedBy.map((r) => `${r.code}${r.description ? ` (${r.description})` : ''}`).join(', ')}
            </p>
          ) : null}
          {NOTE_ORDER.filter((k) => (d.notes[k]?.length ?? 0) > 0).map((k) => (
            <section key={k} className={`notes notes-${k}`}>
              <h4>{NOTE_TITLES[k]}</h4>
              <ul>
                {d.notes[k]!.map((n, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same note text may repeat at two levels
                  <li key={`${k}-${i}-${n.text}`}>
                    {n.char ? <span className="code">{n.char}</span> : null} {n.text}{' '}
                    <span className="from" title="The level this note is written at">
                      {n.from.level} {n.from.id}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {d.caveats?.map((c) => (
            <p key={c} className="caveat">
              {c}
            </p>
          ))}
        </article>
      ))}
    </div>
  );
}
