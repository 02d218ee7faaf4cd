/**
 * Findings on a measured value, against the real books (MEDCODE_TEST_HOME). Index: "Elevated,
 * elevation: blood pressure — see also Hypertension; reading (incidental) (isolated)
 * (nonspecific), no diagnosis of hypertension R03.0; C-reactive protein (CRP) R79.82; lactic
 * acid dehydrogenase (LDH) level R74.02; transaminase level R74.01; immunoglobulin level R76.8";
 * "Raised — see also Elevated"; "Findings, abnormal, transaminase (level) R74.01"; "Hematuria,
 * gross R31.0". Guidelines I.C.9.a.7: assign R03.0 "unless patient has an established diagnosis
 * of hypertension". Tabular: R76.8 "Other specified abnormal immunological findings in serum",
 * subdivided into R76.81 (rheumatoid factor ... without rheumatoid arthritis) and R76.89 of the
 * parent's own title.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a raised value is the index entry of the value', () => {
  it('"level" is the measure, not what was measured', () => {
    expect(claim('Elevated transaminases.')).toEqual(['R74.01']);
    expect(claim('Elevated transaminase levels.')).toEqual(['R74.01']);
  });

  it('"increased" and "an increase in" are "Elevated"; "increase" said of a dose is not', () => {
    expect(claim('Increased transaminases.')).toEqual(['R74.01']);
    expect(claim('There was an increase in transaminases.')).toEqual(['R74.01']);
    expect(claim('Increased white blood cell count.')).toEqual(['D72.829']);
    expect(claim('Increase his lisinopril to 20 mg daily for better blood pressure.')).toEqual([]);
    // The word keeps its own entry: "Increase, increased, intracranial pressure (benign) G93.2".
    expect(claim('Increased intracranial pressure.')).toEqual(['G93.2']);
  });

  it('the initials the index prints after a subterm name it, written in capitals', () => {
    expect(claim('Elevated CRP.')).toEqual(['R79.82']);
    expect(claim('Raised LDH.')).toEqual(['R74.02']);
    // "Elevated, ALT (alanine transaminase)": the index prints these initials first itself.
    expect(claim('ALT increased.')).toEqual(['R74.01']);
    // "History, family, multiple endocrine neoplasia (MEN) syndrome Z83.41": "men" is no MEN.
    expect(claim('Family history of heart disease in the men.')).not.toContain('Z83.41');
  });

  it('initials of part of a title do not name the whole subterm', () => {
    // "Immunodeficiency, ... hereditary defective response to Epstein-Barr virus (EBV) D82.3".
    // HIV reads "human immunodeficiency virus", whose "immunodeficiency" is the main term.
    expect(claim('HIV and EBV infection.')).not.toContain('D82.3');
    const mentions = suggestedCodes(k, { setting: 'inpatient', profile: 'mentions' });
    expect(mentions('Serology for HIV, EBV and CMV was positive.')).not.toContain('D82.3');
  });

  it('a raised blood pressure the sentence does not call hypertension is a reading (R03.0)', () => {
    expect(claim('Elevated blood pressure.')).toEqual(['R03.0']);
    expect(claim('Her blood pressure was increased today at 150/95.')).toEqual(['R03.0']);
    expect(claim('Elevated blood pressure due to hypertension.')).toEqual(['I10']);
  });

  it('macroscopic hematuria is gross hematuria', () => {
    expect(claim('Macroscopic hematuria.')).toEqual(['R31.0']);
    expect(claim('Gross hematuria.')).toEqual(['R31.0']);
  });
});

describe('a subdivision titled as its parent', () => {
  it('is the parent once the others were split off (R76.8 → R76.89)', () => {
    expect(claim('Elevated immunoglobulins.')).toEqual(['R76.89']);
  });

  it('a placeholder of the same title still needs the characters after it', () => {
    // S06.9 "Unspecified intracranial injury" → S06.9X (same title) → 0-9 by loss of
    // consciousness, which a note naming no injury detail does not choose.
    expect(claim('Subdural hematoma.').some((c) => c.startsWith('S06.9'))).toBe(false);
  });
});
