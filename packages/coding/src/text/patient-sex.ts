/**
 * @module text/patient-sex
 * The patient's sex as the note states it, for the tabular subdivisions that depend on it
 * (C50.91- female breast, C50.92- male breast): the coder reads it from the note's own words,
 * never assumes it. The first noun that names the patient ("A 45-year-old woman", "male
 * patient") decides; without one, the third-person pronouns must agree clearly (a note about a
 * man may still say "her mother"). Undefined when the note does not say. A sex given with the
 * request (CodingOptions.patientSex) comes before the note's words.
 */
import type { Sex } from '@medcode/domain';

export type PatientSex = 'female' | 'male';

/** The sex a tabular choice used, and where it was read. */
export interface SexReading {
  sex: PatientSex;
  from: 'request' | 'note';
}

/** The registered sex (M, F) before the note's words; U says nothing. */
export function readSex(text: string, given: Sex | undefined): SexReading | undefined {
  if (given === 'F' || given === 'M') return { sex: given === 'F' ? 'female' : 'male', from: 'request' };
  const sex = patientSex(text);
  return sex ? { sex, from: 'note' } : undefined;
}

const NOUN = /\b(woman|women|female|girl|lady|man|men|male|boy|gentleman)\b/i;
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'women', 'female', 'girl', 'lady']);
const SHE = /\b(?:she|her|hers|herself)\b/gi;
const HE = /\b(?:he|him|his|himself)\b/gi;

export function patientSex(text: string): PatientSex | undefined {
  const noun = NOUN.exec(text.slice(0, 400))?.[1]?.toLowerCase();
  if (noun) return FEMALE_NOUNS.has(noun) ? 'female' : 'male';
  const she = text.match(SHE)?.length ?? 0;
  const he = text.match(HE)?.length ?? 0;
  if (she >= 2 && she >= 3 * he) return 'female';
  if (he >= 2 && he >= 3 * she) return 'male';
  return undefined;
}
