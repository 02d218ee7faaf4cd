/**
 * @module out/code-check
 * Are the CARC and RARC codes a decision uses in the X12 code lists, and in use on the date?
 * The lists are the installed `x12-carc` / `x12-rarc` releases (CARC: Claim Adjustment Reason
 * Codes, RARC: Remittance Advice Remark Codes, each with start and stop dates). A reviewer's
 * override brings codes of its own; a finding of the edit library brings its registry's codes;
 * this is where a stopped or unknown one is caught before it reaches an 835.
 */
import { type CodeSetStore, carc, rarc } from '@medcode/codesets';
import type { ClaimResult } from '../adjudicate/types.ts';

export interface CodeLists {
  /** Undefined when the list is not installed; false when the code is unknown or not in use on the date. */
  carc(code: string, on: string): boolean | undefined;
  rarc(code: string, on: string): boolean | undefined;
}

export function storeCodeLists(store: CodeSetStore): CodeLists {
  const installed = { carc: store.has('x12-carc'), rarc: store.has('x12-rarc') };
  return {
    carc: (code, on) => (installed.carc ? (carc(store, code, on)?.active ?? false) : undefined),
    rarc: (code, on) => (installed.rarc ? (rarc(store, code, on)?.active ?? false) : undefined),
  };
}

export interface CodeProblem {
  claimId: string;
  lineNumber?: number;
  list: 'CARC' | 'RARC';
  code: string;
  on: string;
}

/** Every CARC and RARC of the decisions that the installed lists do not have in use on the line's date. */
export function codeProblems(results: readonly ClaimResult[], lists: CodeLists): CodeProblem[] {
  const out: CodeProblem[] = [];
  for (const r of results) {
    const check = (list: 'CARC' | 'RARC', code: string, on: string, lineNumber?: number) => {
      const ok = list === 'CARC' ? lists.carc(code, on) : lists.rarc(code, on);
      if (ok === false)
        out.push({ claimId: r.claimId, ...(lineNumber !== undefined ? { lineNumber } : {}), list, code, on });
    };
    for (const a of r.claimAdjustments) check('CARC', a.reason, r.received);
    for (const l of r.lines) {
      for (const a of l.adjustments) check('CARC', a.reason, l.serviceDate, l.lineNumber);
      for (const m of l.remarks) check('RARC', m, l.serviceDate, l.lineNumber);
    }
  }
  return out;
}
