/**
 * @module tabular/refs
 * Code references inside instructional notes: "(N18.1-N18.6)", "(E08-E13)", "(I50.-)",
 * "(Z79.4)". Each becomes a range of code prefixes; a dash, or a bare code, covers the code and
 * everything below it (Guidelines I.A.3: a dash marks an incomplete code). Only text inside
 * parentheses or brackets is read, since prose can look like a code ("vitamin B12"). A range
 * narrowed by its last characters ("facial weakness following cerebrovascular disease (I69.
 * with final characters -92)") covers only the codes that end so.
 */

export interface CodeRef {
  text: string;
  /** Undotted, inclusive prefixes: a code is in the range when its prefix of the same length lies between them. */
  from: string;
  to: string;
  /** The code's last characters, when the note gives them ("with final characters -92"). */
  ending?: string;
}

const FINAL = /\bwith final characters?\s*-?\s*([0-9A-Z]{1,3})\b/i;

const CODE = '[A-Z]\\d[0-9A-Z](?:\\.?[0-9A-Z]{1,4})?';
const REF = new RegExp(`(?<![A-Za-z0-9.])(${CODE})(?:\\s*-\\s*(${CODE})|\\.?-)?(?![A-Za-z0-9])`, 'g');
const undot = (s: string): string => s.replace('.', '');

const parsed = new Map<string, CodeRef[]>();

/** The references of a note (parsed once per note text). */
export function parseRefs(note: string): CodeRef[] {
  let r = parsed.get(note);
  if (!r) {
    r = parseRefsOnce(note);
    if (parsed.size < 50_000) parsed.set(note, r);
  }
  return r;
}

function parseRefsOnce(note: string): CodeRef[] {
  const out: CodeRef[] = [];
  for (const m of note.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    const group = m[1] ?? '';
    const ending = FINAL.exec(group)?.[1];
    for (const r of group.replace(FINAL, '').matchAll(REF)) out.push(refOf(r, ending));
  }
  return out;
}

/** Whether a code (dotted or not) falls in the reference. */
export function inRef(code: string, r: CodeRef): boolean {
  const c = undot(code);
  return (
    c.slice(0, r.from.length) >= r.from &&
    c.slice(0, r.to.length) <= r.to &&
    (r.ending === undefined || c.endsWith(r.ending))
  );
}

export const inAny = (code: string, notes: readonly string[]): CodeRef | undefined => {
  for (const n of notes) for (const r of parseRefs(n)) if (inRef(code, r)) return r;
  return undefined;
};

/**
 * The references of a text that is itself a list of codes, not prose: the tail of an inclusion
 * term "Conditions classifiable to C00-C14, C40-C49, C69-C79" (tabular/classifiable.ts).
 */
export function refsOfList(list: string): CodeRef[] {
  return [...list.matchAll(REF)].map((r) => refOf(r));
}

/** A reference from a match of `REF`: one code, or the range between two. */
function refOf(r: RegExpMatchArray, ending?: string): CodeRef {
  const from = undot(r[1]!);
  return { text: r[0], from, to: r[2] ? undot(r[2]) : from, ...(ending ? { ending } : {}) };
}
