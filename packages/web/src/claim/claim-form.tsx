/**
 * @module claim/claim-form
 * The claim's diagnoses and service lines as an editable form, each row followed by the
 * findings that concern it (Finding.path.diagnosis / .line), the claim-wide findings above.
 * Codes are typed as a coder writes them ("e11.22") and stored as the claim carries them
 * ("E1122"); amounts are typed in dollars and kept in cents.
 */
import type { Finding } from '@medcode/domain';
import type { ReactNode } from 'react';
import type { ClaimWire } from '../api/wire.ts';
import { CommitInput } from '../ui/commit-input.tsx';
import { money, parseDollars, showDiagnosis } from '../ui/format.ts';
import { Kbd } from '../ui/kbd.tsx';
import { editLine, moveDiagnosis, removeDiagnosis, removeLine, setDiagnosisCode } from './claim-edit.ts';
import { useDescriptions } from './use-descriptions.ts';

export interface FindingSlot {
  finding: Finding;
  index: number;
}

export function ClaimForm(props: {
  claim: ClaimWire;
  on: string | undefined;
  readOnly: boolean;
  findings: { claim: FindingSlot[]; diagnosis: Map<number, FindingSlot[]>; line: Map<number, FindingSlot[]> };
  renderFinding: (slot: FindingSlot) => ReactNode;
  edit: (fn: (c: ClaimWire) => ClaimWire) => void;
  onAddDiagnosis: () => void;
  onAddLine: () => void;
}) {
  const { claim, readOnly, findings, renderFinding, edit } = props;
  const descriptions = useDescriptions(
    [
      ...claim.diagnoses.map((d) => d.code),
      ...claim.lines.flatMap((l) => (l.procedure ? [l.procedure] : [])),
    ],
    props.on,
  );
  const lineSum = claim.lines.reduce((s, l) => s + l.charge, 0);

  return (
    <div className="claim-form">
      {findings.claim.length > 0 ? (
        <section className="claim-findings" aria-label="Findings about the whole claim">
          {findings.claim.map(renderFinding)}
        </section>
      ) : null}

      <section aria-labelledby="dx-title">
        <div className="panel-head">
          <h2 id="dx-title">Diagnoses</h2>
          {readOnly ? null : (
            <button type="button" onClick={props.onAddDiagnosis}>
              Add diagnosis <Kbd id="addDiagnosis" />
            </button>
          )}
        </div>
        <table className="grid form-grid">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">ICD-10-CM</th>
              <th scope="col">Description</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          {claim.diagnoses.map((d, i) => {
            const slots = findings.diagnosis.get(i + 1) ?? [];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position (codes repeat while typed)
              <tbody key={`dx-${i}`} className={slots.length > 0 ? 'has-findings' : undefined}>
                <tr>
                  <td>
                    {i + 1}
                    {d.kind === 'principal' ? <span className="muted small"> first</span> : null}
                  </td>
                  <td>
                    <CommitInput
                      className="code-input"
                      aria-label={`Diagnosis ${i + 1} code`}
                      value={showDiagnosis(d.code)}
                      readOnly={readOnly}
                      spellCheck={false}
                      onCommit={(v) => edit((c) => setDiagnosisCode(c, i, v))}
                    />
                  </td>
                  <td className="desc">{descriptions[d.code] ?? ''}</td>
                  <td className="actions">
                    {readOnly ? null : (
                      <>
                        <button
                          type="button"
                          className="icon"
                          aria-label={`Move diagnosis ${i + 1} up`}
                          disabled={i === 0}
                          onClick={() => edit((c) => moveDiagnosis(c, i, -1))}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="icon"
                          aria-label={`Remove diagnosis ${i + 1}`}
                          onClick={() => edit((c) => removeDiagnosis(c, i))}
                        >
                          ✕
                        </button>
                      </>
                    )}
                  </td>
                </tr>
                {slots.length > 0 ? (
                  <tr className="finding-row">
                    <td colSpan={4}>{slots.map(renderFinding)}</td>
                  </tr>
                ) : null}
              </tbody>
            );
          })}
        </table>
      </section>

      <section aria-labelledby="lines-title">
        <div className="panel-head">
          <h2 id="lines-title">Service lines</h2>
          {readOnly ? null : (
            <button type="button" onClick={props.onAddLine}>
              Add line <Kbd id="addLine" />
            </button>
          )}
        </div>
        <table className="grid form-grid lines">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Code, date</th>
              <th scope="col">Mod.</th>
              <th scope="col">Units</th>
              <th scope="col">Charge</th>
              <th scope="col">Dx ptr.</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          {claim.lines.map((l, i) => {
            const slots = findings.line.get(i + 1) ?? [];
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position (LX01)
              <tbody key={`line-${i}`} className={slots.length > 0 ? 'has-findings' : undefined}>
                <tr>
                  <td>{n}</td>
                  <td>
                    <CommitInput
                      className="code-input"
                      aria-label={`Line ${n} procedure code`}
                      value={l.procedure ?? ''}
                      readOnly={readOnly}
                      spellCheck={false}
                      onCommit={(v) => edit((c) => editLine(c, i, { field: 'procedure', value: v }))}
                    />
                    <div
                      className="line-desc small"
                      title={l.procedure ? descriptions[l.procedure] : undefined}
                    >
                      {l.serviceDate}
                      {l.serviceDateTo && l.serviceDateTo !== l.serviceDate ? `–${l.serviceDateTo}` : ''}
                      {l.procedure && descriptions[l.procedure] ? ` · ${descriptions[l.procedure]}` : ''}
                    </div>
                  </td>
                  <td>
                    <CommitInput
                      className="mod-input"
                      aria-label={`Line ${n} modifiers`}
                      value={l.modifiers.join(' ')}
                      readOnly={readOnly}
                      spellCheck={false}
                      onCommit={(v) =>
                        edit((c) => editLine(c, i, { field: 'modifiers', value: v.split(/[\s,]+/) }))
                      }
                    />
                  </td>
                  <td>
                    <CommitInput
                      className="num-input"
                      aria-label={`Line ${n} units`}
                      inputMode="numeric"
                      value={String(l.units)}
                      readOnly={readOnly}
                      onCommit={(v) => {
                        const u = Number(v);
                        if (Number.isFinite(u)) edit((c) => editLine(c, i, { field: 'units', value: u }));
                      }}
                    />
                  </td>
                  <td>
                    <CommitInput
                      className="money-input"
                      aria-label={`Line ${n} charge in dollars`}
                      inputMode="decimal"
                      value={(l.charge / 100).toFixed(2)}
                      readOnly={readOnly}
                      onCommit={(v) => {
                        const cents = parseDollars(v);
                        if (cents !== undefined)
                          edit((c) => editLine(c, i, { field: 'charge', value: cents }));
                      }}
                    />
                  </td>
                  <td>
                    <CommitInput
                      className="ptr-input"
                      aria-label={`Line ${n} diagnosis pointers`}
                      value={l.diagnosisPointers.join(' ')}
                      readOnly={readOnly}
                      onCommit={(v) =>
                        edit((c) =>
                          editLine(c, i, {
                            field: 'diagnosisPointers',
                            value: v
                              .split(/[\s,]+/)
                              .filter((x) => x !== '')
                              .map(Number)
                              .filter((x) => Number.isInteger(x)),
                          }),
                        )
                      }
                    />
                  </td>
                  <td className="actions">
                    {readOnly ? null : (
                      <button
                        type="button"
                        className="icon"
                        aria-label={`Remove line ${n}`}
                        onClick={() => edit((c) => removeLine(c, i))}
                      >
                        ✕
                      </button>
                    )}
                  </td>
                </tr>
                {slots.length > 0 ? (
                  <tr className="finding-row">
                    <td colSpan={7}>{slots.map(renderFinding)}</td>
                  </tr>
                ) : null}
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <td colSpan={4} className="num">
                Lines add up to
              </td>
              <td className="num">{money(lineSum)}</td>
              <td colSpan={2} className={lineSum === claim.totalCharge ? 'muted small' : 'warn small'}>
                claim total {money(claim.totalCharge)}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
