/**
 * E/M levels on short notes written for the purpose. Expectations follow the AMA CPT 2021 E/M
 * guidelines, Table 1 (two of three MDM elements met or exceeded) and the time thresholds.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../text/document.ts';
import { dataLevel, evaluateEm, extractEmFacts, problemsLevel, riskLevel } from './evaluate.ts';
import { mdmLevel, timeRank } from './levels.ts';

const ev = { start: 0, end: 0, text: '' };

describe('MDM table', () => {
  it('two of three: the middle element decides', () => {
    expect(mdmLevel('high', 'minimal', 'moderate')).toBe('moderate');
    expect(mdmLevel('low', 'low', 'high')).toBe('low');
    expect(mdmLevel('minimal', 'minimal', 'high')).toBe('straightforward');
  });
  it('problems: two stable chronic illnesses are moderate; one is low', () => {
    expect(problemsLevel([{ label: 'htn', kind: 'chronicStable', evidence: ev }])).toBe('low');
    expect(
      problemsLevel([
        { label: 'htn', kind: 'chronicStable', evidence: ev },
        { label: 'dm', kind: 'chronicStable', evidence: ev },
      ]),
    ).toBe('moderate');
    expect(problemsLevel([{ label: 'copd', kind: 'chronicSevere', evidence: ev }])).toBe('high');
  });
  it('data: limited needs two Category 1 items; moderate needs three; extensive two categories', () => {
    expect(dataLevel([{ item: 'testOrdered', test: 'cbc', evidence: ev }])).toBe('minimal');
    expect(
      dataLevel([
        { item: 'testOrdered', test: 'cbc', evidence: ev },
        { item: 'resultReview', test: 'a1c', evidence: ev },
      ]),
    ).toBe('low');
    expect(dataLevel([{ item: 'independentHistorian', evidence: ev }])).toBe('low');
    const three = [
      { item: 'testOrdered' as const, test: 'cbc', evidence: ev },
      { item: 'resultReview' as const, test: 'a1c', evidence: ev },
      { item: 'externalNotes' as const, evidence: ev },
    ];
    expect(dataLevel(three)).toBe('moderate');
    expect(dataLevel([...three, { item: 'discussion', evidence: ev }])).toBe('high');
  });
  it('risk: prescription drug management is moderate; hospitalization is high', () => {
    expect(riskLevel([{ item: 'otcDrug', evidence: ev }])).toBe('low');
    expect(riskLevel([{ item: 'prescriptionDrug', evidence: ev }])).toBe('moderate');
    expect(riskLevel([{ item: 'hospitalization', evidence: ev }])).toBe('high');
  });
  it('time thresholds (2021): established 10/20/30/40, new 15/30/45/60 minutes', () => {
    expect(timeRank('established', 9)).toBeUndefined();
    expect(timeRank('established', 25)).toBe(1);
    expect(timeRank('established', 40)).toBe(3);
    expect(timeRank('new', 44)).toBe(1);
    expect(timeRank('new', 45)).toBe(2);
  });
});

function levelOf(note: string, problems: string[]): ReturnType<typeof evaluateEm> {
  const doc = readNote(note);
  const assessed = problems.map((label) => ({
    label,
    sentence: doc.sentences.find((s) =>
      note.slice(s.start, s.end).toLowerCase().includes(label.toLowerCase()),
    )!,
  }));
  return evaluateEm(extractEmFacts(doc, assessed));
}

describe('E/M levels from notes', () => {
  it('99214: two stable chronic illnesses, prescription drug management', () => {
    const note = `Follow-up visit.
ASSESSMENT AND PLAN:
1. Hypertension, stable. Continue lisinopril 20 mg daily.
2. Type 2 diabetes, well controlled. Refill metformin 500 mg twice daily.`;
    const r = levelOf(note, ['Hypertension', 'Type 2 diabetes']);
    expect(r.mdm).toMatchObject({ problems: 'moderate', risk: 'moderate', level: 'moderate' });
    expect(r.code).toBe('99214');
  });

  it('99212: one self-limited problem, over-the-counter advice only', () => {
    const note = `Established patient.
ASSESSMENT: Common cold.
PLAN: Fluids and rest, acetaminophen as needed.`;
    const r = levelOf(note, ['Common cold']);
    expect(r.mdm.problems).toBe('minimal');
    expect(r.code).toBe('99212');
  });

  it('new patient, 99203 by MDM but 99204 by 50 minutes of total time', () => {
    const note = `New patient visit to establish care.
ASSESSMENT: Acute low back pain.
PLAN: Ibuprofen 400 mg. Reviewed prior records from her previous clinic and ordered lumbar x-ray.
Total time spent on the date of the encounter was 50 minutes.`;
    const r = levelOf(note, ['low back pain']);
    expect(r.facts.status).toBe('new');
    expect(r.mdm.code).toBe('99203');
    expect(r.time?.code).toBe('99204');
    expect(r.code).toBe('99204');
    expect(r.basis).toBe('time');
  });

  it('99215: COPD with severe exacerbation, admission', () => {
    const note = `Follow-up.
ASSESSMENT: COPD with severe exacerbation.
PLAN: Will admit to the hospital. Chest x-ray ordered, CBC ordered, reviewed prior records from pulmonology.`;
    const r = levelOf(note, ['COPD']);
    expect(r.mdm).toMatchObject({ problems: 'high', data: 'moderate', risk: 'high', level: 'high' });
    expect(r.code).toBe('99215');
  });
});
