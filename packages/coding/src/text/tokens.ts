/**
 * @module text/tokens
 * Tokens with character offsets into the ORIGINAL note text, so every piece of evidence can be
 * quoted back exactly. Words keep inner apostrophes and hyphens ("Crohn's", "non-small"); a
 * number keeps its decimal point ("7.5"); every other visible character is a punctuation token.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, with typographic apostrophes made plain. */
  lower: string;
  kind: TokenKind;
  /** Offsets into the original text: text.slice(start, end) === token.text. */
  start: number;
  end: number;
}

// A word: letters/digits joined by ' or - (C-section, Crohn's, 2-view); a number: digits with
// an optional decimal part; anything else non-space is one punctuation character.
const TOKEN =
  /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:['\u2019-][A-Za-z\u00C0-\u024F0-9]+)*|\d+(?:[.,]\d+)*(?:[A-Za-z]+)?|[^\s]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (;;) {
    const m = TOKEN.exec(text);
    if (m === null || m.index >= to) break;
    const t = m[0];
    const start = m.index;
    const end = Math.min(start + t.length, to);
    const s = text.slice(start, end);
    const c = s.charCodeAt(0);
    const kind: TokenKind =
      c >= 48 && c <= 57
        ? 'number'
        : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0
          ? 'word'
          : 'punct';
    out.push({
      text: s,
      lower: kind === 'punct' ? s : s.toLowerCase().replace(/\u2019/g, "'"),
      kind,
      start,
      end,
    });
  }
  return out;
}
