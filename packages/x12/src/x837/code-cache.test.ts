import { parseHcpcs, parseIcd10Cm, parseModifier, parsePos, parseTaxId } from '@medcode/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hcpcsCode, icd10CmCode, modifierCode, posCode, taxId } from './code-cache.ts';

const pairs = [
  [hcpcsCode, parseHcpcs],
  [icd10CmCode, parseIcd10Cm],
  [modifierCode, parseModifier],
  [posCode, parsePos],
  [taxId, parseTaxId],
] as const;

describe('remembered code parsers', () => {
  it('answer as the domain parser does, the first time and every time after', () => {
    const code = fc.oneof(
      fc.stringMatching(/^[0-9A-Z. -]{0,9}$/),
      fc.constantFrom('99213', 'e11.9', ' 11', '25', '12-3456789', 'I10', 'G0439'),
    );
    fc.assert(
      fc.property(code, (input) => {
        for (const [cached, parse] of pairs) {
          expect(cached(input)).toEqual(parse(input));
          expect(cached(input)).toEqual(parse(input));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answer the same for a value looked up in place inside a longer text', () => {
    const code = fc.oneof(
      fc.stringMatching(/^[0-9A-Z. -]{0,9}$/),
      fc.constantFrom('99213', 'e11.9', ' 11', '25', '12-3456789', 'I10', 'G0439'),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), code, fc.string({ maxLength: 4 }), (before, input, after) => {
        const text = `${before}${input}${after}`;
        const from = before.length;
        for (const [cached, parse] of pairs) {
          expect(cached.at(text, from, from + input.length)).toEqual(parse(input));
          expect(cached.at(text, from, from + input.length)).toEqual(parse(input));
        }
      }),
      { numRuns: 500 },
    );
  });
});
