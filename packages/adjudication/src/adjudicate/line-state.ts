/**
 * @module adjudicate/line-state
 * A service line on its way through the stages. The first denial or pend closes the line (later
 * stages skip it, so a line carries one deciding reason); a reviewer's `pay` override keeps it
 * open and records what it set aside; a `deny` override closes it before any stage runs.
 */
import type { ServiceLine } from '@medcode/domain';
import type { Benefit, NetworkTier } from '../plan/schema.ts';
import type { LinePrice } from '../pricing/price-lines.ts';
import { type Reason, reason } from '../reasons.ts';
import type { CostShareResult, Override } from './types.ts';

export interface LineState {
  index: number;
  line: ServiceLine;
  decided?: { kind: 'deny' | 'pend'; reason: Reason };
  /** Reductions and notes that do not close the line (quantity limit cut). */
  notes: Reason[];
  setAside: Reason[];
  override?: Override;
  benefit?: Benefit;
  tier?: NetworkTier;
  /** Units still payable (a quantity limit may cut them). */
  units: number;
  price?: LinePrice;
  share?: CostShareResult;
}

export function lineStates(lines: readonly ServiceLine[], overrides: readonly Override[] = []): LineState[] {
  return lines.map((line, index) => {
    const override = overrides.find((o) => o.lineNumber === line.lineNumber);
    const s: LineState = { index, line, notes: [], setAside: [], units: line.units };
    if (override) s.override = override;
    if (override?.action === 'deny') {
      const d = override.denial ?? { group: 'CO' as const, carc: '16' };
      s.decided = {
        kind: 'deny',
        reason: reason('AJ032', `denied by ${override.reviewer}: ${override.reason}`, [], {
          group: d.group,
          carc: d.carc,
          rarc: [...(d.rarc ?? []), 'N10'],
        }),
      };
    }
    return s;
  });
}

export const isOpen = (s: LineState): boolean => s.decided === undefined;

/** Closes a line with a denial or pend, unless it is closed already or a reviewer said pay. */
export function close(s: LineState, kind: 'deny' | 'pend', r: Reason): void {
  if (s.decided) return;
  if (s.override?.action === 'pay') {
    s.setAside.push(r);
    return;
  }
  s.decided = { kind, reason: r };
}

export const closeAll = (
  states: readonly LineState[],
  kind: 'deny' | 'pend',
  r: (s: LineState) => Reason,
) => {
  for (const s of states) if (isOpen(s)) close(s, kind, r(s));
};
