/**
 * @module index/age
 * Subterms of the Alphabetic Index that are an age and nothing else: "Bronchitis — under 15
 * years of age — see Bronchitis, acute"; "Donor, egg, age 35 and over Z52.812 / under age 35
 * Z52.810"; "Newborn, examination, 8 to 28 days old Z00.111". The note's words rarely say
 * them; the patient's age, when the request gives it, does (issue 5: "patient age and sex when
 * known"). A subterm that also names a condition or a person ("child (over 28 days old)",
 * "tracheitis (15 years of age and above)") is read from its words as before.
 */

/** An age range in years: `min` inclusive, `max` exclusive; either may be open. */
export interface AgeRange {
  min?: number;
  max?: number;
}

const DAYS_PER_YEAR = 365.25;
// The index prints a lower-case L for the digit 1 in these entries ("under l5 years of age").
const NUM = String.raw`([l\d]\d*)`;
const UNIT = '(years?|days?)';

const number = (s: string): number => Number(s.replace(/^l/, '1'));
const inYears = (n: number, unit: string | undefined): number =>
  unit?.startsWith('day') ? n / DAYS_PER_YEAR : n;

const UNDER = new RegExp(
  `^(?:in those )?(?:age )?under (?:age )?${NUM}(?: ${UNIT})?(?: (?:of )?age| old)?(?: NOS)?$`,
  'i',
);
const AND_OVER = new RegExp(
  `^(?:age )?${NUM}(?: ${UNIT})?(?: of age| old)? (?:and (?:over|above|older)|or (?:more|older))$`,
  'i',
);
const BETWEEN = new RegExp(`^${NUM} to ${NUM} ${UNIT}(?: of age| old)?$`, 'i');

/** The age range a subterm title states on its own, or undefined when it says anything else. */
export function ageOf(title: string): AgeRange | undefined {
  const t = title.trim().replace(/\s+/g, ' ');
  let m = UNDER.exec(t);
  if (m) return { max: inYears(number(m[1]!), m[2]) };
  m = AND_OVER.exec(t);
  if (m) return { min: inYears(number(m[1]!), m[2]) };
  m = BETWEEN.exec(t);
  // "8 to 28 days old": through the last day named.
  if (m) return { min: inYears(number(m[1]!), m[3]), max: inYears(number(m[2]!) + 1, m[3]) };
  return undefined;
}

/**
 * Whether a patient of `years` completed years is in the range: a whole number of years is an
 * age anywhere in [years, years + 1), so at 0 years "under 28 days old" is not decided.
 */
export function ageFits(range: AgeRange, years: number): boolean | undefined {
  let sure = true;
  if (range.min !== undefined) {
    if (years + 1 <= range.min) return false;
    if (years < range.min) sure = false;
  }
  if (range.max !== undefined) {
    if (years >= range.max) return false;
    if (years + 1 > range.max) sure = false;
  }
  return sure ? true : undefined;
}
