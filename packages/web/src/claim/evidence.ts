/**
 * @module claim/evidence
 * Cuts the provider's note into runs of text, each marked with the suggestions whose evidence
 * covers it, so the note can be drawn with every suggested code's words highlighted. Spans
 * overlap freely (one phrase can support two codes: "diabetic chronic kidney disease" is
 * evidence for E11.22 and N18.x); each run lists every mark that covers it.
 */

export interface Mark {
  /** Which suggestion (or not-coded mention) the span supports. */
  id: string;
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  ids: string[];
}

export function runs(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.id);
    const prev = out[out.length - 1];
    // Neighbouring runs with the same marks are one run.
    if (prev && prev.ids.join() === ids.join()) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else out.push({ start, end, text: text.slice(start, end), ids });
  }
  return out;
}

/** A full stop that ends a sentence: followed by a space or the end (not "101.2"). */
const endsSentence = (text: string, i: number): boolean =>
  text[i] === '\n' || (text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!)));

/**
 * The sentence (or line) of `text` around [start, end): a clinical indicator for a query. A list
 * number at its start ("1. ", "2) ") is left out.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !endsSentence(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !endsSentence(text, b)) b++;
  const s = text.slice(a, b < text.length && text[b] === '.' ? b + 1 : b).trim();
  // "1." before the sentence ended a "sentence" of its own: skip such list numbers.
  return s.replace(/^\d+[.)]\s+/, '');
}
