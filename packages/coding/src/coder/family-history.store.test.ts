/**
 * Whose history "history of" names, claim profile, against the real books (MEDCODE_TEST_HOME).
 * Guidelines I.C.21.c.4: "Family history codes are for use when a patient has a family
 * member(s) who has had a particular disease"; personal history codes are for the patient's own
 * past. The index files the two apart: "History, family (of), malignant neoplasm (of) NOS, lung
 * Z80.1" and "History, personal (of), malignant neoplasm (of), lung NEC Z85.118". A history
 * denied ("no history of DVT") is no history at all (I.C.21.c.4 codes a history that exists).
 * A relative's condition said without "history" is the family history too; where the index
 * names no site ("malignant neoplasm NOS Z80.9" for colon cancer), the tabular inclusion term
 * that covers the condition's code chooses (Z80.0, "Conditions classifiable to C15-C26").
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a relative\u2019s history is a family history', () => {
  it('a relative as the subject of "had a history of"', () => {
    expect(claim('Both her mother and father had a history of lung cancer.')).toEqual(['Z80.1']);
    expect(claim('Her sister has a history of breast cancer.')).toEqual(['Z80.3']);
  });

  it('the family named after it, or the family history heading', () => {
    expect(claim('There is a history of asthma in her father.')).toEqual(['Z82.5']);
    expect(claim('FAMILY HISTORY: Father, history of stroke.')).toEqual(['Z82.3']);
  });

  it('the patient as the subject stays personal', () => {
    expect(claim('Her mother says she has a history of lung cancer.')).toEqual(['Z85.118']);
    expect(claim('History of lung cancer.')).toEqual(['Z85.118']);
  });

  it('a relative who speaks of the patient is no relative who had it', () => {
    expect(claim('Mother states he has been doing well with regard to his asthma.')).toEqual(['J45.909']);
    // A clause about the relative between them does not make the patient the subject.
    expect(claim('His brother, although he is a vegetarian, has elevated cholesterol.')).toEqual(['Z83.49']);
    // The mentions profile lists no family history, and does not make it the patient's either.
    expect(
      suggestedCodes(k, { setting: 'outpatient', profile: 'mentions' })(
        'His brother, although he is a vegetarian, has elevated cholesterol.',
      ),
    ).toEqual([]);
  });
});

describe('a denied history is not coded', () => {
  it.each([
    'No history of DVT.',
    'No history of stroke.',
    'FAMILY HISTORY: No history of asthma.',
    'Family history is negative for ischemic heart disease.',
  ])('%s', (text) => {
    expect(claim(text)).toEqual([]);
  });
});

describe('family history', () => {
  it('the index site when it names one: breast (History, family, malignant neoplasm, breast Z80.3)', () => {
    expect(claim('FAMILY HISTORY: Mother had breast cancer.')).toEqual(['Z80.3']);
  });

  it('colon cancer is a digestive organ by its code: Z80.0 covers C15-C26, never the NOS Z80.9', () => {
    for (const text of [
      'ASSESSMENT: Family history of colon cancer.',
      'FAMILY HISTORY: Positive for colon cancer in her mother.',
    ]) {
      const r = codeNote(text, k, { setting: 'outpatient', profile: 'claim' });
      expect(r.suggestions.map((s) => s.code)).toEqual(['Z80.0']);
      expect(r.suggestions[0]!.tabular.join(' ')).toContain('C15-C26');
    }
  });

  it('each condition of a list is its own family history (Z83.3 diabetes, Z82.49 circulatory)', () => {
    expect(claim('FAMILY HISTORY: Father had diabetes and hypertension.').sort()).toEqual([
      'Z82.49',
      'Z83.3',
    ]);
  });

  it('a category is completed to the subdivision naming the site (Z80.4 → Z80.41 ovary, Z80.42 prostate)', () => {
    expect(claim('She has a family history of prostate cancer and ovarian cancer.').sort()).toEqual([
      'Z80.41',
      'Z80.42',
    ]);
  });

  it('the relative’s condition is never the patient’s own code', () => {
    const all = claim('FAMILY HISTORY: Brother with lung cancer. Sister has asthma. Father had a stroke.');
    expect(all.sort()).toEqual(['Z80.1', 'Z82.3', 'Z82.5']);
    expect(all.some((c) => /^[CIJ]/.test(c))).toBe(false);
  });

  it('a family history denied is not coded', () => {
    expect(claim('FAMILY HISTORY: Negative for colon cancer.')).toEqual([]);
    expect(claim('FAMILY HISTORY: Noncontributory.')).toEqual([]);
    expect(claim('He is unaware of any family members with neurological disorders.')).toEqual([]);
  });

  it('nor one the patient is not sure of (IV.H), nor a history doubted', () => {
    // Index: "History, family, malignant neoplasm, prostate Z80.42"; "History, personal, calculi,
    // renal Z87.442". A history is coded as it exists.
    const r = codeNote(
      "He does not know whether his father's side of the family had any history of prostate cancer.",
      k,
      { setting: 'outpatient', profile: 'claim' },
    );
    expect(r.suggestions.map((s) => s.code)).toEqual([]);
    expect(r.notCoded.some((n) => n.reason === 'uncertain')).toBe(true);
    expect(
      claim(
        'She was unsure of familial history of other conditions such as hypertension, high cholesterol, stroke.',
      ),
    ).toEqual([]);
    expect(claim('His brother may have had colon cancer.')).toEqual([]);
    expect(claim('Questionable history of kidney stones.')).toEqual([]);
    expect(claim('FAMILY HISTORY: His father had prostate cancer.')).toEqual(['Z80.42']);
    expect(claim('History of kidney stones.')).toEqual(['Z87.442']);
  });
});

describe('where a family history ends', () => {
  it('an upper-case header after it opens a section of its own: its findings are no relative’s', () => {
    const r = codeNote(
      'FAMILY HISTORY: Noncontributory. MENTAL STATUS EXAMINATION: He reports suicidal ideation.',
      k,
      { setting: 'outpatient', profile: 'claim' },
    );
    expect(r.suggestions.map((s) => s.code)).toEqual(['R45.851']);
  });
});
