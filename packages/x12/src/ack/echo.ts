/**
 * @module ack/echo
 * Values read from an input interchange, fitted to the acknowledgment element that echoes them
 * (TA1 of X12.5; AK1, AK2, IK3, CTX, IK4 of the 999, 005010X231A1; the answering ISA and GS).
 * A damaged file still gets a 999 or TA1 saying what is wrong, so an echoed value is made
 * syntactically valid here, where the acknowledgment is built, and the error code it carries
 * still names the problem. The writers stay strict: they refuse a bad value handed to them.
 *
 * X12.6 has no escape sequence and the acknowledgment's delimiters need not be the input's, so
 * an echo keeps only printable ASCII (X12.6 basic and extended character sets) outside the
 * characters senders choose as delimiters, and is cut to the element's maximum length.
 */
import { validDate, validTime } from '../syntax/element-check.ts';

/** The characters X12 senders use as element, component, repetition and segment delimiters. */
const DELIMITER_LIKE = '*:^~|><\\[]{}`';

/** What can be echoed of `value`: printable ASCII outside DELIMITER_LIKE, trimmed. */
export function echoable(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0x20 && c <= 0x7e && !DELIMITER_LIKE.includes(ch)) out += ch;
  }
  return out.trim();
}

/** An optional AN element (AK103, AK203, IK303, CTX01-2, IK404): undefined when nothing readable remains. */
export function echoText(value: string, max: number): string | undefined {
  const v = echoable(value).slice(0, max).trim();
  return v === '' ? undefined : v;
}

/**
 * A mandatory ID or AN element (AK101, AK201, IK301, AK202): what can be read, cut to `max`; a
 * shorter value is filled up to `min` with `fill` (never a code the element could mean).
 */
export function echoCode(value: string, min: number, max: number, fill: string): string {
  return echoable(value).replaceAll(' ', '').slice(0, max).padEnd(min, fill);
}

/**
 * A numeric control number (TA101 N 9/9 from ISA13, AK102 N 1/9 from GS06): the digits as sent,
 * zero-filled on the left to `min`; zeros when it is not a number of at most `max` digits (the
 * note or AK905 code still says that the control number was invalid).
 */
export function echoControl(value: string, min: number, max: number): string {
  return /^\d+$/.test(value) && value.length <= max ? value.padStart(min, '0') : '0'.repeat(min);
}

/** Stands in for an unreadable ISA09 (TA102 DT 6/6 must hold a valid YYMMDD date). */
export const NO_DATE = '000101';
/** Stands in for an unreadable ISA10 (TA103 TM 4/4). */
export const NO_TIME = '0000';

/** TA102 from ISA09 (YYMMDD). */
export function echoDate(value: string): string {
  const b = Buffer.from(value, 'latin1');
  return value.length === 6 && validDate(b, 0, 6) ? value : NO_DATE;
}

/** TA103 from ISA10 (HHMM). */
export function echoTime(value: string): string {
  const b = Buffer.from(value, 'latin1');
  return value.length === 4 && validTime(b, 0, 4) ? value : NO_TIME;
}

/** A count echoed into an N element of at most `maxDigits` digits (AK902 from GE01), or `fallback`. */
export function echoCount(value: number, maxDigits: number, fallback: number): number {
  return Number.isSafeInteger(value) && value >= 0 && String(value).length <= maxDigits ? value : fallback;
}

/**
 * An interchange party of the input, as the answering ISA05/06 (or 07/08) and GS02 (or GS03):
 * qualifier ID 2/2, id AN 15 in the ISA and 2/15 in GS. Undefined when the id cannot be echoed,
 * so the caller's default party answers.
 */
export function echoParty(p: {
  qualifier: string;
  id: string;
}): { qualifier: string; id: string } | undefined {
  const id = echoable(p.id).slice(0, 15).trim();
  if (id.length < 2) return undefined;
  const q = echoable(p.qualifier);
  return { qualifier: /^[A-Z0-9]{2}$/.test(q) ? q : 'ZZ', id };
}

/**
 * Free text echoed into an AN element (STC12 of the 277CA, AN 1/264): every character that cannot
 * be echoed becomes a space, so the words stay apart; cut to `max`. Undefined when nothing remains.
 */
export function echoFreeText(value: string, max: number): string | undefined {
  let out = '';
  for (const ch of value) out += echoable(ch) === '' ? ' ' : ch;
  return echoText(out, max);
}

/** An ISO date (YYYY-MM-DD) echoed into a D8 or RD8 element, or undefined when it is not a valid date. */
export function echoIsoDate<T extends string>(value: T): T | undefined {
  const d8 = value.replaceAll('-', '');
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && validDate(Buffer.from(d8, 'latin1'), 0, 8) ? value : undefined;
}
