/**
 * @module result
 * A parse either yields a value or says, in words, why not. Parsers return this instead of
 * throwing so that a batch can reject one record and go on.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
