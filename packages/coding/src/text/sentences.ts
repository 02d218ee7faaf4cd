/**
 * @module text/sentences
 * Sentence boundaries with offsets. A sentence ends at . ! ? followed by space and a capital or
 * digit, at a line break followed by a blank line or a list marker, or at a section header.
 * Periods inside abbreviations ("Dr.", "e.g.", "b.i.d.") and decimals ("7.5") do not end one.
 */

export interface Span {
  start: number;
  end: number;
}

// Abbreviations whose trailing period does not end a sentence (lower-cased, without the dot).
const NO_BREAK = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'no',
  'approx',
  'e.g',
  'i.e',
  'etc',
  'b.i.d',
  't.i.d',
  'q.i.d',
  'q.d',
  'p.o',
  'p.r.n',
  'h.s',
  'a.m',
  'p.m',
  'fig',
  'cf',
  'pt',
  'yo',
  'y.o',
  'mg',
  'ml',
  'cm',
  'mm',
  'u.s',
  'sr',
  'jr',
  'inc',
  'dept',
  'co',
]);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i] ?? '')) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/** Splits [from, to) of text into sentences; empty and whitespace-only pieces are dropped. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    // A list marker ("2. ", "3) ") numbers the item; it is not part of what the item says (its
    // number would otherwise be read, "2. Type 2 diabetes").
    const marker = /^\d{1,2}[.)][ \t]+/.exec(text.slice(s, Math.min(e, s + 8)));
    if (marker && s + marker[0].length < e) s += marker[0].length;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence when the next line is blank, starts a list item, or the
      // line just ended had no running text after it (notes are often one finding a line).
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      const next = text[j];
      const prev = text.slice(start, i).trimEnd();
      if (
        next === '\n' ||
        next === undefined ||
        /^(?:[-*\u2022]|\d+[.)]\s)/.test(text.slice(j, j + 4)) ||
        /[.:;!?]$/.test(prev) ||
        /^[A-Z]/.test(next)
      ) {
        push(i + 1);
      }
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === ';') {
      const after = text[i + 1];
      // A sentence that ends inside its parenthesis or quotation ends after it: "(probably an
      // adeno CA related to a pneumonia.) She also had hysterectomy".
      const closing =
        (after === ')' || after === '"') && (text[i + 2] === undefined || isSpace(text[i + 2]!));
      if (after !== undefined && !isSpace(after) && !closing) continue;
      if (c === '.') {
        if (/\d/.test(text[i - 1] ?? '') && /\d/.test(after ?? '')) continue;
        if (NO_BREAK.has(wordBefore(text, i))) continue;
        // A list marker ("1. ", "2. ") at the start of a line or sentence.
        if (/^\s*\d{1,2}$/.test(text.slice(start, i))) continue;
        // A single capital before the dot is an initial ("J. Smith"), not a sentence end.
        if (/(?:^|[^A-Za-z])[A-Z]$/.test(text.slice(Math.max(0, i - 2), i))) continue;
      }
      push(closing ? i + 2 : i + 1);
    }
  }
  push(to);
  return out;
}
