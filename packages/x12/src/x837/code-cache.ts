/**
 * @module x837/code-cache
 * The domain's code parsers, remembered: a batch names the same few hundred procedure,
 * diagnosis and place-of-service codes over and over, and each parse trims, upper-cases, runs a
 * regular expression and builds a result. A remembered answer is the parser's own (results are
 * never changed once made), so the claim model still gets its codes only from the parsers.
 */
import { parseHcpcs, parseIcd10Cm, parseModifier, parsePos, parseTaxId, type Result } from '@medcode/domain';

/** Distinct inputs remembered per parser before it starts over (random input cannot grow it). */
const KEPT = 4096;

function remembered<T>(parse: (input: string) => Result<T>): (input: string) => Result<T> {
  const answers = new Map<string, Result<T>>();
  return (input) => {
    const known = answers.get(input);
    if (known !== undefined) return known;
    const r = parse(input);
    // Only successes: a failure's message names the input, and failures are rare.
    if (r.ok) {
      if (answers.size >= KEPT) answers.clear();
      answers.set(input, r);
    }
    return r;
  };
}

export const hcpcsCode = remembered(parseHcpcs);
export const icd10CmCode = remembered(parseIcd10Cm);
export const modifierCode = remembered(parseModifier);
export const posCode = remembered(parsePos);
export const taxId = remembered(parseTaxId);
