/**
 * @module money
 * Money is an integer number of cents. Floating-point dollars never enter the core: parsers turn
 * "125.50" into 12550, writers turn 12550 back into "125.5" (X12) or "$125.50" (print).
 */
import type { Brand } from './brand.ts';
import { err, ok, type Result } from './result.ts';

export type Cents = Brand<number, 'Cents'>;

const AMOUNT = /^(-)?(\d*)(?:\.(\d{0,2}))?$/;

export function parseCents(input: string): Result<Cents> {
  const s = input.trim();
  const m = AMOUNT.exec(s);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return err(`not an amount: "${input}"`);
  const whole = Number(m[2] || '0');
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const cents = whole * 100 + frac;
  if (!Number.isSafeInteger(cents)) return err(`amount too large: "${input}"`);
  return ok((m[1] ? -cents : cents) as Cents);
}

export function cents(n: number): Cents {
  if (!Number.isSafeInteger(n)) throw new RangeError(`cents must be a whole number, got ${n}`);
  return n as Cents;
}

/** Decimal dollars with no trailing zeros, as X12 writes amounts (R data type): 125.5, 100, 0.05. */
export function formatX12Amount(c: Cents): string {
  const neg = c < 0;
  const abs = Math.abs(c);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  let s = String(whole);
  if (frac !== 0) s += `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return neg ? `-${s}` : s;
}

/** $1,234.50 */
export function formatDollars(c: Cents): string {
  const neg = c < 0;
  const abs = Math.abs(c);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${neg ? '-' : ''}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export const sumCents = (values: readonly Cents[]): Cents => values.reduce((a, b) => a + b, 0) as Cents;

/**
 * Multiply by a rate and round half away from zero to the cent: the rounding Medicare pricing
 * uses when it states an allowed amount to the cent.
 */
export function multiplyCents(c: Cents, rate: number): Cents {
  const x = c * rate;
  return (Math.sign(x) * Math.round(Math.abs(x) + Number.EPSILON * Math.abs(x))) as Cents;
}
