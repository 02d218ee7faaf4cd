/**
 * @module brand
 * Nominal ("branded") types for identifiers that must never be mixed up. Only a parser in this
 * package creates one, so a value of a branded type has been checked once, at the edge.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };
