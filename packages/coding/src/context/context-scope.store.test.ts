/**
 * Context scopes against the real books (MEDCODE_TEST_HOME), claim profile, outpatient. What
 * is not the patient's condition now is not coded: a risk explained before consent, a differential
 * (Guidelines IV.H: do not code diagnoses documented as "probable", "suspected", "questionable",
 * "rule out", "compatible with", "consistent with" or "working diagnosis"), a circumstance of a
 * habit, a habit denied, and a condition the note says resolved (IV.J: code the conditions that
 * coexist at the time of the encounter).
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from '../coder/coder.ts';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' } as const);

describe('context scopes', () => {
  it('a list of risks runs through a cause inside it', () => {
    // Index: Thrombosis, vein, deep I82.40-; Embolism, pulmonary I26.99; Sepsis A41.9: none is
    // the patient's; they are what the surgeon said may happen.
    expect(
      claim(
        'I explained to him complications including rare cases of death secondary to DVT, PE, leak, peritonitis, sepsis.',
      ),
    ).toEqual([]);
    // A cause said of the patient's own condition is still coded (Index: Pain, abdominal R10.9).
    expect(claim('Abdominal pain secondary to constipation.')).toContain('K59.00');
  });

  it('a list of risks runs through an item said "with" something, and through "with the patient"', () => {
    // Index: Hoarseness R49.0, Dysphagia R13.10: items of the list after "difficulty with fusion".
    expect(
      claim(
        'Risks will include but are not limited to infection, hemorrhage, difficulty with fusion requiring further surgery, long-term hoarseness of voice, difficulty swallowing.',
      ),
    ).toEqual([]);
    // Index: Bleeding R58, Infection B99.9, Paralysis G83.9, Death R99.
    expect(
      claim(
        'Risks and benefits of the above procedure were discussed with the patient including bleeding, infection, paralysis, and death.',
      ),
    ).toEqual([]);
    // A review of systems' denial still reaches past "problems with": Osteoporosis M81.0.
    expect(
      claim(
        'MUSCULOSKELETAL: Negative for back pain, joint pain, problems with ambulation, stiffness, osteoporosis.',
      ),
    ).toEqual([]);
  });

  it('the potential complications told to the patient are a list of what may come', () => {
    // Index: Infection B99.9, Bleeding R58.
    expect(
      claim(
        'The procedure, indications, potential complications (bleeding, perforation, infection, adverse medication reaction), and alternatives were explained to the patient.',
      ),
    ).toEqual([]);
    expect(
      claim(
        'Complications were explained to the patient including infection, bleeding, poor wound healing, and need for additional surgery.',
      ),
    ).toEqual([]);
  });

  it('"but not restricted to" and "not exclusive of" list risks, they deny nothing', () => {
    // Index: Hematoma T14.8, Failure, renal N19: what the consent named, not the patient's.
    expect(
      claim(
        'The risks included but not restricted to death, myocardial infarction, bleeding, hematoma, renal failure requiring dialysis, infection had been explained to him.',
      ),
    ).toEqual([]);
    expect(claim('Risks include, but not exclusive of bleeding and infection.')).toEqual([]);
  });

  it('"risk factors such as" after the procedure was explained are the consent\'s; said alone, the patient\'s', () => {
    expect(
      claim(
        'The procedure was explained, and the risk factors such as infection, swelling, scar tissue, numbness, continued pain were discussed.',
      ),
    ).toEqual([]);
    // Index: Obesity E66.9, Hypercholesterolemia E78.00: the patient's own risk factors.
    expect(claim('Other current untreated risk factors include obesity and hypercholesterolemia.')).toEqual([
      'E66.9',
      'E78.00',
    ]);
  });

  it("a patient's denial reaches every item of its list, to an exception", () => {
    // Index: Palpitations R00.2, Weakness R53.1, Numbness R20.0: each denied.
    expect(
      claim(
        'He denied any associated tonic/clonic movement, incontinence, tongue-biting, HA, visual change, SOB, palpitation, weakness or numbness.',
      ),
    ).toEqual([]);
    // What the denial excepts is the patient's: Itch L29.9 (Index: Itch, itching — see Pruritus),
    // Numbness R20.0.
    expect(claim('He denies any particular problems with the exception of itch.')).toEqual(['L29.9']);
    expect(claim('No neurologic deficits other than some numbness in his left hand.')).toEqual(['R20.0']);
  });

  it("a denied history ends at its comma; what follows is the patient's", () => {
    // Index: Hypertension, hypertensive I10; Diabetes, diabetic E11.9; Cough R05.9; Asthma J45.909.
    expect(claim('A 60-year-old man with no history of interest, hypertensive and diabetic.')).toEqual([
      'I10',
      'E11.9',
    ]);
    expect(claim('Patient with no relevant medical history, consulted for cough.')).toEqual(['R05.9']);
    expect(claim('A woman with no previous neurological history, asthma and a headache.')).toContain(
      'J45.909',
    );
    // The comma after a condition still lists what is denied; a denial that lists runs through.
    expect(claim('No history of asthma, COPD or diabetes.')).toEqual([]);
    expect(claim('Denies angina, MI history, palpitations, or orthopnea.')).toEqual([]);
    expect(claim('Patient denies any previous history, related trauma or previous treatments.')).toEqual([]);
  });

  it('a history joined to what was denied or doubted is told as known', () => {
    // Index: Varix, esophagus I85.00; Cirrhosis K74.60; Spina bifida Q05.9.
    expect(claim('No fever and a history of spina bifida.')).toEqual(['Q05.9']);
    expect(claim('Possible osteomyelitis, paraplegia, and history of spina bifida.')).toContain('Q05.9');
    expect(claim('Possible osteomyelitis and spina bifida.')).not.toContain('Q05.9');
  });

  it("what the patient took it for is a doubt; a consent's risks, benefits and alternatives list what may come", () => {
    // Index: Stress F43.9, Anxiety F41.9, Dehydration E86.0.
    expect(claim('At first he thought it was stress and anxiety.')).toEqual([]);
    expect(
      claim(
        'The risks, benefits, and alternatives to endoscopy were explained, and these include over sedation, perforation, and dehydration.',
      ),
    ).toEqual([]);
  });

  it('"no demonstrated" denies, though "demonstrated" alone ends a scope', () => {
    // Index: Necrosis — see also Gangrene I96.
    expect(claim('There is an enlarged cervical node but no demonstrated central necrosis.')).not.toContain(
      'I96',
    );
    // Affirmed, a lesion's necrosis is its finding: listed by the mentions profile only.
    const mentions = suggestedCodes(k, { setting: 'outpatient', profile: 'mentions' } as const);
    expect(mentions('Biopsy showed central necrosis.')).toContain('I96');
  });

  it('a differential list is uncertain, every item of it', () => {
    expect(
      claim("Possibilities include Meckel's diverticulum, polyp, infection and vascular malformation."),
    ).toEqual([]);
    expect(claim('Differential diagnoses include pneumonia, bronchitis, and asthma.')).toEqual([]);
  });

  it('"negative for" denies every item of its list, with or without a review-of-systems heading', () => {
    // Index: Hernia K46.9, Hepatitis K75.9, Hemorrhoids K64.9, Bleeding R58: each answered no.
    expect(
      claim(
        'GASTROINTESTINAL: Normal; Negative for pain, vomiting, heartburn, peptic ulcer disease, change in stool, rectal pain, hernia, hepatitis, gallbladder disease, hemorrhoids, or bleeding.',
      ),
    ).toEqual([]);
    // The list ends with its sentence: a condition told next is the patient's (Index: Hernia
    // K46.9).
    expect(claim('Negative for pain, vomiting or heartburn. She has a hernia.')).toContain('K46.9');
  });

  it('a condition word right after "when" is a circumstance', () => {
    // Index: Dysarthria R47.1 is the finding; Fatigue R53.83 is when it happens.
    expect(claim('Speech became mildly dysarthric when fatigued.')).toEqual(['R47.1']);
  });

  it('a habit denied in an answer, or given up, is not current', () => {
    // Index: Smoker — see Dependence, drug, nicotine F17.200: a current smoker only.
    expect(claim('HISTORY: Smoking history zero.')).toEqual([]);
    expect(claim('SOCIAL HISTORY: He is a non-cigarette smoker.')).toEqual([]);
    expect(claim('He has never been a smoker.')).toEqual([]);
    expect(claim('SOCIAL HISTORY: She used to be a smoker.')).not.toContain('F17.200');
    expect(claim('SOCIAL HISTORY: He is a smoker.')).toEqual(['F17.200']);
  });

  it('a condition followed by its end is past', () => {
    expect(claim('DISCHARGE DIAGNOSES: 1. Hematuria, resolved. 2. Osteoarthritis.')).toEqual(['M19.90']);
    expect(claim('Hypertension, resolved.')).toEqual([]);
    // A chronic disease of the history stays coded (IV.I) unless its end is said.
    expect(claim('PAST MEDICAL HISTORY: Transient aphasia (which resolved), hypertension.')).toEqual(['I10']);
  });

  it('a list of risks reaches its items past semicolons and numbers; "not be limited to" denies nothing', () => {
    // Guidelines I.B.16 / IV: what a consent says may happen is no condition of the patient's.
    expect(
      claim(
        'Risks of surgery include risk of anesthesia; infection; bleeding; changes in sensation in most of extremity; hardware failure.',
      ),
    ).toEqual([]);
    const consent = codeNote(
      'He accepts all treatment-associated risks to include but not be limited to bleeding requiring transfusion; infection; sepsis; heart attack; stroke.',
      k,
      { setting: 'outpatient', profile: 'claim' },
    );
    expect(consent.suggestions).toEqual([]);
    expect(new Set(consent.notCoded.map((n) => n.reason))).toEqual(new Set(['hypothetical']));
    for (const consent of [
      'Risks explained as bleeding, infection, bowel perforation, aspiration pneumonia, or reaction to the medications.',
      'The patient was well aware of the risks, benefits, alternatives and complications of the surgery to include infection, bleeding, cosmetic deformity.',
      'The procedure, indications, alternatives available, and complications i.e. bleeding, perforation, infection were explained.',
    ])
      expect(claim(consent), consent).toEqual([]);
    // Numbered after a colon (MTSamples writes the line breaks as commas).
    expect(
      claim(
        'Potential complications include, but are not limited to:,1.  Infection.,2.  Bleeding.,3.  Incontinence.',
      ),
    ).toEqual([]);
    // Pieces of a list of the patient's own conditions stay affirmed, and a hypothesis that is
    // no list ("to prevent", "if") reaches no numbered item.
    expect(claim('He has diabetes; hypertension; and gout.')).toEqual(['E11.9', 'I10', 'M10.9']);
    expect(claim('Plan:\n1. Fever.\n2. Cough.')).toEqual(['R50.9', 'R05.9']);
    expect(claim('Aspirin daily to prevent a stroke.,2. Hypertension.')).toEqual(['I10']);
  });
});
