/**
 * A residual subterm named by the course of the condition, against the real books
 * (MEDCODE_TEST_HOME). A residual subterm ("specified disease NEC") is not read from a general
 * word alone: "disease" does not say which disease. "Acute" and "chronic" do say something:
 * Index "Syndrome, coronary, acute NEC I24.9" (tabular I24.9 "Acute ischemic heart disease,
 * unspecified"); "Anemia, in (due to) (with), chronic disease classified elsewhere NEC D63.8"
 * (tabular D63.8 "Anemia in other chronic diseases classified elsewhere").
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a residual subterm named by the course', () => {
  it('an acute coronary syndrome is "Syndrome, coronary, acute NEC"', () => {
    expect(claim('Acute coronary syndrome.')).toEqual(['I24.9']);
  });

  it('anemia of chronic disease is the anemia in a chronic disease classified elsewhere', () => {
    expect(claim('Anemia of chronic disease.')).toEqual(['D63.8']);
  });

  it('a named chronic disease keeps its own subterm', () => {
    // "Anemia, in (due to) (with), chronic kidney disease D63.1", not the residual "chronic
    // disease classified elsewhere NEC"; D63.1 says "code first underlying chronic kidney
    // disease (CKD) (N18.-)".
    expect(claim('Anemia in chronic kidney disease.')).toEqual(['N18.9', 'D63.1']);
  });
});
