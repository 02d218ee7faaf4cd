import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIMITERS } from './delimiters.ts';
import { segmentFromText } from './segment.ts';

describe('X12Segment component bounds', () => {
  it('compStart/compEnd enclose what comp reads, and say -1 past the last component', () => {
    const piece = fc.stringMatching(/^[A-Z0-9]{0,3}$/);
    const element = fc.array(piece, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(':'));
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), (elements) => {
        const s = segmentFromText('SV1', ['SV1', ...elements].join('*'), DEFAULT_DELIMITERS, 1, 0, 1, 1);
        for (let i = 1; i <= elements.length + 1; i++) {
          const parts = i <= elements.length ? elements[i - 1]!.split(':') : [];
          for (let j = 1; j <= 5; j++) {
            const from = s.compStart(i, j);
            if (j > parts.length) expect(from).toBe(-1);
            else expect(s.source.substring(from, s.compEnd(i, from))).toBe(s.comp(i, j));
          }
        }
      }),
    );
  });
});
