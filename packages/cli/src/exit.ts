/**
 * @module exit
 * The one place that maps errors to exit statuses. 0 ok; 1 the input was checked and rejected
 * (findings, rejected claims); 2 bad usage or bad input; 3 data not installed; 4 I/O or a refusal
 * from a server; 70 a bug.
 */
import { isMedcodeError } from '@medcode/domain';

export const EXIT = { OK: 0, REJECTED: 1, BAD_INPUT: 2, NOT_INSTALLED: 3, IO: 4, BUG: 70 } as const;

export function exitCodeFor(e: unknown): number {
  if (!isMedcodeError(e)) return EXIT.BUG;
  switch (e.code) {
    case 'bad-input':
    case 'checksum-mismatch':
    case 'not-found':
    case 'too-large':
      return EXIT.BAD_INPUT;
    case 'not-installed':
      return EXIT.NOT_INSTALLED;
    case 'io':
    case 'unauthenticated':
    case 'forbidden':
    case 'conflict':
    case 'rate-limited':
      return EXIT.IO;
    case 'bug':
      return EXIT.BUG;
  }
}

export function reportError(e: unknown): number {
  const code = exitCodeFor(e);
  if (code === EXIT.BUG) console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  else console.error(`medcode: ${(e as Error).message}`);
  return code;
}
