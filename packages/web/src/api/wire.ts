/**
 * @module api/wire
 * The claim as it travels in JSON. The domain's codes and amounts are branded ("only a parser
 * makes one"); the workbench never parses them itself: it edits the JSON the service sent and
 * the service parses it again on PUT (parse once, at the edge: the edge is the server). So the
 * workbench holds the claim with the brands removed, and the server stays the only judge.
 */
import type { Brand, Claim, Diagnosis, ServiceLine } from '@medcode/domain';

/** The value type under a brand: Brand<string, 'X'> → string, Brand<number, 'Y'> → number. */
type Unbrand<T> = T extends Brand<string, string> ? string : T extends Brand<number, string> ? number : T;

export type Wire<T> = T extends string | number | boolean | null | undefined
  ? Unbrand<T>
  : T extends readonly (infer E)[]
    ? Wire<E>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type ClaimWire = Wire<Claim>;
export type DiagnosisWire = Wire<Diagnosis>;
export type LineWire = Wire<ServiceLine>;
