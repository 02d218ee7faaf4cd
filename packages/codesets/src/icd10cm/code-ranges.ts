/**
 * @module icd10cm/code-ranges
 * Code references inside official text: instructional notes ("code to identify stage of
 * chronic kidney disease (N18.1-N18.6)", "(E08.-)", "(P35-P39)") and conversion-table cells
 * ("H02.101-H02.106; H02.109", "I63.- and P91.88", "Codes in Categories T15-T19").
 *
 * A reference becomes an inclusive range over canonical codes (no dot). A trailing "-" or
 * ".-" means "the code and everything below it" (Guidelines Section I.A.3: a dash shows the
 * code is incomplete); that is encoded by appending "~", which sorts after every code character,
 * so `from <= code && code <= to` is the whole test.
 */

export interface CodeRange {
  /** As written, spaces removed: "N18.1-N18.6", "E08.-", "Z79.4". */
  text: string;
  from: string;
  to: string;
}

/** Sorts after 0-9 and A-Z: "N186~" is above every code that starts with N186. */
export const BELOW = '~';

const TOKEN = '[A-Z](?:\\d[0-9A-Z]|A\\d)(?:\\.?[0-9A-Z]{1,4})?';
const REF = new RegExp(`(?<![A-Za-z0-9.])(${TOKEN})(?:\\s*-\\s*(${TOKEN})|(\\.?-))?(?![A-Za-z0-9])`, 'g');

const undot = (s: string): string => s.replace('.', '');

export interface RefOptions {
  /**
   * How a bare code is read. `withChildren` (instructional notes): the code and its
   * subdivisions, as a note's "(Z79.4)" covers every code under Z79.4. `exact` (conversion
   * tables): that code only.
   */
  single: 'exact' | 'withChildren';
}

/** Every code reference in `text`, in order. */
export function parseCodeRefs(text: string, opts: RefOptions): CodeRange[] {
  const out: CodeRange[] = [];
  for (const m of text.matchAll(REF)) {
    const a = undot(m[1]!);
    if (m[2] !== undefined) {
      out.push({ text: m[0].replace(/\s+/g, ''), from: a, to: undot(m[2]) + BELOW });
    } else if (m[3] !== undefined) {
      out.push({ text: m[0].replace(/\s+/g, ''), from: a, to: a + BELOW });
    } else {
      out.push({ text: m[0], from: a, to: opts.single === 'exact' ? a : a + BELOW });
    }
  }
  return out;
}

/**
 * Code references inside the parentheses and brackets of a note. Notes cite codes that way;
 * prose outside them can look like a code ("vitamin B12") and is not read.
 */
export function parseNoteRefs(note: string): CodeRange[] {
  const out: CodeRange[] = [];
  for (const m of note.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    out.push(...parseCodeRefs(m[1]!, { single: 'withChildren' }));
  }
  return out;
}

/** Whether canonical `code` (no dot) falls in the range. */
export const inRange = (code: string, r: Pick<CodeRange, 'from' | 'to'>): boolean =>
  r.from <= code && code <= r.to;
