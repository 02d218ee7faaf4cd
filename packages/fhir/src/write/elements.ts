/**
 * @module write/elements
 * Small FHIR data-type builders shared by the writers: Money from cents, codings, names,
 * addresses and Medcode extensions. FHIR forbids empty strings and empty arrays, so every
 * builder leaves an element out rather than writing it empty.
 */
import type { Address as ModelAddress, Cents, PersonName } from '@medcode/domain';
import type {
  Address,
  CodeableConcept,
  Coding,
  Extension,
  HumanName,
  Money,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { SYS } from '../systems.ts';

/** Cents to FHIR Money. A double holds every cent amount below 2^53 / 100 exactly enough to round back. */
export const money = (c: Cents): Money => ({ value: c / 100, currency: 'USD' });

export const coding = (system: string, code: string, display?: string): Coding =>
  display === undefined ? { system, code } : { system, code, display };

export const concept = (...codings: Coding[]): CodeableConcept => ({ coding: codings });

/** A reference to a contained resource; the target type comes from where it is used. */
export const ref = <T extends Resource = Resource>(id: string): Reference<T> => ({ reference: `#${id}` });

/** `{ key: value }` when the value is there, `{}` otherwise: for spreading under exactOptionalPropertyTypes. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The same for strings, also left out when empty (FHIR forbids empty strings). */
export function optText<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: string };
}

/** The same for arrays: left out when empty. */
export function optList<K extends string, V>(key: K, values: readonly V[]): { [P in K]?: V[] } {
  return (values.length === 0 ? {} : { [key]: [...values] }) as { [P in K]?: V[] };
}

export function humanName(n: PersonName): HumanName {
  const given = [n.first, n.middle].filter((s): s is string => s !== undefined);
  return {
    ...optText('family', n.last),
    ...optList('given', given),
    ...optList('suffix', n.suffix === undefined ? [] : [n.suffix]),
  };
}

export function address(a: ModelAddress): Address {
  return {
    line: a.line2 === undefined ? [a.line1] : [a.line1, a.line2],
    city: a.city,
    ...opt('state', a.state),
    ...opt('postalCode', a.postalCode),
    ...opt('country', a.country),
  };
}

/** X12 unit of measure (SV103, CTP05-1) as a Quantity code. */
export const x12Quantity = (value: number, unit: string) => ({ value, system: SYS.x12Unit, code: unit });

export const ext = {
  string: (url: string, valueString: string): Extension => ({ url, valueString }),
  code: (url: string, valueCode: string): Extension => ({ url, valueCode }),
  boolean: (url: string, valueBoolean: boolean): Extension => ({ url, valueBoolean }),
  money: (url: string, c: Cents): Extension => ({ url, valueMoney: money(c) }),
  date: (url: string, valueDate: string): Extension => ({ url, valueDate }),
  decimal: (url: string, valueDecimal: number): Extension => ({ url, valueDecimal }),
  complex: (url: string, extension: Extension[]): Extension => ({ url, extension }),
};
