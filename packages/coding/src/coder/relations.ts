/**
 * @module coder/relations
 * Relations between the codes of one note, from the tabular list's instructional notes:
 * Excludes1 (I.A.12.a: "the two conditions cannot occur together" — one of them goes), code
 * first / use additional code (I.A.13, etiology before manifestation), code also (I.A.12.c).
 * A companion the note does not document is reported, never invented.
 */
import { inAny, parseRefs } from '../tabular/refs.ts';
import type { NotCoded } from '../types.ts';
import type { Candidate } from './coder.ts';

const specificity = (c: Candidate): number => c.suggestion.code.replace('.', '').length;

/** The index levels the note's words chose ("see" hops are no words of the note). */
const levels = (c: Candidate): string[] => {
  const paths = c.mentions.map((m) => m.hit.path.filter((p) => !p.startsWith('see')));
  return paths.reduce((a, b) => (b.length > a.length ? b : a), []);
};

/** `short` is `long` read with fewer subterms: same main term, its levels in order within. */
function readsMore(long: readonly string[], short: readonly string[]): boolean {
  if (long.length <= short.length || long[0] !== short[0]) return false;
  let i = 0;
  for (const level of long) if (level === short[i]) i++;
  return i === short.length;
}

/**
 * Of two codes in an Excludes1 conflict, the one whose reading is the other's with more of the
 * note's words: the other took a default the note overrides ("diabetes mellitus, type 1 ...
 * diabetic neuropathy" reads Diabetes > type 1 > with > neuropathy, E10.40; without the type,
 * E11.40 is only the default of I.C.4.a.2, "if the type of diabetes mellitus is not documented
 * in the medical record"). Everything the shorter reading says, the longer one says too, so it
 * takes the better confidence of the two.
 */
function moreRead(a: Candidate, b: Candidate): Candidate | undefined {
  const [la, lb] = [levels(a), levels(b)];
  if (readsMore(la, lb)) return a;
  if (readsMore(lb, la)) return b;
  return undefined;
}

export function resolveExcludes1(cands: Candidate[], notCoded: NotCoded[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (const a of cands) {
    if (drop.has(a)) continue;
    for (const b of cands) {
      if (a === b || drop.has(b) || drop.has(a)) continue;
      const ref = inAny(b.suggestion.code, a.entry.excludes1);
      if (!ref) continue;
      // Keep the reading with more of the note's words (moreRead); else the better-supported
      // code; on a tie the more specific one.
      const more = moreRead(a, b);
      const keepA = more
        ? more === a
        : a.suggestion.confidence > b.suggestion.confidence ||
          (a.suggestion.confidence === b.suggestion.confidence && specificity(a) >= specificity(b));
      const [keep, lose] = keepA ? [a, b] : [b, a];
      if (more) {
        keep.suggestion.confidence = Math.max(keep.suggestion.confidence, lose.suggestion.confidence);
        keep.suggestion.evidence.push(...lose.suggestion.evidence);
      }
      drop.add(lose);
      notCoded.push({
        reason: 'excludes1',
        code: lose.suggestion.code,
        evidence: lose.suggestion.evidence[0]!,
        detail: `${a.suggestion.code} Excludes1 ${ref.text}: kept ${keep.suggestion.code}`,
        guidelines: ['I.A.12.a'],
      });
    }
  }
  return cands.filter((c) => !drop.has(c));
}

/**
 * Companion notes checked against the other codes; manifestations moved after their etiology,
 * an additional code after the code that asks for it.
 */
export function applyCompanions(cands: Candidate[]): Candidate[] {
  const codes = cands.map((c) => c.suggestion.code);
  const after = new Map<Candidate, Candidate>();
  for (const c of cands) {
    const own = c.suggestion.code;
    for (const [kind, notes] of [
      ['use additional code', c.entry.useAdditionalCode],
      ['code also', c.entry.codeAlso],
      ['code first', c.entry.codeFirst],
    ] as const) {
      for (const note of notes) {
        if (parseRefs(note).length === 0) continue;
        const by = codes.find((x) => x !== own && inAny(x, [note]));
        if (by) {
          c.suggestion.companions.push(`${kind} ${note}: ${by}`);
          if (!c.suggestion.guidelines.includes('I.A.13')) c.suggestion.guidelines.push('I.A.13');
          const other = cands.find((x) => x.suggestion.code === by);
          if (kind === 'code first' && other) after.set(c, other);
          // "Use additional code": the code that asks is sequenced first, the additional one
          // after it (I.A.13; B95-B97 "supplementary or additional codes", Tabular note).
          if (
            kind === 'use additional code' &&
            other &&
            !after.has(other) &&
            after.get(c) !== other &&
            cands.indexOf(other) < cands.indexOf(c)
          )
            after.set(other, c);
        } else if (kind !== 'code also' && !c.entry.broad?.includes(note))
          c.suggestion.companions.push(`${kind} ${note}: not documented`);
      }
    }
  }
  if (after.size === 0) return cands;
  const out = cands.filter((c) => !after.has(c));
  for (const [c, etiology] of after) {
    const at = out.indexOf(etiology);
    out.splice(at < 0 ? out.length : at + 1, 0, c);
  }
  return out;
}
