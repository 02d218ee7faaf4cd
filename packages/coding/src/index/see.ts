/**
 * @module index/see
 * Cross-references. "see" must be followed and "see also" may be (ICD-10-CM Guidelines
 * I.A.12.a-b). A reference names a main term and subterms ("Pain, abdominal"), or a table
 * ("Neoplasm, malignant, by site"; "Table of Drugs and Chemicals, by drug, poisoning"), in
 * which case the column comes from the reference and the row from the note.
 */
import { phraseKeys } from '../lexicon/normalize.ts';
import type { CompiledIndex, Term } from './compile.ts';

export type Reference =
  | {
      kind: 'term';
      term: Term;
      via: string[];
      /**
       * "see Injury, muscle, by site, strain": the site is the note's, read from the main term;
       * these subterms are then read under the site reached ("Injury, Achilles tendon, strain").
       */
      thenBySite?: string[];
      /** The reference read without "by site", for a note whose site has no such subterm. */
      plain?: Term;
      /**
       * The reference ends "by site" ("Ulcer, decubitus — see Ulcer, pressure, by site"): the
       * site is the note's, read below `term` from the words not read yet.
       */
      siteFromNote?: true;
    }
  | { kind: 'neoplasm'; column: number | undefined; site: string[]; via: string }
  | { kind: 'drug'; column: number | undefined; via: string }
  | { kind: 'none' };

const NEOPLASM_COLUMN: readonly [RegExp, number][] = [
  [/\bsecondary\b/, 1],
  [/\bin situ\b/, 2],
  [/\bbenign\b/, 3],
  [/\buncertain behavio/, 4],
  [/\bunspecified behavio/, 5],
  [/\bmalignant\b/, 0],
];

const DRUG_COLUMN: readonly [RegExp, number][] = [
  [/\badverse effect|6th character 5\b/, 4],
  [/\bunderdosing|6th character 6\b/, 5],
  [/\bpoisoning\b/, 0],
];

const headOf = (title: string): string =>
  (title.split(',')[0] ?? title)
    .replace(/\(.*?\)/g, '')
    .trim()
    .toLowerCase();

/** Main terms by the head word of their title ("Pain(s)" → "pain"); the head's default wins. */
export function headMap(index: CompiledIndex): Map<string, Term> {
  const m = new Map<string, Term>();
  for (const t of index.mainTerms) {
    const h = headOf(t.title);
    if (!m.has(h) || t.headDefault || t.qual.length === 0) m.set(h, t);
  }
  // References name a main term by any of its printed forms, without "NOS" or "NEC":
  // "see Ancylostomiasis" for "Ancylostoma, ancylostomiasis", "see also Abnormality, pupillary"
  // for "Abnormal, abnormality, abnormalities", "see Conjunctivitis, acute" for "Conjunctivitis
  // NOS". The title's first form keeps its term.
  for (const t of index.mainTerms)
    for (const piece of t.title.replace(/\(.*?\)/g, '').split(',')) {
      const form = headOf(piece).replace(/\s+(?:nos|nec)$/, '');
      if (form !== '' && !m.has(form)) m.set(form, t);
    }
  return m;
}

/** A subterm printed as the reference piece: any of its word forms ("femur, femoral" for "femur"). */
const sameWords = (t: Term, piece: string): boolean => {
  const want = phraseKeys(piece).join(' ');
  return t.req.some((alt) => alt.join(' ') === want) || phraseKeys(t.title).join(' ') === want;
};

/**
 * `from` is the main term the reference is printed under: a reference to the same head word
 * ("see Fracture, femur, upper end" under "Fracture, traumatic") stays in that main term.
 */
const CONNECTOR_PIECE = /^(with|without|in|due to)\s+(.+)$/;

function underConnector(term: Term, piece: string): Term | undefined {
  const m = CONNECTOR_PIECE.exec(piece);
  if (!m) return undefined;
  const conn = term.children.find((c) => c.connector && c.title.toLowerCase() === m[1]);
  if (!conn) return undefined;
  return (
    conn.children.find((c) => c.title.toLowerCase() === m[2]) ??
    conn.children.find((c) => sameWords(c, m[2]!) && !c.see)
  );
}

export function resolveReference(ref: string, heads: ReadonlyMap<string, Term>, from?: Term): Reference {
  const text = ref.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  if (lower === 'condition' || lower.startsWith('condition') || lower === 'category') return { kind: 'none' };
  if (/^(?:table of )?neoplasms?\b/.test(lower)) {
    const pieces = text
      .split(',')
      .map((p) => p.trim())
      .slice(1);
    let column: number | undefined;
    const site: string[] = [];
    for (const p of pieces) {
      const pl = p.toLowerCase();
      const col = NEOPLASM_COLUMN.find(([re]) => re.test(pl));
      if (col) column = col[1];
      else if (pl !== 'by site' && pl !== 'neoplastic') site.push(p);
    }
    return { kind: 'neoplasm', column, site, via: text };
  }
  if (/^table of drugs/.test(lower)) {
    const col = DRUG_COLUMN.find(([re]) => re.test(lower));
    return { kind: 'drug', column: col?.[1], via: text };
  }
  const pieces = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const head = headOf(pieces[0] ?? '');
  // "see Complications, vaccination" for the main term "Complication(s)".
  const main =
    from && headOf(from.title) === head ? from : (heads.get(head) ?? heads.get(head.replace(/s$/, '')));
  if (!main) {
    // Some references leave out the comma ("Infection, ear — see also Otitis media"): the first
    // word is the main term, the words after it its subterm ("Otitis, media").
    const words = (pieces[0] ?? '').split(' ');
    if (words.length > 1 && heads.has(headOf(words[0]!)))
      return resolveReference(
        [words[0], words.slice(1).join(' '), ...pieces.slice(1)].join(', '),
        heads,
        from,
      );
    return { kind: 'none' };
  }
  let term = main;
  const via = [main.title];
  // Pieces after the head: word forms of the main term are skipped; others are subterms.
  const rest = pieces.slice(1);
  const bySite = rest.findIndex((p) => p.toLowerCase() === 'by site');
  const then = rest.slice(bySite + 1);
  if (bySite >= 0 && then.length > 0 && !CONNECTOR_PIECE.test(then[0]!.toLowerCase())) {
    const plain = resolveReference(
      [pieces[0], ...rest.filter((_, i) => i !== bySite)].join(', '),
      heads,
      from,
    );
    return {
      kind: 'term',
      term: main,
      via: [main.title, 'by site'],
      thenBySite: then,
      ...(plain.kind === 'term' ? { plain: plain.term } : {}),
    };
  }
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    if (main.title.toLowerCase().includes(p.toLowerCase())) continue;
    // "by site" names no subterm ("specified site NEC" is a site the note does not name).
    if (i === bySite) continue;
    // "Spondylosis, with myelopathy NEC": the subterm under the connector the piece names, not
    // a sibling with the same words ("without myelopathy or radiculopathy").
    const linked = underConnector(term, p.toLowerCase());
    if (linked) {
      term = linked;
      via.push(linked.parent!.title, linked.title);
      continue;
    }
    // A reference may print one subterm as two pieces: "Burn, arm — see Burn, upper, limb"
    // names the subterm "upper limb".
    const own = childNamed(term, p);
    const next = rest[i + 1];
    const joined = own || next === undefined ? undefined : childNamed(term, `${p} ${next}`);
    const child = own ?? joined;
    if (child) {
      term = child;
      via.push(child.title);
      if (joined) i++;
    }
  }
  return {
    kind: 'term',
    term,
    via,
    ...(bySite >= 0 && bySite === rest.length - 1 ? { siteFromNote: true } : {}),
  };
}

/**
 * The subterm a reference's piece names: printed so first ("pulmonary"), then one with the same
 * words by synonym ("lung" folds to "pulmonary" too, and itself says "see Embolism, pulmonary").
 */
function childNamed(term: Term, piece: string): Term | undefined {
  const pl = piece.toLowerCase();
  const nested = term.children.flatMap((c) => (c.connector ? c.children : []));
  return (
    term.children.find((c) => c.title.toLowerCase() === pl) ??
    nested.find((c) => c.title.toLowerCase() === pl) ??
    term.children.find((c) => sameWords(c, piece) && !c.see) ??
    nested.find((c) => sameWords(c, piece) && !c.see) ??
    onlyChildWith(term.children, pl)
  );
}

/**
 * A reference that names a "with" subterm in fewer words than it is printed ("see
 * Osteoporosis, with fracture" for "with current pathological fracture"): the one subterm of
 * the same connecting word that has all the reference's words, when only one has.
 */
function onlyChildWith(children: readonly Term[], piece: string): Term | undefined {
  const link = CONNECTOR_PIECE.exec(piece)?.[1];
  if (!link) return undefined;
  const want = phraseKeys(piece);
  const found = children.filter((c) => {
    if (c.see || !c.title.toLowerCase().startsWith(`${link} `)) return false;
    const has = new Set(phraseKeys(c.title));
    return want.every((k) => has.has(k));
  });
  return found.length === 1 ? found[0] : undefined;
}
