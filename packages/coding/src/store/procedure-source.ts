/**
 * @module store/procedure-source
 * The procedure descriptions the coder may read: HCPCS Level II codes active on the date, and
 * the CPT customer file when one is installed (through the codesets package's search documents,
 * which hold exactly these). Without HCPCS installed there are none.
 */
import { type CodeSetStore, hcpcsSearchDocuments } from '@medcode/codesets';
import type { ProcedureRow } from '../procedures/hcpcs.ts';

export function procedureRows(store: CodeSetStore, on?: string): ProcedureRow[] {
  return hcpcsSearchDocuments(store, on)
    .filter((d) => d.billable)
    .map((d) => ({
      code: d.code,
      description: d.title,
      system: /^\d/.test(d.code) ? ('cpt' as const) : ('hcpcs' as const),
    }));
}
