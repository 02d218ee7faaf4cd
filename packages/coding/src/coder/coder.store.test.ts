/**
 * The coder against the real books, installed by the global test setup into
 * MEDCODE_TEST_HOME (index FY2023, neoplasm and drug tables FY2025, order file FY2026, tabular
 * notes FY2023). Short notes written for the purpose; each expectation follows the ICD-10-CM
 * Official Guidelines (FY2026) section named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CodeSetStore } from '@medcode/codesets';
import { DEFAULT_MIN_CONFIDENCE } from '../eval/codiesp.ts';
import { editionMap } from '../store/edition.ts';
import { openKnowledge } from '../store/knowledge.ts';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';

const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
afterAll(() => store.close());
const k = openKnowledge(store, '2025-10-01');
const outpatient: CodingOptions = { setting: 'outpatient', profile: 'claim' };
const inpatient: CodingOptions = { setting: 'inpatient', profile: 'claim' };
const codes = (text: string, o: CodingOptions = outpatient): string[] =>
  codeNote(text, k, o).suggestions.map((s) => s.code);

describe('real index and tabular list', () => {
  it('diabetes with CKD: combination code and the stage it asks for (I.A.15, use additional code)', () => {
    const r = codeNote(
      'ASSESSMENT: Type 2 diabetes mellitus. Chronic kidney disease stage 3a.',
      k,
      outpatient,
    );
    expect(r.suggestions.map((s) => s.code)).toEqual(['E11.22', 'N18.31']);
    expect(r.suggestions[0]!.indexPath).toBe('Diabetes, diabetic > type 2 > with > chronic kidney disease');
    expect(r.suggestions[0]!.companions.some((c) => c.endsWith(': N18.31'))).toBe(true);
  });

  it('a comma after the main term qualifies it unless a condition of its own follows (I.A.15)', () => {
    // "disease, stage 3" reads like the index's "Disease, kidney, chronic, stage 3".
    expect(
      codes('ASSESSMENT: Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3.'),
    ).toEqual(['E11.22', 'N18.30']);
    // A list of findings: "atrial" belongs to the fibrillation, not to the tachycardia before it.
    expect(codes('Physical exam: tachycardia to 120 bpm, atrial fibrillation.', inpatient)).toEqual([
      'R00.0',
      'I48.91',
    ]);
  });

  it('a subterm that begins with "with" needs its words affirmed, and a negated term keeps only its own words', () => {
    // Index: "Nausea (without vomiting) R11.0; - with vomiting R11.2"; "Vomiting - with nausea
    // R11.2". The vomiting is negated ("without", NegEx), so no R11.2; the nausea is still said.
    const r = codeNote('Nausea without vomiting.', k, inpatient);
    expect(r.suggestions.map((s) => s.code)).toEqual(['R11.0']);
    expect(r.notCoded.find((n) => n.code === 'R11.2')?.reason).toBe('negated');
    expect(codes('Nausea with vomiting.', inpatient)).toEqual(['R11.2']);
    // "Cell, cellular, in urine R82.998": not from cells the urine was negative for.
    expect(codes('Urine cytology was negative for tumor cells.', inpatient)).not.toContain('R82.998');
  });

  it('a muscle named by its own name says "muscle" without the word (Abscess, psoas muscle)', () => {
    // Index: "Abscess, psoas muscle K68.12"; "Hyperactive, hyperactivity, detrusor muscle N32.81"
    // (not the F90.9 of the bare main term, attention-deficit hyperactivity disorder).
    expect(codes('Psoas abscess.', inpatient)).toEqual(['K68.12']);
    expect(codes('Detrusor hyperactivity.', inpatient)).toEqual(['N32.81']);
  });

  it('viruses by their initials: CMV, VZV (Index: Cytomegalovirus infection B25.9; Varicella B01.9)', () => {
    expect(codes('CMV infection.', inpatient)).toEqual(['B25.9']);
    expect(codes('VZV infection.', inpatient)).toEqual(['B01.9']);
  });

  it('numbers and function words between the condition words do not make it less sure', () => {
    // Index: "Smoker - see Dependence, drug, nicotine"; "Dependence, drug, nicotine, cigarettes F17.210".
    const conf = (text: string): number | undefined =>
      codeNote(text, k, inpatient).suggestions.find((s) => s.code === 'F17.210')?.confidence;
    expect(conf('Smoker of 30 cigarettes a day.')).toBe(conf('Cigarette smoker.'));
    expect(conf('Smoker of 30 cigarettes a day.')).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });

  it('a breast lump is not coded with the breast cancer it presents as (I.B.5, IV.D)', () => {
    const r = codeNote(
      'CHIEF COMPLAINT: Breast lump.\nASSESSMENT: Invasive ductal carcinoma of the left breast in a 54-year-old woman.',
      k,
      outpatient,
    );
    expect(r.suggestions.map((s) => s.code)).toEqual(['C50.912']);
    expect(r.notCoded.find((n) => n.code?.startsWith('N63'))).toMatchObject({
      reason: 'integral-symptom',
      detail: 'routinely part of C50.912',
    });
    // Without a confirmed breast neoplasm the lump is the diagnosis.
    expect(codes('CHIEF COMPLAINT: Breast lump.\nASSESSMENT: Lump in the left breast.')[0]).toMatch(/^N63/);
  });

  it('hypertension with heart disease and CKD: the index presumes the link (I.A.15, I.C.9.a)', () => {
    const r = codes('Hypertension and congestive heart failure. Chronic kidney disease stage 4.', inpatient);
    expect(r[0]).toBe('I13.0');
    expect(r).toContain('N18.4');
  });

  it('narrative text: "with" links the neighbouring sentence, not words far away (I.A.15)', () => {
    const far = [
      'The patient developed fever.',
      'A chest X-ray was taken.',
      'Blood cultures were drawn.',
      'Saline solution heated to 37 degrees was infused.',
    ].join(' ');
    const r = codes(far, inpatient);
    expect(r).toContain('R50.9');
    expect(r).not.toContain('T67.01XA'); // Fever, due to, heat
    // A list of diagnoses is documented together, however long.
    const list = 'DIAGNOSES:\nType 2 diabetes mellitus.\nObesity.\nAnemia.\nChronic kidney disease stage 3.';
    expect(codes(list, inpatient)[0]).toBe('E11.22');
  });

  it('a word after a negating prefix does not name the condition ("non-painful" is not pain)', () => {
    expect(codes('Non-painful mass in the neck.', inpatient)).not.toContain('M54.2');
    expect(codes('Painful mass in the neck.', inpatient)).toContain('M54.2');
    expect(codes('Treated with anti-hypertensive drugs.', inpatient)).not.toContain('I10');
  });

  it('hematoma and trauma without a site are injuries: the index sends them to Contusion and Injury', () => {
    // "Hematoma (traumatic) (skin surface intact) — see also Contusion"; "Contusion T14.8".
    expect(codes('A hematoma of the surgical bed was drained.', inpatient)).toEqual(['T14.8XXA']);
    // "Trauma, traumatism — see also Injury"; "Injury T14.90".
    expect(codes('He had a trauma.', inpatient)).toEqual(['T14.90XA']);
    // A site the index lists under Contusion is still read (I.B.13: the side from the note).
    expect(codes('Hematoma of the left thigh.', inpatient)).toEqual(['S70.12XA']);
  });

  it('lymph nodes enlarged at a named site are localized (Lymphadenopathy: generalized / localized R59.0)', () => {
    // "Lymphadenopathy (generalized) R59.1; localized R59.0"; "Adenopathy R59.9; localized R59.0".
    expect(codes('Right inguinal lymphadenopathy.', inpatient)).toEqual(['R59.0']);
    expect(codes('Axillary adenopathies.', inpatient)).toEqual(['R59.0']);
    expect(codes('Lymphadenopathy.', inpatient)).toEqual(['R59.1']);
    // A site the index lists under the term is read as that subterm, not as "localized".
    expect(codes('Parathyroid gland hypertrophy.', inpatient)).toEqual(['E21.0']);
  });

  it('a former smoker has a history of tobacco dependence, not a current one (History, personal, Z87.891)', () => {
    const mentions: CodingOptions = { setting: 'inpatient', profile: 'mentions' };
    expect(codes('He is an ex-smoker of 20 cigarettes a day.', mentions)).toEqual(['Z87.891']);
    // A habit said to have ended reads its history in every profile (I.C.21.c.4).
    expect(codes('He was a former smoker.', mentions)).toEqual(['Z87.891']);
    expect(codes('He quit smoking ten years ago.', mentions)).toEqual(['Z87.891']);
    expect(codes('Smoker.', mentions)).toEqual(['F17.200']);
  });

  it('"allergic to" a drug states an allergy status (History, allergy), an allergic reaction is T78.40', () => {
    // "Allergy, history (of) — see History, allergy"; "History, personal, allergy (to), penicillin Z88.0".
    expect(codes('A 64-year-old patient, allergic to penicillin.', inpatient)).toEqual(['Z88.0']);
    // "Allergy, allergic (reaction) T78.40": the reaction itself, with its 7th character (I.C.19.a).
    expect(codes('She developed an allergic reaction.', inpatient)).toEqual(['T78.40XA']);
  });

  it('one half of a site names the site ("hemiscrotum": Pain, scrotum N50.82)', () => {
    expect(codes('Pain in the right hemiscrotum.', inpatient)).toEqual(['N50.82']);
  });

  it('laterality and 7th character with the closed-fracture default (I.B.13, I.C.19.a, I.C.19.c.1)', () => {
    expect(codes('Fracture of the left femoral neck.', inpatient)).toEqual(['S72.002A']);
  });

  it('neoplasm table: site from the note, column from the reference', () => {
    expect(codes('Adenocarcinoma of the right lung.', inpatient)).toEqual(['C34.91']);
    expect(codes('Liver metastases.', inpatient)).toEqual(['C78.7']);
  });

  it('neoplasm table: a site row the note names wins over "unspecified site" (I.C.2.k)', () => {
    // "Carcinoma — see also Neoplasm, by site, malignant"; its "unspecified site C80.1" is for no site.
    expect(codes('Papillary carcinoma of the left kidney.', inpatient)).toEqual(['C64.2']);
    // Outpatient; inpatient, C80.1 needs the note to say the primary is unknown (I.C.2.k, unknown-primary.store.test.ts).
    expect(codes('A carcinoma was found.')).toEqual(['C80.1']);
    // A row that only refers on ("gastric — see Neoplasm, stomach") leads to that row's cells.
    expect(codes('Gastric carcinoma.', inpatient)).toEqual(['C16.9']);
    expect(codes('Adenocarcinoma of the stomach.', inpatient)).toEqual(['C16.9']);
  });

  it('an unspecified-site neoplasm yields to the same behaviour with a site, in both profiles (I.C.2.k)', () => {
    const note = 'Carcinoma of the bladder. The carcinoma was resected.';
    for (const profile of ['claim', 'mentions'] as const) {
      const r = codeNote(note, k, { setting: 'inpatient', profile });
      expect(r.suggestions.map((s) => s.code)).toEqual(['C67.9']);
      expect(r.notCoded.some((n) => n.code === 'C80.1' && n.reason === 'less-specific')).toBe(true);
    }
    // Secondary: "metastatic carcinoma" (C79.9) is the liver deposit said without its site.
    expect(codes('Metastatic carcinoma. Liver metastases.', inpatient)).toEqual(['C78.7']);
    // "Tumor cells" (Tumor, cells: unspecified behaviour and site, D49.9) are the cells of the
    // neoplasm the note names with its site and behaviour.
    expect(codes('Carcinoma of the bladder. Tumor cells were positive for CK7.', inpatient)).toEqual([
      'C67.9',
    ]);
  });

  it('"Tumor" and "Neoplasm" alone go to the Table of Neoplasms at the site the note names', () => {
    // Index: "Tumor — see also Neoplasm, unspecified behavior, by site"; "Neoplasm, neoplastic —
    // see also Table of Neoplasms", whose column for a neoplasm of no stated behaviour is
    // "unspecified behavior" (D49).
    expect(codes('Bladder tumor.', inpatient)).toEqual(['D49.4']);
    expect(codes('Neoplasm of the stomach.', inpatient)).toEqual(['D49.0']);
    // "Malignancy — see also Neoplasm, malignant, by site".
    expect(codes('Malignancy of the bladder.', inpatient)).toEqual(['C67.9']);
    // No site named: the general term says nothing by itself.
    expect(codes('Tumor markers were negative.', inpatient)).toEqual([]);
  });

  it('a table row without the column needed is read through its "see also" row', () => {
    // Table of Neoplasms: "colon — see also Neoplasm, intestine, large" prints only the
    // malignant columns; the benign one is in "intestine, large" (D12.6).
    expect(codes('Colon adenoma.', inpatient)).toEqual(['D12.6']);
    // "lymph node — see also Neoplasm, lymph gland", printed "lymph ... gland (secondary)" with
    // no malignant primary code: a malignancy there is secondary (C77.9).
    expect(codes('Lymph node metastases.', inpatient)).toEqual(['C77.9']);
  });

  it("the patient's sex stated in the note chooses the tabular subdivision by sex (C50.91- / C50.92-)", () => {
    expect(codes('A 50-year-old woman with carcinoma of the breast.', inpatient)).toEqual(['C50.919']);
    // "Cancer, breast C50.91-" is the female breast: for a man, the male subdivision of C50.9.
    expect(codes('A 70-year-old man with breast cancer.', inpatient)).toEqual(['C50.929']);
  });

  it("the patient's sex given with the request comes before the note's words (C50.91- / C50.92-)", () => {
    // The note says "woman"; the registration says M: the male subdivision of C50.9, and the
    // tabular step says where the sex came from.
    const male = codeNote('A 50-year-old woman with carcinoma of the breast.', k, {
      ...inpatient,
      patientSex: 'M',
    });
    expect(male.suggestions.map((s) => s.code)).toEqual(['C50.929']);
    expect(male.suggestions[0]!.tabular.join('; ')).toContain(
      'the patient is male (as given with the request)',
    );
    expect(male.patient).toEqual({ sex: 'M' });
    expect(codes('A 70-year-old man with breast cancer.', { ...inpatient, patientSex: 'F' })).toEqual([
      'C50.919',
    ]);
    // U (unknown, the claim model's DMG03) leaves it to the note.
    expect(codes('A 70-year-old man with breast cancer.', { ...inpatient, patientSex: 'U' })).toEqual([
      'C50.929',
    ]);
  });

  it("the patient's age chooses the index subterm that is an age (Bronchitis, under 15 years of age)", () => {
    // Index: "Bronchitis (15 years of age and above) J40; - under 15 years of age - see
    // Bronchitis, acute" (J20.9). Without an age the note's words decide, as before.
    expect(codes('ASSESSMENT: Bronchitis.')).toEqual(['J40']);
    expect(codes('ASSESSMENT: Bronchitis.', { ...outpatient, patientAge: 15 })).toEqual(['J40']);
    const child = codeNote('ASSESSMENT: Bronchitis.', k, { ...outpatient, patientAge: 8 });
    expect(child.suggestions.map((s) => s.code)).toEqual(['J20.9']);
    expect(child.suggestions[0]!.indexPath).toContain("(patient's age: 8)");
    // Subterms that name a person or an onset are words, not ages: "newborn" is not read from 0 years.
    expect(codes('ASSESSMENT: Jaundice.', { ...outpatient, patientAge: 0 })).toEqual(['R17']);
  });

  it("the patient's sex chooses the index subterm that is a sex (Adhesions, pelvic, female)", () => {
    // Index: "Adhesions, pelvic, female N73.6; male — see Adhesions, peritoneum" (K66.0);
    // "Cystocele, female N81.10; male N32.89". The sex is the request's, else the note's.
    expect(codes('Pelvic adhesions.', { ...outpatient, patientSex: 'F' })).toEqual(['N73.6']);
    expect(codes('The patient is a 45-year-old female. Pelvic adhesions.')).toEqual(['N73.6']);
    expect(codes('The patient is a 60-year-old man. Pelvic adhesions.')).toEqual(['K66.0']);
    const r = codeNote('The patient is a 62-year-old woman with a cystocele.', k, outpatient);
    expect(r.suggestions.map((s) => s.code)).toEqual(['N81.10']);
    expect(r.suggestions[0]!.indexPath).toContain("female (patient's sex)");
    // A sex subterm that refers to another condition is read from words only: "Dysfunction,
    // male — see Dysfunction, sexual, male" is no reading of "diastolic dysfunction".
    expect(codes('He has diastolic dysfunction.')).not.toContain('N53.9');
  });

  it('leukemia and myeloma: remission is documented, not presumed (C90.0-: NOS is "not having achieved remission")', () => {
    expect(codes('Multiple myeloma.', inpatient)).toEqual(['C90.00']);
    expect(codes('Multiple myeloma in remission.', inpatient)).toEqual(['C90.01']);
  });

  it('7th characters that name the eye or the fetus (I.B.13, I.C.15.a.2)', () => {
    // E11.359-: 1 right eye, 2 left eye, 3 bilateral, 9 unspecified eye.
    expect(
      codes('Type 2 diabetes with proliferative diabetic retinopathy in the right eye.', inpatient),
    ).toEqual(['E11.3591']);
    // O41: "0" for a single gestation or an unspecified fetus.
    expect(codes('Oligohydramnios.', inpatient)).toEqual(['O41.00X0']);
  });

  it('a hyphenated eponym is one name, accents aside ("Wolff-Parkinson-White" is not parkinsonism)', () => {
    expect(codes('Wolff-Parkinson-White syndrome.', inpatient)).toEqual(['I45.6']);
    // The index prints "Guillain-Barré"; notes often drop the accent.
    expect(codes('Guillain-Barre syndrome.', inpatient)).toEqual(['G61.0']);
  });

  it('words that name something else in running text are not conditions by themselves', () => {
    // "PIN — see Neoplasia, intraepithelial, prostate": an acronym, not the "pins" of a fixation.
    expect(codes('Two proximal pins were placed.', inpatient)).toEqual([]);
    expect(codes('Prostatic biopsy showed PIN.', inpatient)).toEqual(['N42.31']);
    // "Decubitus — see Ulcer, pressure": a lying position unless the ulcer is named.
    expect(codes('The patient was placed in lateral decubitus.', inpatient)).toEqual([]);
    expect(codes('Decubitus ulcer.', inpatient)[0]).toMatch(/^L89\./);
    // "Investigation — see also Examination" (Z04.9) describes the work-up, like Examination.
    expect(codes('The family was investigated.', inpatient)).toEqual([]);
    // A fall is an event (External Cause Index, W00-W19), not "Falling, falls (repeated)" R29.6.
    expect(codes('He suffered an accidental fall at home.', inpatient)).toEqual([]);
    // "Collapse" of a structure is not the patient's collapse (R55); its subterms still read.
    expect(codes('CT showed collapse of the abscess cavities.', inpatient)).toEqual([]);
    expect(codes('Collapse of the vertebra.', inpatient)[0]).toMatch(/^M48\.5/);
    // "Transient (meaning homeless)" Z59.0 is not the adjective; "frozen section" is a specimen.
    expect(
      codes('He had transient hemodynamic instability and a frozen section biopsy.', inpatient),
    ).not.toContain('Z59.00');
    expect(codes('A frozen section biopsy of the node was done.', inpatient)).toEqual([]);
    // "Ganglion" of a lymph node chain is not the tendon-sheath ganglion (M67.40).
    expect(codes('Cervical ganglion with melanoma metastasis.', inpatient)).not.toContain('M67.40');
    // "Septum, septate — see also Anomaly": the anatomical septum is no anomaly (Q89.9).
    expect(codes('The catheter crossed the septum.', inpatient)).toEqual([]);
    expect(codes('Deformation of the nasal septum was seen.', inpatient)).toEqual([]);
  });

  it('"see also" a table row is for no other site: a site the note names is read from the whole table', () => {
    // Neoplasm Table, connective tissue note: sites not in its list are coded to the site.
    expect(codes('Leiomyosarcoma of the uterus.', inpatient)).toEqual(['C55']);
    expect(codes('Leiomyosarcoma.', inpatient)).toEqual(['C49.9']);
    // A subrow of the named row still comes first ("connective tissue, thigh").
    expect(codes('Leiomyosarcoma of the thigh.', inpatient)).toEqual(['C49.20']);
  });

  it('a qualified main term: its qualifier written beside it is its own word; alone it is not the term', () => {
    // "Mononucleosis, infectious": "infectious" is not also "Infection" (B99.9).
    expect(codes('Infectious mononucleosis.', inpatient)).toEqual(['B27.90']);
    // "Rise, venous pressure" (I87.8) needs its qualifier; "rise" alone names nothing.
    expect(codes('Temperature rise to 39 degrees.', inpatient)).not.toContain('I87.8');
    expect(codes('Rise in venous pressure.', inpatient)).toEqual(['I87.8']);
  });

  it('the adjective of an organ named by a Latin noun in -a reads that organ ("tracheal" → trachea)', () => {
    // Index: "Stenosis, trachea J39.8"; "cervical" (of the neck) stays apart from it.
    expect(codes('Cervical CT showed tracheal stenosis.', inpatient)).toEqual(['J39.8']);
  });

  it('an adjective the index does not print reads its main term (derivational morphology)', () => {
    // Index: "Hypoxia R09.02", "Pallor R23.1", "Distension, distention, abdomen R14.0".
    const mentions: CodingOptions = { setting: 'inpatient', profile: 'mentions' };
    expect(codes('The patient was hypoxic.', mentions)).toEqual(['R09.02']);
    expect(codes('She was pale.', mentions)).toEqual(['R23.1']);
    expect(codes('The abdomen was distended.', mentions)).toEqual(['R14.0']);
    // The adjective may stem like the noun ("tachypneic", "tachypnea"): still a form of it.
    expect(codes('She was tachypneic.', mentions)).toEqual(['R06.82']);
    // A shape is no congenital anomaly ("Lobulation — see also Anomaly", I.C.17).
    expect(codes('A lobulated mass.', mentions)).toEqual([]);
    // "-philic" names a staining, not "Eosinophilia D72.1".
    expect(codes('Eosinophilic cells were seen.', mentions)).toEqual([]);
  });

  it('words outside parentheses in a modifier are essential (I.A.7): "Normocytic anemia ... due to blood loss"', () => {
    // Printed: "Normocytic anemia (infectional) due to blood loss (chronic) D50.0"; "Anemia,
    // normocytic (infectional) D64.9" is the anemia that names no blood loss.
    expect(codes('Normocytic anemia.', inpatient)).toEqual(['D64.9']);
    expect(codes('Normocytic anemia due to chronic blood loss.', inpatient)).toEqual(['D50.0']);
  });

  it('a past procedure named alone reads "Status (post)"; one done now is no status (I.C.21.c.3)', () => {
    // Index: "Status (post), nephrectomy (unilateral) (bilateral) Z90.5", "splenectomy Z90.81".
    expect(codes('Previous nephrectomy.', inpatient)).toEqual(['Z90.5']);
    expect(codes('History of splenectomy.', inpatient)).toEqual(['Z90.81']);
    expect(codes('A left nephrectomy was performed.', inpatient)).toEqual([]);
  });

  it('"as cause of disease classified elsewhere" says when B95-B97 apply, not what the note says', () => {
    // Index: "Escherichia coli, as cause of disease classified elsewhere B96.20"; "Staphylococcus,
    // as cause of disease classified elsewhere, aureus (methicillin susceptible) B95.61".
    expect(codes('Urine culture grew Escherichia coli.', inpatient)).toEqual(['B96.20']);
    expect(codes('Staphylococcus aureus was isolated in the blood culture.', inpatient)).toEqual(['B95.61']);
    // An organism named in a combination code is not coded again: "Pneumonia, staphylococcal".
    expect(codes('Staphylococcal pneumonia.', inpatient)).toEqual(['J15.20']);
    expect(codes('Cultures were negative for Pseudomonas.', inpatient)).toEqual([]);
  });

  it('the adjective of a Latin organ noun reads the organ ("esophageal" → esophagus)', () => {
    // Index: "Varix, esophagus I85.00" (not the default "Varix (lower limb) I83.90");
    // "Obstruction, bronchus J98.09".
    expect(codes('Esophageal varices.', inpatient)).toEqual(['I85.00']);
    expect(codes('Bronchial obstruction.', inpatient)).toEqual(['J98.09']);
  });

  it('"CA" before a number is a tumour marker, not a carcinoma', () => {
    expect(codes('CA 125 of 88 U/ml. CA 19-9 was normal.', inpatient)).toEqual([]);
    expect(codes('CA of the prostate.', inpatient)).toEqual(['C61']);
  });

  it('"History, family — see also History, personal" does not turn one into the other (I.A.16)', () => {
    const mentions: CodingOptions = { setting: 'inpatient', profile: 'mentions' };
    // No subterm "asthma" under "personal": the see also into "family" would give Z82.5.
    const personal = codes('Personal history of asthma.', mentions);
    expect(personal.some((c) => c.startsWith('Z82'))).toBe(false);
    expect(personal).toEqual(['J45.909']);
    // And a family history is never a personal-history code (Z85-Z87).
    expect(codes('Family history of colon cancer.', mentions).some((c) => /^Z8[5-7]/.test(c))).toBe(false);
    // A subterm the index has under "family" is still read there.
    expect(codes('Family history of diabetes mellitus.', mentions)).toEqual(['Z83.3']);
  });

  it('"cancer" reads a subterm "malignant neoplasm" (the index: Cancer, see also Neoplasm, malignant)', () => {
    // History > family > malignant neoplasm NOS > lung Z80.1; > breast Z80.3.
    expect(codes('Family history of lung cancer.', inpatient)).toEqual(['Z80.1']);
    expect(codes('Family history of breast cancer.', inpatient)).toEqual(['Z80.3']);
  });

  it('table of drugs: poisoning, accidental column, 7th character A', () => {
    expect(codes('Poisoning by aspirin.', inpatient)).toEqual(['T39.011A']);
  });

  it('uncertain diagnosis: symptom outpatient (IV.H), the diagnosis inpatient (II.H)', () => {
    const note = 'CHIEF COMPLAINT: Cough.\nASSESSMENT: Suspected pneumonia.';
    expect(codes(note, outpatient)).toEqual(['R05.9']);
    expect(codes(note, inpatient)).toEqual(['J18.9']);
  });

  it('a negated condition is reported, not coded; a relative’s is the family history (I.C.21.c.4)', () => {
    const r = codeNote(
      'Denies chest pain. FAMILY HISTORY: Father with colon cancer.\nASSESSMENT: Gastroesophageal reflux disease.',
      k,
      outpatient,
    );
    expect(r.suggestions.map((s) => s.code)).toEqual(['K21.9', 'Z80.0']);
    expect(r.notCoded.map((n) => n.reason)).toEqual(['negated']);
  });

  it('every suggestion is a billable code of the release and quotes the note', () => {
    const text = 'Atrial fibrillation. COPD with acute exacerbation. HIV disease. Pulmonary embolism.';
    const r = codeNote(text, k, inpatient);
    expect(r.suggestions.map((s) => s.code).sort()).toEqual(['B20', 'I26.99', 'I48.91', 'J44.1']);
    for (const s of r.suggestions) {
      expect(k.tabular.get(s.code)?.billable).toBe(true);
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('HCPCS Level II from what was given', () => {
    const r = codeNote('PLAN: Ceftriaxone 250 mg was administered intramuscularly.', k, outpatient);
    expect(r.procedures?.map((p) => p.code)).toEqual(['J0696']);
  });

  it('maps codes back to an earlier edition for scoring (R51.9 was R51 in FY2018)', () => {
    const map = editionMap(store, 2018)!;
    expect(map('R51.9')).toBe('R51');
    expect(map('E11.22')).toBe('E11.22');
  });
});
