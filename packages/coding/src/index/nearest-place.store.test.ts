/**
 * Where a subterm's word is said more than once in a sentence, the place read is the one that
 * goes with the main term: the group of the subterm's words said together nearest it
 * (index/descend.ts `placeNear`). Against the real books (MEDCODE_TEST_HOME).
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from '../coder/coder.ts';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('the subterm words nearest the main term', () => {
  it('the word beside the condition, not the first one said', () => {
    // "High, cholesterol E78.00": the evidence is the cholesterol that is high.
    const r = codeNote(
      'He will get his cholesterol checked because he has a history of high cholesterol.',
      k,
      options,
    );
    expect(r.suggestions.map((s) => s.code)).toEqual(['E78.00']);
    expect(r.suggestions[0]?.evidence.map((e) => e.text)).toEqual(['high cholesterol']);
  });

  it('a subterm of several words is read where they are said together', () => {
    // "Hypertension, with, kidney involvement — see Hypertension, kidney I12.9"; "Diabetes, type 2,
    // with, chronic kidney disease E11.22"; "Disease, kidney, chronic, stage 4 N18.4". The
    // "disease" of COPD beside "hypertension" is not the kidney's: read so, the linked words
    // spanned the list and took hyperlipidemia (E78.5) and COPD (J44.9) into the combination.
    expect(
      claim(
        'Past medical history: chronic renal insufficiency, stage IV chronic kidney disease, diabetic nephropathy, hypertension, hyperlipidemia, COPD.',
      ),
    ).toEqual(['E11.22', 'I12.9', 'N18.4', 'E78.5', 'J44.9']);
  });
});
