/**
 * @module claim/place-findings
 * Where each finding goes on the claim screen: the claim-wide ones above the form, the others
 * under the diagnosis (Finding.path.diagnosis) or line (Finding.path.line) they concern, and
 * one order for all of them, the screen's, for [ and ] to walk.
 */
import type { Finding } from '@medcode/domain';
import type { FindingSlot } from './claim-form.tsx';

/** Findings in screen order (claim-wide, then by diagnosis, then by line), each with its place. */
export function placeFindings(findings: readonly Finding[]) {
  const claimLevel = findings.filter((f) => f.path.diagnosis === undefined && f.path.line === undefined);
  const byDx = findings
    .filter((f) => f.path.diagnosis !== undefined)
    .sort((a, b) => a.path.diagnosis! - b.path.diagnosis!);
  const byLine = findings
    .filter((f) => f.path.diagnosis === undefined && f.path.line !== undefined)
    .sort((a, b) => a.path.line! - b.path.line!);
  const ordered = [...claimLevel, ...byDx, ...byLine];
  const slots: FindingSlot[] = ordered.map((finding, index) => ({ finding, index }));
  const group = (key: 'diagnosis' | 'line') => {
    const m = new Map<number, FindingSlot[]>();
    for (const s of slots) {
      const n = s.finding.path[key];
      if (n === undefined || (key === 'line' && s.finding.path.diagnosis !== undefined)) continue;
      m.set(n, [...(m.get(n) ?? []), s]);
    }
    return m;
  };
  return {
    ordered,
    places: { claim: slots.slice(0, claimLevel.length), diagnosis: group('diagnosis'), line: group('line') },
  };
}
