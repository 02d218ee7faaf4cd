/**
 * @module edits/ptp/code-key
 * A CPT/HCPCS code as a small integer, for the in-memory PTP index: five characters from
 * 0-9 and A-Z read as a base-36 number (36^5 < 2^26). Because the digits sort before the letters
 * in both ASCII and base 36, keys sort in the same order as the codes do as text, so rows that
 * SQLite returns in primary-key order are already sorted by key.
 */

/** The key of a five-character code, or -1 when the text is not one (no index holds it). */
export function codeKey(code: string): number {
  if (code.length !== 5) return -1;
  let k = 0;
  for (let i = 0; i < 5; i++) {
    const c = code.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57)
      d = c - 48; // 0-9
    else if (c >= 65 && c <= 90)
      d = c - 55; // A-Z
    else return -1;
    k = k * 36 + d;
  }
  return k;
}

export function codeFromKey(key: number): string {
  let s = '';
  let k = key;
  for (let i = 0; i < 5; i++) {
    const d = k % 36;
    s = (d < 10 ? String.fromCharCode(48 + d) : String.fromCharCode(55 + d)) + s;
    k = Math.floor(k / 36);
  }
  return s;
}
