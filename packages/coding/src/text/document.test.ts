import { describe, expect, it } from 'vitest';
import { readNote } from './document.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

describe('tokens', () => {
  it('keep offsets into the original text', () => {
    const text = "Crohn's disease, HbA1c 7.5%; non-small cell.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual([
      "Crohn's",
      'disease',
      ',',
      'HbA1c',
      '7.5',
      '%',
      ';',
      'non-small',
      'cell',
      '.',
    ]);
  });
});

describe('sentences', () => {
  it('do not break at abbreviations, decimals, initials or list markers; a marker is not part of its item', () => {
    const text = 'Seen by Dr. Smith at 7.5 p.m. today. She is well.\n1. Hypertension.';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Seen by Dr. Smith at 7.5 p.m. today.', 'She is well.', 'Hypertension.']);
  });

  it('end after a closing parenthesis or quotation mark, not after an abbreviation inside one', () => {
    const text =
      'Lung removed (probably an adeno CA.) She also had hysterectomy. Cultures grew Staphylococcus (St.) aureus.';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual([
      'Lung removed (probably an adeno CA.)',
      'She also had hysterectomy.',
      'Cultures grew Staphylococcus (St.) aureus.',
    ]);
  });
});

describe('sections', () => {
  it('finds line headers and the MTSamples ",HEADER:," form, and keeps sub-headers inside', () => {
    const text =
      'SUBJECTIVE:,  Cough for a week.,MEDICATIONS: , None.,PHYSICAL EXAMINATION:,HEENT:  Clear.,Lungs:  Rhonchi.,ASSESSMENT:,  Bronchitis.,FAMILY HISTORY: Mother with diabetes.';
    const doc = readNote(text);
    const kinds = doc.sections.map((s) => s.kind);
    expect(kinds).toEqual(['hpi', 'medications', 'exam', 'assessmentPlan', 'familyHistory']);
    const lungs = doc.sentences.find((s) => text.slice(s.start, s.end).includes('Rhonchi'));
    expect(lungs?.section).toBe('exam');
    expect(lungs?.subHeader).toBe('Lungs');
  });

  it('reads plain line headers, and text before the first header is "other"', () => {
    const text =
      'Patient seen today.\nChief complaint: knee pain\nAssessment and plan:\nOsteoarthritis of the right knee.';
    const doc = readNote(text);
    expect(doc.sections.map((s) => s.kind)).toEqual(['other', 'chiefComplaint', 'assessmentPlan']);
    expect(doc.sentences.map((s) => s.section)).toEqual(['other', 'chiefComplaint', 'assessmentPlan']);
  });

  it('reads Markdown heading lines as headers, known or not, so their words are not mentions', () => {
    const text =
      '# Chief Complaint\n- Cough\n\n# History of Present Illness\nA 60 year-old woman.\n\n# Allergies\nNo Known Allergies.\n\n## Encounter details ##\nBP 120/80.\n\n# Assessment and Plan\nAcute bronchitis.';
    const doc = readNote(text);
    expect(doc.sections.map((s) => s.kind)).toEqual(['chiefComplaint', 'hpi', 'allergies', 'assessmentPlan']);
    // A heading is no sentence of its own: no sentence holds the word of a header line.
    const said = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(said.some((s) => /^(Allergies|History of Present Illness)$/.test(s.trim()))).toBe(false);
    const vitals = doc.sentences.find((s) => text.slice(s.start, s.end).includes('BP'));
    expect(vitals?.subHeader).toBe('Encounter details');
    // '#' inside running text is no heading.
    expect(readNote('Seen for rib fracture #3 and # 4 today.').sections.map((s) => s.kind)).toEqual([
      'other',
    ]);
  });

  it('reads the "Hx" and "Dx" abbreviations of transcribed headers, and the operative report\'s', () => {
    const text =
      'PREOP DIAGNOSIS:,  Bunion.,POSTOPERATIVE DX:,  Bunion.,DETAILS OF THE PROCEDURE:,  Incision.,PAST MEDICAL HX:  ,Pneumonia in 2002.,PAST SURGICAL HX:  ,None.,SHX:,  Smoker.';
    expect(readNote(text).sections.map((s) => s.kind)).toEqual([
      'diagnoses',
      'diagnoses',
      'procedures',
      'pastMedicalHistory',
      'pastSurgicalHistory',
      'socialHistory',
    ]);
  });
});
