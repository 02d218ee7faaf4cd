/**
 * @module coder/relations
 * Relations between the codes of one note, from the tabular list's instructional notes:
 * Excludes1 (I.A.12.a: "the two conditions cannot occur together" — one of them goes), code
 * first / use additional code (I.A.13, etiology before manifestation), code also (I.A.12.c).
 * A companion the note does not document is reported, never invented.
 */
import { inAny, inRef, parseRefs } from '../tabular/refs.ts';
import type { Tabular } from '../tabular/model.ts';
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

/** The notes of a list that name a code. */
const naming = (code: string, notes: readonly string[]): string[] =>
  notes.filter((n) => parseRefs(n).some((r) => inRef(code, r)));

/** Words too general to tie an instructional note to the words of a note. */
const GENERAL = new Set(
  'with without other specified unspecified classified elsewhere code condition conditions disease diseases disorder disorders such following current type due and any not the of in to'.split(
    ' ',
  ),
);
/** A word's stem for matching a note's wording: "hypotensions" and "hypotension" meet. */
const stems = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERAL.has(w)).map((w) => w.slice(0, 5));

const saidOf = (c: Candidate): Set<string> => new Set(c.suggestion.evidence.flatMap((e) => stems(e.text)));
const overlaps = (a: Candidate, b: Candidate): boolean =>
  a.suggestion.evidence.some((x) => b.suggestion.evidence.some((y) => x.start < y.end && y.start < x.end));

/**
 * Which of two codes the Excludes1 note itself sends the condition to. A note on `a` naming `b`
 * ("J30.9 Allergic rhinitis — Excludes1: allergic rhinitis with asthma (bronchial) (J45.909)";
 * "R55 Syncope — Excludes1: orthostatic hypotension (I95.1)"; "R52 Pain, unspecified —
 * Excludes1: ... headache (R51.9)") says that the condition it describes is classified at `b`,
 * not at `a`: `b` wins when the note's own words for `b` are what the instruction describes, its
 * last word ("postural hypotension" meets "orthostatic hypotension"; a lung infiltrate is no
 * "intrathoracic mass" of R22.2, nor a stenosis "specified as congenital" unless so said: an
 * unrelated condition, I.A.12.a). `a` wins when the named form is the unspecified one ("hearing
 * loss NOS (H91.9-)" on H90.2) or one the note contradicts ("chills without fever (R68.83)" on
 * R50.9, with the fever documented). When each names the other, both must agree (R68.83 "fever
 * with chills (R50.9)" and R50.9 "chills without fever" both send chills with fever to R50.9).
 * No direction for a winner far weaker than the loser, unless it reads the loser's own words.
 */
function namedByNote(a: Candidate, b: Candidate): Candidate | undefined {
  const [ab, ba] = [readNoteOn(a, b), readNoteOn(b, a)];
  const winner = ab && ba && ab !== ba ? undefined : (ab ?? ba);
  if (!winner) return undefined;
  const loser = winner === a ? b : a;
  return winner.suggestion.confidence * 2 >= loser.suggestion.confidence || overlaps(a, b)
    ? winner
    : undefined;
}

/** What `a`'s Excludes1 notes naming `b` say of the two, if anything. */
function readNoteOn(a: Candidate, b: Candidate): Candidate | undefined {
  const ab = naming(b.suggestion.code, a.entry.excludes1);
  if (ab.length === 0) return undefined;
  const words = ab.map((n) =>
    n
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .replace(/\b(?:not elsewhere classified|NEC)\b/g, ' ')
      .trim(),
  );
  const ofA = saidOf(a);
  // "hearing loss NOS" is the unspecified form of what `a` says in full ("conductive hearing
  // loss"), all its words said for `a`; "aspiration pneumonia NOS" is no unspecified "pneumonia".
  const contradicted = words.some(
    (n) =>
      (/\bNOS\b/.test(n) && stems(n).every((w) => ofA.has(w))) ||
      stems(n.split(/\bwithout\b/i)[1] ?? '').some((w) => ofA.has(w)),
  );
  const ofB = saidOf(b);
  if (contradicted) return a;
  // An unspecified form "NOS" that `a` does not say in full is a condition of its own: the note
  // says only that it is not classified at `a` (polyneuropathy G62 beside "radiculopathy NOS").
  return words.some((n) => !/\bNOS\b/.test(n) && ofB.has(stems(n).at(-1) ?? '')) ? b : undefined;
}

const billableUnder = (tabular: Tabular, code: string): string[] => {
  const e = tabular.get(code);
  if (!e) return [];
  return e.billable ? [code] : e.children.flatMap((c) => billableUnder(tabular, c));
};

/**
 * The kept code's combination with the excluded condition: the note on the loser named the
 * kept code's subcategory for both conditions together ("angina pectoris with atherosclerotic
 * heart disease of native coronary arteries (I25.1-)" on I20), and the kept code says the
 * loser's condition is absent (I25.10 "... without angina pectoris"): its sibling "with" it,
 * the one sharing most of the loser's title (I20.0 Unstable angina → I25.110 "... with unstable
 * angina pectoris"; I20.9 Angina pectoris, unspecified → I25.119).
 */
function withLoser(tabular: Tabular, keep: Candidate, lose: Candidate): string | undefined {
  const absent = /\bwithout (.+)$/i.exec(keep.suggestion.description)?.[1];
  if (!absent) return undefined;
  const ofLoser = new Set(lose.suggestion.description.toLowerCase().match(/[a-z]+/g) ?? []);
  if (!stems(absent).some((w) => [...ofLoser].some((x) => x.startsWith(w)))) return undefined;
  const parent = keep.suggestion.code.slice(0, -1).replace(/\.$/, '');
  let best: { code: string; score: number } | undefined;
  for (const code of billableUnder(tabular, parent)) {
    const title = tabular.get(code)?.description.toLowerCase() ?? '';
    const said = / with (.+)$/.exec(title)?.[1];
    if (!said || /\bwithout\b/.test(title) || !said.includes(absent.toLowerCase().split(' ').at(-1) ?? ''))
      continue;
    const score = (said.match(/[a-z]+/g) ?? []).filter((w) => ofLoser.has(w)).length;
    if (!best || score > best.score) best = { code, score };
  }
  return best?.code;
}

export function resolveExcludes1(cands: Candidate[], notCoded: NotCoded[], tabular?: Tabular): Candidate[] {
  const drop = new Set<Candidate>();
  for (const a of cands) {
    if (drop.has(a)) continue;
    for (const b of cands) {
      if (a === b || drop.has(b) || drop.has(a)) continue;
      const ref = inAny(b.suggestion.code, a.entry.excludes1);
      if (!ref) continue;
      // Keep the reading with more of the note's words (moreRead); else the code the note sends
      // the condition to (namedByNote); else the better-supported code; on a tie the more
      // specific one, and as specific, the one the note names as excluded: a code's Excludes1
      // lists the conditions coded elsewhere ("R65.1 SIRS of non-infectious origin ...
      // Excludes1: severe sepsis (R65.2)").
      const more = moreRead(a, b);
      const named = more ? undefined : namedByNote(a, b);
      const keepA = more
        ? more === a
        : named
          ? named === a
          : a.suggestion.confidence > b.suggestion.confidence ||
            (a.suggestion.confidence === b.suggestion.confidence && specificity(a) > specificity(b));
      const [keep, lose] = keepA ? [a, b] : [b, a];
      const combined = named === b && tabular ? withLoser(tabular, keep, lose) : undefined;
      const entry = combined ? tabular?.get(combined) : undefined;
      if (combined && entry) {
        keep.suggestion.tabular.push(
          `${keep.suggestion.code} → ${combined}: ${lose.suggestion.code} Excludes1 names ${ref.text} for both`,
        );
        keep.suggestion.code = combined;
        keep.suggestion.description = entry.description;
        keep.entry = entry;
        keep.suggestion.evidence.push(...lose.suggestion.evidence);
      }
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
