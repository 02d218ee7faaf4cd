import { describe, expect, it } from 'vitest';
import { inAny, inRef, parseRefs } from './refs.ts';

describe('code references in instructional notes', () => {
  it('a range, a dash and a bare code cover the codes below them', () => {
    const [range] = parseRefs('hypertensive chronic kidney disease (I12.-, I13.-)');
    expect(inRef('I12.9', range!)).toBe(true);
    expect(inRef('I11.0', range!)).toBe(false);
    const [span] = parseRefs('diabetes mellitus (E08-E13)');
    expect(inRef('E11.22', span!)).toBe(true);
    expect(inRef('E14.9', span!)).toBe(false);
  });

  it('a range narrowed by its final characters covers only the codes that end so (R29.810 Excludes1)', () => {
    const note = 'facial weakness following cerebrovascular disease (I69. with final characters -92)';
    expect(inAny('I69.392', [note])).toBeDefined();
    expect(inAny('I69.092', [note])).toBeDefined();
    expect(inAny('I69.354', [note])).toBeUndefined();
    expect(inAny('R29.810', [note])).toBeUndefined();
  });

  it('prose outside parentheses is not read as a code', () => {
    expect(parseRefs('deficiency of vitamin B12')).toEqual([]);
  });
});
