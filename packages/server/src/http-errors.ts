/**
 * @module http-errors
 * The one place that maps errors to HTTP statuses, and the one error shape every route answers
 * with: `{ "error": { "code", "message", "details"? } }`. Codes are the stable MedcodeError
 * codes; messages never carry PHI.
 */
import { type ErrorCode, isMedcodeError, MedcodeError } from '@medcode/domain';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  'bad-input': 400,
  'checksum-mismatch': 400,
  'too-large': 413,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  'not-installed': 503,
  io: 502,
  bug: 500,
};

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(e: unknown): { status: number; body: ApiErrorBody } {
  if (isMedcodeError(e)) {
    return { status: HTTP_STATUS[e.code], body: { error: { code: e.code, message: e.message } } };
  }
  return { status: 500, body: { error: { code: 'bug', message: 'internal error' } } };
}

export const notFound = (what: string): MedcodeError => new MedcodeError('not-found', `${what} not found`);
export const forbidden = (action: string): MedcodeError =>
  new MedcodeError('forbidden', `your role may not ${action}`);
export const badInput = (message: string): MedcodeError => new MedcodeError('bad-input', message);
