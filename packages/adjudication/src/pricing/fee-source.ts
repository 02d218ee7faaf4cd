/**
 * @module pricing/fee-source
 * The fee tables pricing reads, behind one narrow interface: the physician fee schedule row of
 * a code (global, 26 or TC), the clinical lab fee schedule rate, and a locality's GPCIs. The
 * store implementation answers from the installed CMS releases (the date of service picks the
 * release; see packages/codesets/src/fees/README.md); tests may pass their own.
 */
import {
  type ClfsRate,
  type CodeSetStore,
  clfsRate,
  type Gpci,
  gpci,
  type PfsRvu,
  pfsRvu,
} from '@medcode/codesets';
import type { HcpcsCode, Modifier } from '@medcode/domain';

export interface FeeSource {
  /** The PFS row of a code: modifier "" (global), "26" or "TC". */
  pfs(code: HcpcsCode, modifier: '' | '26' | 'TC', on: string): PfsRvu | undefined;
  clfs(code: HcpcsCode, on: string, modifier?: Modifier): ClfsRate | undefined;
  gpci(mac: string, locality: string, on: string): Gpci | undefined;
}

/** Fee tables from the installed code-set store, memoised per (code, modifier, release date). */
export function storeFees(store: CodeSetStore): FeeSource {
  const memo = new Map<string, unknown>();
  const cached = <T>(key: string, read: () => T): T => {
    if (memo.has(key)) return memo.get(key) as T;
    const v = read();
    memo.set(key, v);
    return v;
  };
  return {
    pfs: (code, modifier, on) =>
      cached(`p|${code}|${modifier}|${on}`, () => pfsRvu(store, code, modifier, on)),
    clfs: (code, on, modifier) =>
      cached(`c|${code}|${modifier ?? ''}|${on}`, () => clfsRate(store, code, on, modifier)),
    gpci: (mac, locality, on) => cached(`g|${mac}|${locality}|${on}`, () => gpci(store, mac, locality, on)),
  };
}
