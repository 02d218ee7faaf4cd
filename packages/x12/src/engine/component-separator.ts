/**
 * @module engine/component-separator
 * Some senders declare one component separator in ISA16 and write composites with another; the
 * TR3's own examples use ">" with ISA16 ":". The first composite of an interchange settles it:
 * when it holds no declared separator but a ">" within its first component's reach (a qualifier
 * of at most three characters), the interchange is read with ">".
 */
import type { SegmentView } from '../syntax/segment-view.ts';

/** Where the first composite of common segments sits (CLM05, SV101, SV202, HI01, SVC01, SVD03). */
export const FIRST_COMPOSITE: Record<string, number> = { CLM: 5, SV1: 1, SV2: 2, HI: 1, SVC: 1, SVD: 3 };
export const GT = 0x3e;

export function componentSeparatorUsed(v: SegmentView): 'unknown' | 'declared' | 'gt' {
  const i = FIRST_COMPOSITE[v.tag];
  if (i === undefined || !v.has(i)) return 'unknown';
  const a = v.sep[i]! + 1;
  const b = v.sep[i + 1]!;
  const declared = v.delimiters.component;
  const at = v.buf.indexOf(declared, a);
  if (at >= 0 && at < b) return 'declared';
  const gt = v.buf.indexOf(GT, a);
  if (gt < 0 || gt >= b || gt - a > 3 || declared === GT) return 'declared';
  return 'gt';
}
