/**
 * Context rules on short notes written for the purpose. Each case names the category a
 * condition must (or must not) get; the categories follow ConText (Harkema et al. 2009) and
 * the uncertainty terms of ICD-10-CM Guidelines Section IV.H / II.H.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { contextOf, findTriggers, ROS_LIST_SCOPE } from './context.ts';

function categoriesOf(sentence: string, condition: string, ros = false): string[] {
  const tokens = tokenize(sentence);
  const at = sentence.toLowerCase().indexOf(condition.toLowerCase());
  if (at < 0) throw new Error(`"${condition}" not in "${sentence}"`);
  const start = tokens.findIndex((t) => t.start >= at);
  const end = tokens.findIndex((t) => t.start >= at + condition.length);
  const hits = findTriggers(tokens);
  return [
    ...new Set(
      contextOf(tokens, hits, start, end < 0 ? tokens.length : end, ros ? ROS_LIST_SCOPE : undefined).map(
        (c) => c.category,
      ),
    ),
  ].sort();
}

describe.each([
  ['Denies chest pain, fever or chills.', 'chills', ['negated']],
  ['No evidence of pneumonia.', 'pneumonia', ['negated']],
  ["I don't see any evidence of fracture.", 'fracture', ['negated']],
  ["She doesn't have a fever.", 'fever', ['negated']],
  ['Trach site is clear of any signs of infection.', 'infection', ['negated']],
  ['No problems with edema.', 'edema', ['negated']],
  ['Preoperative workup including CT scan failed to show any skeletal trauma.', 'trauma', ['negated']],
  [
    'Untreated pre-eclampsia can result in a stroke, fluid build-up around the lungs, kidney failure.',
    'kidney failure',
    ['hypothetical'],
  ],
  ['Tetracycline can cause vaginitis.', 'vaginitis', ['hypothetical']],
  ['He may also have a touch of gastroenteritis.', 'gastroenteritis', ['uncertain']],
  [
    'The patient was instructed to seek immediate medical attention for shortness of breath, chest pain, fever, chills, increased pain, weakness.',
    'weakness',
    ['hypothetical'],
  ],
  [
    'He denies any problems with shortness of breath, chest pain, swelling in his legs.',
    'swelling',
    ['negated'],
  ],
  ['She has had no problems with her hypertension.', 'hypertension', []],
  ['The patient may develop deeper-seated infection.', 'infection', ['hypothetical']],
  ['The incision may become infected.', 'infected', ['hypothetical']],
  ['A process such as infection or ischemia must be considered.', 'ischemia', ['uncertain']],
  ['The wound is clear.', 'wound', []],
  ['The heel x-ray shows a healed fracture.', 'fracture', ['historical']],
  ['There is a partially healed ulcer.', 'ulcer', []],
  ['Pneumonia was ruled out.', 'pneumonia', ['negated']],
  ['Due to joint stiffness, the option of surgery was ruled out.', 'stiffness', []],
  ['Cough, but no fever.', 'cough', []],
  ['Cough, but no fever.', 'fever', ['negated']],
  ['No fever; cough is productive.', 'cough', []],
  ['Probable pneumonia.', 'pneumonia', ['uncertain']],
  // The patient's own history starts: the family's and the negation before it end.
  ['No family history of interest and personal history of hypertension.', 'hypertension', ['historical']],
  // A finding: "signs of" says the condition is seen, unless one is to watch for them.
  ['The X-ray showed signs of pneumomediastinum.', 'pneumomediastinum', []],
  ['Watch for signs of infection.', 'infection', ['hypothetical']],
  ['Rule out appendicitis.', 'appendicitis', ['uncertain']],
  ['Findings consistent with cholecystitis.', 'cholecystitis', ['uncertain']],
  ['Appendicitis is suspected.', 'appendicitis', ['uncertain']],
  ['History of breast cancer, treated in 2015.', 'breast cancer', ['historical']],
  ['Status post appendectomy.', 'appendectomy', ['historical']],
  // ConText: a scope runs to the end of the sentence; a list of short items is all in it.
  [
    'History of chronic sinusitis (disorder), acute bronchitis (disorder), stress (finding), urinary tract infection.',
    'urinary tract infection',
    ['historical'],
  ],
  // ...but narrative is not a list, and a termination term ends the scope.
  [
    'History of asthma, the patient was seen at the clinic for several weeks and then developed pneumonia.',
    'pneumonia',
    [],
  ],
  ['History of asthma, sinusitis, eczema, but now pneumonia.', 'pneumonia', []],
  ['Mother with breast cancer.', 'breast cancer', ['family']],
  // Relatives said in the plural are relatives too.
  ['Both brothers at home are sick with cold symptoms.', 'cold', ['family']],
  ['Her sisters have asthma.', 'asthma', ['family']],
  ['Her father had a myocardial infarction but no diabetes.', 'diabetes', ['family', 'negated']],
  ['Return if fever develops.', 'fever', ['hypothetical']],
  [
    'Monitor patient for complications of I-131 therapy such as hypothyroidism.',
    'hypothyroidism',
    ['hypothetical'],
  ],
  ['We will monitor her for bleeding.', 'bleeding', ['hypothetical']],
  // A condition reaches the end of its clause, farther than other triggers reach.
  [
    'Asked to return to the emergency room should he have any evidence or signs and symptoms of infection.',
    'infection',
    ['hypothetical'],
  ],
  ["It should be noted that the images are limited slightly by the patient's obesity.", 'obesity', []],
  ['No increase in edema.', 'edema', []],
  ['Non-small cell carcinoma of the lung.', 'carcinoma', []],
  ['Gram negative bacteremia.', 'bacteremia', []],
  ['The patient has hypertension.', 'hypertension', []],
  // The consent's risks are what may come, every item of the list (hypothetical).
  [
    'The risks included, but not limited to anesthesia, bleeding, infection, injury to nerve, tongue numbness, droopy eyelid, diaphragm weakness, pneumothorax, need for chest tube.',
    'pneumothorax',
    ['hypothetical'],
  ],
  [
    'The patient has been asked to report to us any redness, swelling, inflammation, or fevers.',
    'swelling',
    ['hypothetical'],
  ],
  ['Aquaphor b.i.d. and p.r.n. itch.', 'itch', ['hypothetical']],
  ['He is deathly afraid of having a low blood sugar.', 'low blood sugar', ['hypothetical']],
  // Uncertain: set outpatient aside as the Guidelines' "questionable" (IV.H); coded inpatient.
  ['Special mention was made of the possibility of infection and necrosis.', 'infection', ['uncertain']],
  ['I expressed my doubt that her pain was secondary to this ovarian cyst.', 'pain', ['uncertain']],
  ['Acute infection is on the differential diagnosis.', 'infection', ['uncertain']],
  [
    "The patient's familial medical history is significant for alcohol abuse, diabetes, hypertension.",
    'hypertension',
    ['family'],
  ],
  ['Right probably chronic gonadal vein thrombosis.', 'thrombosis', ['uncertain']],
  ['At 15 years of age, she was thought to have hydrocephalus.', 'hydrocephalus', ['uncertain']],
  ['She developed a wound infection, which has since healed.', 'infection', ['historical']],
  // "Familial" alone names a kind of disease.
  ['Familial hypercholesterolemia.', 'hypercholesterolemia', []],
])('context: %s', (sentence, condition, expected) => {
  it(`${condition} → ${expected.join(',') || 'affirmed'}`, () => {
    expect(categoriesOf(sentence, condition)).toEqual(expected);
  });
});

describe('a review of systems is a list of answers', () => {
  const ros =
    'Negative for any fever, chills, nausea, vomiting, headache, chest pain, shortness of breath, abdominal pain, constipation, diarrhea, melena, hematochezia or dysuria.';
  it('negation reaches its last item there', () => {
    expect(categoriesOf(ros, 'dysuria', true)).toEqual(['negated']);
  });
  const no =
    'No fever, chills, nausea, vomiting, headache, chest pain, shortness of breath, abdominal pain, constipation, diarrhea, melena, hematochezia or dysuria.';
  it('elsewhere "no" keeps to its window (case reports end a list where the negation does not)', () => {
    expect(categoriesOf(no, 'dysuria')).toEqual([]);
    expect(categoriesOf(no, 'dysuria', true)).toEqual(['negated']);
  });
  it('"negative for" answers every item of its list anywhere', () => {
    expect(categoriesOf(ros, 'dysuria')).toEqual(['negated']);
  });
  it('a symptom said to be no issue is denied', () => {
    expect(categoriesOf('The patient reports that the pain is not an issue at this time.', 'pain')).toEqual([
      'negated',
    ]);
  });
  it('"was negative for" denies what follows, not only what comes before "was negative"', () => {
    expect(
      categoriesOf('Computed tomographic angiography was negative for pulmonary embolism.', 'embolism'),
    ).toEqual(['negated']);
  });
});
