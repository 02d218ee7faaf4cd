/**
 * @module engine/template
 * Finding messages are templates over facts: "{dx.display} is not valid on {claim.dos}".
 * `{name}` reads a fact (the longest fact name that prefixes the token, the rest being a path
 * into its value), `{$item.path}` a field of the current item, `{$param.name}` a parameter of
 * the version in force. Compiled once per rule.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { type CompileEnv, factGetter, pathGetter } from './compile.ts';
import type { Almanac } from './facts.ts';

export type Render<S, E> = (
  a: Almanac<S, E>,
  index: number,
  item: unknown,
  params: Readonly<Record<string, unknown>>,
) => string;

export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  if (v instanceof Set) return [...v].map(formatValue).join(', ');
  return JSON.stringify(v);
}

export function compileTemplate<S, E>(env: CompileEnv<S, E>, text: string): Render<S, E> {
  const parts: (string | Render<S, E>)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([$A-Za-z0-9_.]+)\}/g)) {
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    parts.push(token(env, m[1]!));
  }
  parts.push(text.slice(last));
  const fixed = parts.filter((p) => p !== '');
  return (a, i, it, params) => {
    let s = '';
    for (const p of fixed) s += typeof p === 'string' ? p : p(a, i, it, params);
    return s;
  };
}

function token<S, E>(env: CompileEnv<S, E>, name: string): Render<S, E> {
  if (name.startsWith('$param.')) {
    const get = pathGetter(name.slice('$param.'.length));
    return (_a, _i, _it, params) => formatValue(get(params));
  }
  const g = refGetter(env, name);
  return (a, i, it) => formatValue(g(a, i, it));
}

/**
 * A getter for "$item", "$item.path", "fact.name" or "fact.name.path" (the longest fact name
 * that prefixes the reference, the rest being a path into its value).
 */
export function refGetter<S, E>(
  env: CompileEnv<S, E>,
  name: string,
): (a: Almanac<S, E>, index: number, item: unknown) => unknown {
  if (name === '$item' || name.startsWith('$item.'))
    return factGetter(env, '$item', name.length > 5 ? name.slice(6) : undefined);
  const keys = name.split('.');
  for (let n = keys.length; n > 0; n--) {
    const fact = keys.slice(0, n).join('.');
    if (env.book.fact(fact))
      return factGetter(env, fact, n < keys.length ? keys.slice(n).join('.') : undefined);
  }
  throw new MedcodeError(ERROR_CODES.BUG, `rule ${env.ruleId}: no fact for "${name}"`);
}
