// Every CARC and RARC the reason registry names is in the installed X12 code lists and in use
// on the dates adjudication runs for (the 2025 and 2026 plan versions); and a code X12 stopped
// is caught by the same check a decision passes through before its 835 is written.
import { describe, expect, it } from 'vitest';
import type { ClaimResult } from './adjudicate/types.ts';
import { codeProblems, storeCodeLists } from './out/code-check.ts';
import { REASONS } from './reasons.ts';
import { testStore } from './testing/context.ts';

const lists = () => storeCodeLists(testStore());

describe.each(['2025-01-01', '2026-07-15'])('reason codes on %s', (on) => {
  it.each(Object.entries(REASONS))('%s: its CARC and RARCs are in use', (_, def) => {
    expect(lists().carc(def.carc, on), `CARC ${def.carc}`).toBe(true);
    for (const r of def.rarc) expect(lists().rarc(r, on), `RARC ${r}`).toBe(true);
  });
});

describe('the check before an 835', () => {
  it('flags a stopped CARC (15, stopped 2018-05-01) and an unknown RARC, and passes good ones', () => {
    const result = {
      claimId: 'C1',
      received: '2026-08-01',
      claimAdjustments: [],
      lines: [
        {
          lineNumber: 1,
          serviceDate: '2026-07-15',
          adjustments: [
            { group: 'CO', reason: '15', amount: 100 },
            { group: 'CO', reason: '45', amount: 100 },
          ],
          remarks: ['N130', 'ZZ999'],
        },
      ],
    } as unknown as ClaimResult;
    expect(codeProblems([result], lists()).map((p) => `${p.list} ${p.code}`)).toEqual([
      'CARC 15',
      'RARC ZZ999',
    ]);
  });
});
