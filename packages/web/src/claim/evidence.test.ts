import { describe, expect, it } from 'vitest';
import { runs, sentenceAround } from './evidence.ts';

const NOTE = 'Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a.';

describe('runs', () => {
  it('gives back the whole text, in order, whatever the marks', () => {
    const marks = [
      { id: 'a', start: 7, end: 15 },
      { id: 'b', start: 38, end: 60 },
      { id: 'c', start: 47, end: 60 },
    ];
    const r = runs(NOTE, marks);
    expect(r.map((x) => x.text).join('')).toBe(NOTE);
    expect(r[0]!.start).toBe(0);
    expect(r[r.length - 1]!.end).toBe(NOTE.length);
  });

  it('lists every mark covering an overlap', () => {
    const ckd = NOTE.indexOf('chronic kidney disease');
    const end = ckd + 'chronic kidney disease'.length;
    const r = runs(NOTE, [
      { id: 'E11.22', start: NOTE.indexOf('diabetic'), end },
      { id: 'N18.9', start: ckd, end },
    ]);
    const both = r.find((x) => x.ids.length === 2)!;
    expect(both.text).toBe('chronic kidney disease');
    expect(both.ids).toEqual(['E11.22', 'N18.9']);
    expect(r.find((x) => x.text === 'diabetic ')!.ids).toEqual(['E11.22']);
  });

  it('ignores spans outside the text or empty', () => {
    const r = runs('abc', [
      { id: 'x', start: 2, end: 9 },
      { id: 'y', start: 1, end: 1 },
    ]);
    expect(r).toEqual([{ start: 0, end: 3, text: 'abc', ids: [] }]);
  });
});

describe('sentenceAround', () => {
  it('returns the sentence or line that holds the span', () => {
    const text = 'HPI: cough.\nASSESSMENT: COPD with acute exacerbation. Plan: inhaler.';
    const at = text.indexOf('exacerbation');
    expect(sentenceAround(text, at, at + 12)).toBe('ASSESSMENT: COPD with acute exacerbation.');
  });

  it('does not cut at a decimal point, and leaves out a list number', () => {
    const text = 'HPI: fever to 101.2 F and cough.\n2. Essential hypertension, controlled.';
    const fever = text.indexOf('cough');
    expect(sentenceAround(text, fever, fever + 5)).toBe('HPI: fever to 101.2 F and cough.');
    const htn = text.indexOf('hypertension');
    expect(sentenceAround(text, htn, htn + 12)).toBe('Essential hypertension, controlled.');
  });
});
