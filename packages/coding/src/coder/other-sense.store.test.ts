/**
 * Words the index prints in a sense notes do not use them in, vaccines named after their disease,
 * and headings that open the family's history, against the real books (MEDCODE_TEST_HOME).
 * - Index: "Overlaid, overlying — see Asphyxia, traumatic, due to mechanical threat" (T71),
 *   "Bends T70.3", "Wheal — see Urticaria", "Hospitalism in children — see Disorder, adjustment":
 *   a note's "overlying skin", "bending", "skin wheal" of local anaesthetic and "Children's
 *   Hospital" state none of them (I.A: the index is entered by the condition documented).
 * - A "tetanus shot" or "flu shot" is the vaccine (Z23 when coded at all), not tetanus A35 or
 *   influenza J11.1; "PE tubes" are the ear's pressure-equalization tubes, not a pulmonary
 *   embolism I26.99.
 * - A "Family psychiatric history" heading lists the relatives' conditions (Z81-Z84 at most),
 *   none of them the patient's.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const codes = suggestedCodes(k, options);
/** None of the notes is coded so. */
const notRead = (code: string, notes: string[]): void => {
  for (const note of notes) expect(codes(note), note).not.toContain(code);
};

describe('words in another sense', () => {
  it('the teeth examined are no teething', () => {
    // Index: "Dentition (syndrome) K00.7" is teething (Tabular K00.7 Teething syndrome); a note's
    // "good dentition" is the teeth. Its subterms still read: "Dentition, delayed K00.6".
    expect(codes('HEENT: Dentition in good repair. Oral mucosa moist.')).toEqual([]);
    expect(codes('Peridex mouthwash given for his poor dentition.')).toEqual([]);
    expect(codes('Delayed dentition.')).toEqual(['K00.6']);
  });

  it('position, movement, procedure and place words are no condition', () => {
    expect(codes('Adenocarcinoma with invasion of the overlying pleura.')).not.toContain('T71.9XXA');
    expect(codes('Low back pain, worse with bending and lifting.')).not.toContain('T70.3XXA');
    expect(codes('Lidocaine 1% was used to raise a skin wheal over the L4 spinous process.')).toEqual([]);
    expect(codes("He was seen in the emergency room at Children's Hospital for abdominal pain.")).toEqual([
      'R10.9',
    ]);
  });

  it('the index still reads the condition when the note states it', () => {
    expect(codes('Urticaria with itching wheals on both arms.')).toContain('L50.9');
    expect(codes('CT angiogram showed an acute PE.')).toContain('I26.99');
  });

  it('a vaccine is not the disease it prevents', () => {
    const r = codeNote('He had a tetanus shot in 2002.', k, options);
    expect(r.suggestions.map((s) => s.code)).not.toContain('A35');
    expect(r.notCoded.find((n) => n.code === 'A35')?.reason).toBe('modifier');
    expect(codes('She might get a flu shot in the next few weeks.')).not.toContain('J11.1');
  });

  it('a fit is a seizure only as one had', () => {
    // Index: "Fit R56.9" (see Convulsions); the word is mostly a verb or a judgment.
    notRead('R56.9', [
      'The veins were cut to fit these and sutured in place.',
      'The trial shell was placed and found to have an excellent fit.',
      'The patient is fit for operation today.',
    ]);
    expect(codes('He had a fit yesterday.')).toEqual(['R56.9']);
  });

  it('where a pain spreads is no back pain', () => {
    // Index: "Pain, back M54.9". The pain said is the abdomen's or the chest's.
    notRead('M54.9', [
      'Pain radiates to the back.',
      'The pain now radiates to the back but is waxing and waning.',
    ]);
    expect(codes('Low back pain radiates to the back of the thigh.')).toContain('M54.50');
  });

  it('a crush is an injury only as said of the body', () => {
    // Index: "Crush, chest S28.0"; "Syndrome, crush T79.5"; "Crush T14.8".
    notRead('S28.0XXA', ['The patient has presented with crushing-type substernal chest pain.']);
    notRead('T79.5XXA', ['A left C8 radiculopathy (double crush syndrome).']);
    notRead('T14.8XXA', ['A hemostat was used to crush the mid portion of the turbinate.']);
    expect(codes('He sustained a crush injury to his right hand.')).toEqual(['S67.21XA']);
    expect(codes('He developed crush syndrome after being trapped.')).toEqual(['T79.5XXA']);
  });

  it("medicines, examination drops and the provider's worry are no condition", () => {
    // Index: "Narcosis R06.89"; "Methadone use — see Use, opioid" (F11.90, I.C.5.b.3);
    // "Dilatation, pupil H57.04"; "Worries R45.82".
    notRead('R06.89', ['The child was continued on IV fluid and narcotics for pain.']);
    notRead('F11.90', ['The pain is partially relieved with methadone rescues.']);
    notRead('H57.04', [
      'Pupils were pharmacologically dilated earlier.',
      'Cyclomydril was used to dilate the pupil in each eye.',
    ]);
    notRead('R45.82', ['I am quite worried about the pain that she is having in her arms.']);
    expect(codes('He was prescribed methadone after years of heroin abuse.')).toContain('F11.90');
    expect(codes('On exam he had a dilated fixed left pupil.')).toContain('H57.04');
  });

  it('a normal placenta and a mammogram spoken of are no complication and no screening encounter', () => {
    // Index: "Placenta, placental — see Pregnancy, complicated by, specified condition" (O26.89-);
    // "Mammogram Z12.39".
    notRead('O26.899', [
      'Placenta delivered spontaneously intact with a three-vessel cord.',
      'The placenta is posterofundal and grade 2.',
    ]);
    notRead('Z12.39', [
      'She has recently had her mammogram and it was unremarkable.',
      'Right breast mass with abnormal mammogram.',
    ]);
    expect(codes('EXAM: Digital screening mammogram.')).toEqual(['Z12.39']);
  });

  it('a course of steroids is no long-term use; an allergy list reviewed is no allergic reaction', () => {
    // Index: "Long-term drug therapy, steroids, systemic Z79.52"; "Allergy, allergic (reaction)
    // T78.40".
    notRead('Z79.52', [
      'Improvement of her platelet count on a burst of prednisone.',
      'Continue tapered prednisone as prescribed.',
    ]);
    notRead('T78.40XA', [
      'Patient medication allergies have been reviewed.',
      'He is a physician in allergy/immunology.',
    ]);
    expect(codes('He has been on chronic steroids and is currently on prednisone 5 mg daily.')).toContain(
      'Z79.52',
    );
  });

  it('"cut down on" is a reduction, no laceration; "pedal" is the foot', () => {
    // Index: "Cut — see Laceration"; "Swelling, foot M79.89".
    notRead('S21.219A', ['She has agreed to try that and cut back on this a little bit.']);
    notRead('S91.319A', ['Mild pedal edema. Has to cut down on fluid intake.']);
    expect(codes('EXTREMITIES: She has 3+ pedal swelling.')).toEqual(['M79.89']);
  });

  it("weakness of labor's contractions or among a person's strengths is no weakness of the patient", () => {
    // Index: "Weak, weakening, weakness R53.1".
    notRead('R53.1', [
      'Some Pitocin was started because the contractions were very weak.',
      'An evaluation was requested to clarify areas of strength and weakness.',
    ]);
    expect(codes('The patient states that he feels sick and weak.')).toContain('R53.1');
  });

  it('a span of time is no menstrual period', () => {
    // Index: "Periods — see also Menstruation; painful N94.6".
    notRead('N94.6', [
      'The patient will report 0/10 pain in the 48-hour period.',
      'She also complains of right scapular pain during this same period.',
    ]);
    expect(codes('She has pain with her periods.')).toEqual(['N94.6']);
  });

  it("others' smoke is an exposure, no dependence", () => {
    // Index: Smoker — see Dependence, drug, nicotine F17.200; second-hand smoke is Z77.22.
    notRead('F17.200', ['There is second-hand smoke exposure.', 'History of passive smoke exposure.']);
    expect(codes('He smokes cigarettes.')).toEqual(['F17.210']);
  });

  it('sterility sought is no infertility', () => {
    // Index: "Sterility — see Infertility"; "Infertility, male N46.9". The reason for a vasectomy.
    notRead('N46.9', ['PREOPERATIVE DIAGNOSIS: Voluntary sterility. He is a 35-year-old man.']);
    expect(codes('He is a 35-year-old man with male infertility.')).toEqual(['N46.9']);
  });

  it('PE tubes are ear tubes', () => {
    expect(
      codes('Admitted for adenoidectomy and bilateral myringotomy and insertion of PE tubes.'),
    ).not.toContain('I26.99');
  });

  it('a catheter flushed is no flushing (R23.2); a flushed face is', () => {
    notRead('R23.2', [
      'The catheter was advanced, aspirated and flushed.',
      'Each port of the catheter was flushed with heparinized saline.',
    ]);
    expect(codes('She reports episodes of facial flushing.')).toEqual(['R23.2']);
  });

  it('"illness" and "sick" alone name no condition to code (R69)', () => {
    notRead('R69', [
      'The stress test was delayed due to a family illness.',
      'She can confirm that she has been sick to her stomach.',
    ]);
  });

  it('the infectious disease service is no infectious disease (B99.9)', () => {
    notRead('B99.9', [
      'She is on multiple antibiotics and followed by infectious disease now.',
      'From the Infectious Disease point of view, the wound is healing.',
    ]);
    expect(codes('Infectious disease, unspecified.')).toEqual(['B99.9']);
  });

  it("a family psychiatric history is the relatives'", () => {
    const r = codeNote(
      'FAMILY PSYCHIATRIC HISTORY: Three siblings with ADHD and bipolar disorder.',
      k,
      options,
    );
    // Their family history (Z81.8: "Conditions classifiable elsewhere in F01-F99"), never the
    // patient's own F90 or F31.
    expect(r.suggestions.map((s) => s.code)).toEqual(['Z81.8']);
  });

  it('a wound opened in a procedure is no open wound; a wound said to be open is', () => {
    // Index: "Open, opening, wound — see Wound, open"; the verb is the act of the procedure.
    notRead('T14.8XXA', [
      'The capsular bag was re-expanded and then the wound was opened to a 3.4-mm size.',
      'Once opening the wound, the area of tissue was examined.',
      'The wound opening where it was draining was explored.',
    ]);
    // A side is no subterm of its own ("Wound, open, left" holds only the abdomen's quadrants):
    // the site is read, the side goes to the tabular.
    expect(codes('Open wound of the left thigh.')).toEqual(['S71.102A']);
  });

  it('a stress test, a mechanical load and the verb to emphasize are no stress reaction', () => {
    // Index: "Stress F43.9"; "Fracture, stress", "Incontinence, stress" are their own terms.
    notRead('F43.9', [
      'The peak stress EKG did not reveal any ischemic changes.',
      'The patient was stressed by continuous graded treadmill testing.',
      'Removing motion at the fusion sites will transfer stress to other disc levels.',
      'On his last visit, I really stressed the importance of taking his medications.',
    ]);
    expect(codes('She reports being under considerable stress at work.')).toContain('F43.9');
  });

  it("a section's title in capitals where the line breaks became commas is a heading", () => {
    expect(codes('4. Klonopin.,ALLERGIES,None.,REVIEW OF SYSTEMS,Negative.')).not.toContain('T78.40XA');
    expect(codes('He has allergies.')).toContain('T78.40XA');
  });

  it('the CVA of an abdominal examination is the costovertebral angle', () => {
    notRead('I63.9', ['Abdomen: Soft, nondistended. CVA is benign.', 'Back: No CVA tenderness.']);
    expect(codes('ADMITTING DIAGNOSIS: Acute CVA.')).toContain('I63.9');
  });

  it('a weight loss sought is no abnormal weight loss (R63.4)', () => {
    notRead('R63.4', [
      'She has tried multiple different weight loss diets and programs.',
      'We discussed weight loss options.',
      'Diet, exercise, and weight loss, and we will see him back in three months.',
    ]);
    expect(codes('He reports a recent 30-pound weight loss.')).toContain('R63.4');
    expect(codes('She has had unintentional weight loss despite her diet.')).toContain('R63.4');
  });

  it("a lesion's or a tissue's necrosis is its finding: the claim does not code it, mentions list it", () => {
    // Index: "Necrosis, necrotic (ischemic) — see also Gangrene" I96. A pathology report's
    // "central necrosis" of a lesion and a wound's necrotic tissue debrided are findings of the
    // lesion and the wound, coded by them (Guidelines I.B.5); gangrene documented is coded.
    const notes = [
      'Biopsy showed atypical ductal hyperplasia with central necrosis.',
      'The necrotic and dead tissue was removed.',
      'Another nodular image is seen with a necrotic center.',
    ];
    notRead('I96', notes);
    const mentions = suggestedCodes(k, { setting: 'outpatient', profile: 'mentions' });
    expect(mentions(notes[0]!)).toContain('I96');
    const r = codeNote(notes[0]!, k, options);
    expect(r.notCoded.find((n) => n.code === 'I96')?.reason).toBe('integral-symptom');
    expect(codes('Dry necrosis of the left second toe.')).toContain('I96');
  });

  it("an examination's scale and stimulus state no condition", () => {
    // Index: "Coma R40.20", "Pain R52". "Glasgow coma scale 15" and "pain scale is 0" are the
    // instruments' names and readings; "withdraws to pain" grades the response to a stimulus.
    notRead('R40.20', ['NEUROLOGIC: Glasgow coma scale 15. Pupils equal, round, reactive to light.']);
    notRead('R52', [
      'Pain scale is 0.',
      'He is unresponsive to even painful stimuli.',
      'She withdraws to pain in all extremities.',
    ]);
    expect(codes('She reports pain rated 8 on a scale of 10.')).toContain('R52');
  });

  it("a cardiac stress test's stress, and stress as what brings a symptom on, are no stress reaction", () => {
    // Index: "Stress F43.9" (Tabular F43.9 Reaction to severe stress, unspecified).
    notRead('F43.9', [
      'At peak stress, the patient was injected with Myoview.',
      'The left ventricle appears dilated on both stress and rest.',
      'The patient exercised according to the Lexiscan nuclear stress study.',
      'Less than adequate cardiac stress.',
      'No chest pain with stress.',
      'The headache may be brought on by stress, lack of sleep and alcohol.',
    ]);
    expect(codes('She has been under considerable stress since her divorce.')).toContain('F43.9');
  });

  it("an inner organ's scar is not the skin's (L90.5)", () => {
    // Index: "Scar, scarring (see also Cicatrix) L90.5"; Tabular L90 is in the chapter of the
    // skin. The heart's, the lung's, the bladder's scars are not.
    notRead('L90.5', [
      'The scan showed some mild inferior wall scar and ejection fraction was well preserved.',
      'There is left apical scarring. There is no pleural effusion.',
      'Scarring was noted along the base of the bladder from the previous resection.',
    ]);
    expect(codes('There is a visible 3 cm scar at the left base of the neck near the hairline.')).toContain(
      'L90.5',
    );
  });

  it('broken sleep is no fracture', () => {
    notRead('T14.8XXA', ['Because of the pain, he has significant problems with fractured sleep.']);
    expect(codes('He has a fractured left wrist.')).toEqual(['S62.102A']);
  });

  it("an ECG's ST depression is no depressive episode", () => {
    // Index: "Depression (acute) (mental) F32.A" lists no ST segment; the tracing's depression is
    // an abnormal electrocardiogram (R94.31).
    notRead('F32.A', [
      'The peak stress EKG was abnormal with 2 mm of ST segment depression in V3 to V6.',
      'Severe chest pain after 5 minutes of exercise with horizontal ST depressions.',
      'Risks include respiratory depression from sedation.',
    ]);
    expect(codes('PAST MEDICAL HISTORY: Significant for depression and reflux disease.')).toContain('F32.A');
  });

  it("adhesions outside the abdomen are not the peritoneum's (K66.0)", () => {
    // Index: "Adhesions, adhesive (postinfective) K66.0"; Tabular K66 is the peritoneum's.
    notRead('K66.0', [
      'The adhesions between the glans and mucosa were instrumentally lysed.',
      'There were adhesions between the dura and the ligamentum flavum owing to the stenosis.',
      'The adhesion was taken down, and the entire pleural surface along its edge was sent for pathology.',
    ]);
    expect(codes('POSTOPERATIVE DIAGNOSIS: Intraabdominal adhesions.')).toContain('K66.0');
  });

  it('an allergy list that says none, and an allergy doctor, are no allergic reaction', () => {
    // Index: "Allergy, allergic (reaction) T78.40".
    notRead('T78.40XA', [
      'His allergies are no known drug allergies.',
      'He went to see an allergy doctor who prescribed several medications.',
      'He may also need an allergy evaluation at that point.',
    ]);
    expect(codes('She presents with complaint of allergies.')).toContain('T78.40XA');
  });
});
