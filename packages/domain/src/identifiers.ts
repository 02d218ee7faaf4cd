/**
 * @module identifiers
 * Provider and party identifiers.
 */
import type { Brand } from './brand.ts';
import { err, ok, type Result } from './result.ts';

/** National Provider Identifier: 10 digits whose last is a Luhn check digit over "80840" + the first 9. */
export type Npi = Brand<string, 'Npi'>;
/** Employer identification number or SSN used as a tax id (9 digits). */
export type TaxId = Brand<string, 'TaxId'>;

/**
 * The NPI check digit: the Luhn formula applied to the 9 digits prefixed with the card-issuer
 * prefix 80840 (CMS, "Requirements for NPI check digit", NPS 2004; ISO/IEC 7812).
 */
export function npiCheckDigit(first9: string): number {
  const digits = `80840${first9}`;
  let sum = 0;
  // Double every second digit from the right of the payload, the payload being followed by the check digit.
  for (let i = digits.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(input: string): boolean {
  return /^\d{10}$/.test(input) && npiCheckDigit(input.slice(0, 9)) === Number(input[9]);
}

export function parseNpi(input: string): Result<Npi> {
  const s = input.trim();
  if (!/^\d{10}$/.test(s)) return err(`an NPI has 10 digits: "${input}"`);
  if (!isValidNpi(s)) return err(`NPI check digit is wrong: "${input}"`);
  return ok(s as Npi);
}

/** An NPI as it came in, without the check: claim parsers keep a bad NPI so the checker can report it. */
export const uncheckedNpi = (s: string): Npi => s as Npi;

export function parseTaxId(input: string): Result<TaxId> {
  const s = input.trim().replace(/-/g, '');
  if (!/^\d{9}$/.test(s)) return err(`a tax id has 9 digits: "${input}"`);
  return ok(s as TaxId);
}
