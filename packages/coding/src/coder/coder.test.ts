/**
 * Golden tests of each coding mechanism on short notes written for the purpose, against the
 * hand-made miniature index and tabular list (fixtures/knowledge.ts). Each expectation cites
 * the ICD-10-CM Official Guidelines for Coding and Reporting (FY2026) section it follows.
 */
import { describe, expect, it } from 'vitest';
import { fixtureKnowledge } from '../fixtures/knowledge.ts';
import type { CodingOptions, CodingResult } from '../types.ts';
import { codeNote } from './coder.ts';

const k = fixtureKnowledge();
const outpatient: CodingOptions = { setting: 'outpatient', profile: 'claim' };
const inpatient: CodingOptions = { setting: 'inpatient', profile: 'claim' };
const codes = (r: CodingResult): string[] => r.suggestions.map((s) => s.code);
const notCoded = (r: CodingResult, code: string) => r.notCoded.find((n) => n.code === code);

describe('evidence', () => {
  it('every suggestion quotes the original text at its offsets', () => {
    const text = 'ASSESSMENT:\n1. Pneumonia.\n2. Type 2 diabetes mellitus.';
    const r = codeNote(text, k, outpatient);
    expect(codes(r)).toEqual(['J18.9', 'E11.9']);
    for (const s of r.suggestions) {
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(s.indexPath.length).toBeGreaterThan(0);
      expect(s.tabular.length).toBeGreaterThan(0);
    }
    expect(r.suggestions[1]!.indexPath).toBe('Diabetes, diabetic > type 2');
  });

  it('a list marker is not read: "2. Type 2 diabetes" is as sure as the same words unnumbered', () => {
    const numbered = codeNote('ASSESSMENT:\n1. Pneumonia.\n2. Type 2 diabetes mellitus.', k, outpatient);
    const plain = codeNote('ASSESSMENT:\nPneumonia.\nType 2 diabetes mellitus.', k, outpatient);
    const e11 = (r: CodingResult) => r.suggestions.find((s) => s.code === 'E11.9')!;
    expect(e11(numbered).confidence).toBe(e11(plain).confidence);
    expect(e11(numbered).evidence[0]!.text).not.toMatch(/^2\./);
  });
});

describe('negation and family history', () => {
  it('a denied symptom is not coded; the reason is given', () => {
    const r = codeNote('Patient has a cough. Denies chest pain or fever.', k, outpatient);
    expect(codes(r)).toEqual(['R05.9']);
    expect(notCoded(r, 'R07.9')?.reason).toBe('negated');
    expect(notCoded(r, 'R50.9')?.reason).toBe('negated');
  });
  it("a relative's condition is not the patient's (family history goes to Z80-Z84, I.C.21.c.4)", () => {
    const r = codeNote('FAMILY HISTORY: Mother with breast cancer.\nASSESSMENT: Cough.', k, outpatient);
    expect(codes(r)).toEqual(['R05.9']);
    expect(
      r.notCoded.some((n) => n.reason === 'family' && n.evidence.text.toLowerCase().includes('breast')),
    ).toBe(true);
  });
});

describe('uncertain diagnoses by setting', () => {
  const note = 'CHIEF COMPLAINT: Cough.\nASSESSMENT: Probable pneumonia.';
  it('outpatient: "probable" is not coded, the symptom is (IV.H)', () => {
    const r = codeNote(note, k, outpatient);
    expect(codes(r)).toEqual(['R05.9']);
    expect(notCoded(r, 'J18.9')).toMatchObject({ reason: 'uncertain', guidelines: ['IV.H'] });
  });
  it('inpatient: coded as if established (II.H); the cough is then integral to it (I.B.5)', () => {
    const r = codeNote(note, k, inpatient);
    expect(codes(r)).toEqual(['J18.9']);
    expect(r.suggestions[0]!.guidelines).toContain('II.H');
    expect(notCoded(r, 'R05.9')?.reason).toBe('integral-symptom');
  });
  it('the mentions profile lists the uncertain condition as seen', () => {
    const r = codeNote(note, k, { setting: 'outpatient', profile: 'mentions' });
    expect(codes(r)).toContain('J18.9');
  });
});

describe('signs and symptoms integral to a confirmed diagnosis (I.B.5, IV.D)', () => {
  it('fever and cough are not coded with pneumonia; chest pain is not routinely part of it here', () => {
    const r = codeNote('Fever and cough.\nASSESSMENT: Pneumonia.', k, outpatient);
    expect(codes(r)).toEqual(['J18.9']);
    expect(notCoded(r, 'R50.9')?.guidelines).toEqual(['I.B.5', 'IV.D']);
  });
});

describe('level of detail (I.B.2, IV.F)', () => {
  it('the same condition said vaguely and precisely keeps the precise code', () => {
    const r = codeNote(
      'HPI: Fracture of the femur after a fall.\nASSESSMENT: Fracture of the left femoral neck.',
      k,
      inpatient,
    );
    expect(codes(r)).toEqual(['S72.002A']);
    expect(notCoded(r, 'S72.90XA')?.reason).toBe('less-specific');
  });
});

describe('laterality (I.B.13)', () => {
  it('the documented side picks the code', () => {
    const r = codeNote('Fracture of the left femoral neck after a fall.', k, inpatient);
    expect(codes(r)).toEqual(['S72.002A']);
    expect(r.suggestions[0]!.guidelines).toContain('I.B.13');
  });
  it('no side documented: the unspecified side', () => {
    const r = codeNote('Fracture of the femoral neck.', k, inpatient);
    expect(codes(r)).toEqual(['S72.009A']);
  });
});

describe('7th characters and placeholder X (I.A.4-5, I.C.19.a, I.C.19.c.1)', () => {
  it('initial encounter, closed fracture by default', () => {
    const s = codeNote('Fracture of the right femoral neck.', k, inpatient).suggestions[0]!;
    expect(s.code).toBe('S72.001A');
    expect(s.guidelines).toEqual(expect.arrayContaining(['I.C.19.a', 'I.C.19.c.1']));
  });
  it('subsequent encounter and sequela from the note', () => {
    expect(
      codes(
        codeNote('Fracture of the right femoral neck, routine healing, subsequent encounter.', k, inpatient),
      ),
    ).toEqual(['S72.001D']);
    expect(codes(codeNote('Sequela of fracture of the right femoral neck.', k, inpatient))).toEqual([
      'S72.001S',
    ]);
  });
  it('a 5-character code is filled with X before the 7th character', () => {
    const s = codeNote('Contusion of the scalp.', k, inpatient).suggestions[0]!;
    expect(s.code).toBe('S00.03XA');
    expect(s.guidelines).toContain('I.A.4');
    expect(codes(codeNote('Strain of the back.', k, inpatient))).toEqual(['S39.012A']);
  });
});

describe('combination codes and the "with" convention (I.A.15)', () => {
  it('diabetes and chronic kidney disease are linked without the provider saying so; the stage is added', () => {
    const r = codeNote('Type 2 diabetes mellitus. Chronic kidney disease stage 3.', k, outpatient);
    expect(codes(r)).toEqual(['E11.22', 'N18.30']);
    const e = r.suggestions[0]!;
    expect(e.guidelines).toContain('I.A.15');
    expect(e.companions.some((c) => c.includes('N18.1-N18.6') && c.endsWith('N18.30'))).toBe(true);
  });
  it('a linked condition the combination code covers is not coded again (I.B.9)', () => {
    const r = codeNote('Influenza with pneumonia.', k, inpatient);
    expect(codes(r)).toEqual(['J11.00']);
    expect(notCoded(r, 'J18.9')?.reason).toBe('combined');
  });
  it('a negated condition is not linked', () => {
    const r = codeNote('Type 2 diabetes mellitus. No chronic kidney disease.', k, outpatient);
    expect(codes(r)).toEqual(['E11.9']);
  });
});

describe('code first / manifestation companions (I.A.13)', () => {
  it('the bracketed manifestation code follows its etiology, and its code-first note is met', () => {
    const r = codeNote('Amyloid heart disease.', k, inpatient);
    expect(codes(r)).toEqual(['E85.4', 'I43']);
    expect(r.suggestions[1]!.companions.some((c) => c.startsWith('code first') && c.endsWith('E85.4'))).toBe(
      true,
    );
  });
});

describe('Excludes1 (I.A.12.a)', () => {
  it('type 1 and type 2 diabetes are never coded together: one is kept, the other reported', () => {
    const r = codeNote(
      'ASSESSMENT: Type 2 diabetes mellitus.\nHPI: history says type 1 diabetes mellitus.',
      k,
      inpatient,
    );
    expect(r.suggestions.filter((s) => s.code.startsWith('E1')).length).toBe(1);
    expect(r.notCoded.find((n) => n.reason === 'excludes1')?.guidelines).toEqual(['I.A.12.a']);
  });
});

describe('neoplasm table', () => {
  it('carcinoma → see also Neoplasm, by site, malignant → the breast row, malignant primary column', () => {
    const s = codeNote('Carcinoma of the left breast.', k, inpatient).suggestions[0]!;
    expect(s.code).toBe('C50.912');
    expect(s.source).toBe('neoplasm');
    expect(s.indexPath).toContain('malignant primary');
  });
});

describe('E/M from a coded note', () => {
  it('an outpatient note gets a level with its reasoning', () => {
    const r = codeNote(
      'Follow-up visit.\nASSESSMENT:\n1. Type 2 diabetes mellitus, well controlled. Refill metformin 500 mg twice daily.\n2. Chronic kidney disease stage 3, stable.',
      k,
      { ...outpatient, em: true },
    );
    expect(r.em?.code).toBe('99214');
    expect(r.em?.reasoning.some((l) => l.startsWith('MDM: moderate'))).toBe(true);
  });
});

describe('confidence (coder/confidence.ts)', () => {
  const conf = (text: string, code: string): number =>
    codeNote(text, k, inpatient).suggestions.find((s) => s.code === code)?.confidence ?? Number.NaN;
  it('a condition said again in another sentence is surer than one said once', () => {
    const once = conf('The patient had a cough.', 'R05.9');
    const twice = conf('The patient had a cough. The cough persisted.', 'R05.9');
    expect(twice).toBeGreaterThan(once);
  });
  it('a combination built from a linked condition is less sure than a condition named outright', () => {
    // The mentions profile weighs the link as the model was fitted (coder/confidence.ts).
    const mentions = (text: string, code: string): number =>
      codeNote(text, k, { ...inpatient, profile: 'mentions' }).suggestions.find((s) => s.code === code)
        ?.confidence ?? Number.NaN;
    const linked = mentions('Type 2 diabetes mellitus. Chronic kidney disease stage 3.', 'E11.22');
    expect(linked).toBeLessThan(mentions('Type 2 diabetes mellitus.', 'E11.9'));
    expect(linked).toBeGreaterThan(0);
    // The claim profile applies the presumption of "with" (I.A.15): the link is no doubt there.
    expect(conf('Type 2 diabetes mellitus. Chronic kidney disease stage 3.', 'E11.22')).toBeGreaterThan(
      linked,
    );
  });
  it('the chapter weighs: an injury read from one word is less sure than a disease named by its own term', () => {
    // "Contusion" (T14.8) is also said of what a procedure does; "diabetes" names only the disease.
    const injury = conf('The patient had a contusion.', 'T14.8XXA');
    expect(injury).toBeGreaterThan(0);
    expect(injury).toBeLessThan(conf('The patient had diabetes.', 'E11.9'));
  });
});
