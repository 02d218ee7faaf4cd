import { describe, expect, it } from 'vitest';
import { patientSex } from './patient-sex.ts';

describe('patientSex', () => {
  it('reads the noun that names the patient', () => {
    expect(patientSex('A 45-year-old woman presented with dyspnea.')).toBe('female');
    expect(patientSex('Male patient, 70 years old, with hematuria.')).toBe('male');
    // "female" is not read as "male".
    expect(patientSex('We report a female of 30 years.')).toBe('female');
  });

  it('falls back on pronouns only when they clearly agree', () => {
    expect(patientSex('The patient said she had pain. Her fever began on Monday.')).toBe('female');
    expect(patientSex('The patient reported that he had pain; his mother had diabetes; he was seen.')).toBe(
      'male',
    );
    expect(patientSex('The patient said he had pain. Her sister came.')).toBeUndefined();
    expect(patientSex('Fever and cough for three days.')).toBeUndefined();
  });
});
