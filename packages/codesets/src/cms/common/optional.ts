/**
 * @module cms/common/optional
 * `{ ...opt('key', value) }` adds a property only when the value is defined, as
 * `exactOptionalPropertyTypes` requires.
 */
export const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
