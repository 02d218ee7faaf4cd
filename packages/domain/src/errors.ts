/**
 * @module errors
 * One base class for everything thrown in Medcode. Claim problems are never thrown (they are
 * `Finding` values); errors are for bad input at the edge, broken infrastructure and bugs.
 * The CLI and the server map `code` to an exit status or HTTP status in one place each.
 */
export const ERROR_CODES = {
  BAD_INPUT: 'bad-input',
  NOT_FOUND: 'not-found',
  CHECKSUM: 'checksum-mismatch',
  NOT_INSTALLED: 'not-installed',
  IO: 'io',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  CONFLICT: 'conflict',
  TOO_LARGE: 'too-large',
  RATE_LIMITED: 'rate-limited',
  BUG: 'bug',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Where in an input a problem sits: as many of these as are known. */
export interface Place {
  file?: string;
  line?: number;
  column?: number;
  segment?: string;
  segmentIndex?: number;
  element?: string;
  field?: string;
  sheet?: string;
  row?: number;
}

export function describePlace(place: Place): string {
  const parts: string[] = [];
  if (place.file !== undefined) parts.push(place.file);
  if (place.sheet !== undefined) parts.push(`sheet ${place.sheet}`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.column !== undefined) parts.push(`column ${place.column}`);
  if (place.segment !== undefined) parts.push(`segment ${place.segment}`);
  if (place.segmentIndex !== undefined) parts.push(`segment #${place.segmentIndex}`);
  if (place.element !== undefined) parts.push(`element ${place.element}`);
  if (place.field !== undefined) parts.push(`field ${place.field}`);
  return parts.join(', ');
}

export class MedcodeError extends Error {
  readonly code: ErrorCode;
  readonly place: Place | undefined;

  constructor(code: ErrorCode, message: string, options: { place?: Place; cause?: unknown } = {}) {
    const where = options.place ? describePlace(options.place) : '';
    super(
      where ? `${where}: ${message}` : message,
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.name = 'MedcodeError';
    this.code = code;
    this.place = options.place;
  }
}

export const isMedcodeError = (e: unknown): e is MedcodeError => e instanceof MedcodeError;
