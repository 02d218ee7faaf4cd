/**
 * @module claim/finding-card
 * One finding from the checker, shown beside the diagnosis or line it concerns: how bad, what,
 * what a payer would answer (CARC/RARC), the proposed fix (applied in one click when the finding
 * carries a machine-applicable patch), a provider query drafted from it, and the evidence (the
 * guideline section, table row or policy the rule read) for whoever wants to know why.
 */
import type { EvidenceSource, Finding } from '@medcode/domain';
import { Kbd } from '../ui/kbd.tsx';

function evidenceText(e: EvidenceSource): string {
  switch (e.kind) {
    case 'guideline':
      return `${e.document}, section ${e.section}${e.text ? `: “${e.text}”` : ''}`;
    case 'policy':
      return `${e.document}${e.section ? `, ${e.section}` : ''}`;
    case 'table':
      return `${e.table}${e.release ? ` (${e.release})` : ''}${
        e.row
          ? `: ${Object.entries(e.row)
              .filter(([, v]) => v !== null)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`
          : ''
      }`;
    case 'payerPack':
      return `payer pack ${e.pack} ${e.version}, rule ${e.rule}`;
    case 'fact':
      return `${e.name} = ${JSON.stringify(e.value)}`;
  }
}

export function FindingCard(props: {
  finding: Finding;
  /** Position in the claim's list of findings, for [ and ] to move the focus by. */
  index: number;
  selected: boolean;
  onSelect: () => void;
  onApply: (() => void) | undefined;
  onQuery: (() => void) | undefined;
}) {
  const { finding: f, selected, onSelect, onApply, onQuery } = props;
  const canPatch = (f.fix?.patch?.length ?? 0) > 0;
  return (
    <article
      data-finding-index={props.index}
      className={`finding sev-border-${f.severity}${selected ? ' selected' : ''}`}
      tabIndex={-1}
      aria-label={`Finding ${f.code}, ${f.severity}`}
      data-finding={f.code}
      onFocus={onSelect}
    >
      <p className="finding-head">
        <span className={`sev sev-${f.severity}`}>{f.severity}</span> <span className="code">{f.code}</span>{' '}
        {f.message}
      </p>
      {f.carc ? (
        <p className="muted small">
          Payer would answer CARC {f.carc.group}-{f.carc.reason}
          {f.rarc && f.rarc.length > 0 ? `, RARC ${f.rarc.join(', ')}` : ''}
        </p>
      ) : null}
      {f.fix ? (
        <p className="fix">
          <span className="label">Fix</span> {f.fix.description}
        </p>
      ) : null}
      <div className="row-actions">
        {canPatch && onApply ? (
          <button type="button" className="primary" onClick={onApply}>
            Apply fix {selected ? <Kbd id="applyFix" /> : null}
          </button>
        ) : null}
        {onQuery ? (
          <button type="button" onClick={onQuery}>
            Query provider… {selected ? <Kbd id="query" /> : null}
          </button>
        ) : null}
      </div>
      {f.evidence.length > 0 ? (
        <details>
          <summary>Why (evidence)</summary>
          <ul className="evidence">
            {f.evidence.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a finding's evidence list never changes order
              <li key={`${e.kind}-${i}`}>{evidenceText(e)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
