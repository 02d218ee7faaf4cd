/**
 * @module index/compile
 * Turns the index as printed into a structure to match against: for each term the keys its
 * words must supply (lexicon/normalize.ts), the optional keys of its nonessential modifiers,
 * and whether it is a connecting term ("with", "in", "due to"), whose subterms the guidelines
 * link to the main term (ICD-10-CM Guidelines I.A.15, "With"). Main terms written as a list of
 * word forms ("Diabetes, diabetic"; "Infection, infected, infective") match on any form; a
 * comma-separated qualifier that is not a word form ("Shadow, lung") is required.
 */
import { CERVICAL_SPINE_KEY, initialsKey } from '../lexicon/abbreviations.ts';
import { derivedForms } from '../lexicon/derivation.ts';
import type { PatientSex } from '../text/patient-sex.ts';
import { type AgeRange, ageOf } from './age.ts';
import { groupOf, inflections, phraseKeys, plainLetters } from '../lexicon/normalize.ts';
import { headOfTitle, NEEDS_SUBTERM, NOT_FROM_TEXT } from '../lexicon/main-terms.ts';
import type { IndexKind, RawIndex, RawIndexTerm } from './model.ts';

export interface Term {
  /** Ascending in printed order: a term before its subterms, subterms in the order printed. */
  id: number;
  title: string;
  /** Alternative sets of required keys (main terms may have several word forms). */
  req: string[][];
  /** Keys of the nonessential modifiers. */
  opt: string[];
  /**
   * Main terms only: keys of a comma qualifier that is not a word form ("Fracture, traumatic":
   * "traumatic"). Present in the note, they pick this main term among those sharing its head.
   */
  qual: string[];
  /** Main terms only: among main terms sharing a head word, the one read when no qualifier is written. */
  headDefault: boolean;
  /** A connecting word the subterms hang from ("with", "in", "due to"): matched through them. */
  connector: boolean;
  /**
   * The title is only the index's instruction for the code's use, no word of a note: "as cause
   * of disease classified elsewhere" (B95-B97 identify the agent of a condition coded elsewhere,
   * Tabular note at B95-B97). Passed through like a connector, but its subterms are this
   * sentence's words.
   */
  transparent: boolean;
  /**
   * "localized" set against "generalized" (Edema: generalized R60.1, localized R60.0;
   * "Lymphadenopathy (generalized) R59.1, localized R59.0"): a note that names the body site
   * ("inguinal lymphadenopathy", "edema of the legs") says the condition is localized.
   */
  bySite?: true;
  /**
   * The title is an age and nothing else ("under 15 years of age"): chosen by the patient's age
   * when the request gives it (index/age.ts), else read from the words as any subterm.
   */
  age?: AgeRange;
  /**
   * The title is a sex and nothing else ("Adhesions, pelvic, female N73.6 — male"): chosen by
   * the patient's sex when the request gives it or the note states it (text/patient-sex.ts),
   * else read from the words as any subterm.
   */
  sex?: PatientSex;
  /** The title says NEC / NOS / unspecified / specified: taken only as a last resort. */
  residual: boolean;
  /**
   * An organism's NEC entry under a condition ("Infection, Escherichia coli NEC A49.8") whose
   * organism the index also lists as the agent of a condition classified elsewhere
   * ("Escherichia coli, as cause of disease classified elsewhere B96.20"). NEC: the entry is
   * for an infection classified nowhere else; one the note places at a site is coded by its
   * site ("Infection, urinary (tract) N39.0"), whose tabular note asks for the agent (B95-B97,
   * "Use additional code to identify infectious agent"). See index/descend.ts.
   */
  agentNec?: true;
  code?: string;
  /**
   * "Melena, with ulcer - code by site under Ulcer, with hemorrhage K27.4": the title's words
   * before the instruction are the term's; the code is the named main term's, found by the
   * site the note names, through the subterms the instruction adds (`main`, `through`). The
   * term's own code is for a note that names no site.
   */
  bySiteUnder?: { main: string; through: string[] };
  manif?: string;
  see?: string;
  seeAlso?: string;
  cells?: (string | null)[];
  parent: Term | undefined;
  children: Term[];
  /** For connecting subterms' children: the word that links them ("with", "in", ...). */
  link?: string;
  /**
   * The subterm's own title begins with a connecting word ("Nausea, with vomiting R11.2";
   * "Fever, in conditions classified elsewhere"): the classification presumes the link as it
   * does for subterms under a connector (Guidelines I.A.15), so the words may lie across "and"
   * in the sentence ("nausea and vomiting"). "without" links nothing.
   */
  joins?: true;
  /** For terms with many subterms: subterms filed by their first required key. */
  childIndex?: ChildIndex;
  /** Main terms only: the one-word forms of the title, lower case ("diabetes", "diabetic"). */
  forms?: Set<string>;
  /** Main terms only: the synonym groups its forms belong to. */
  groups?: Set<number>;
  /**
   * How running text may reach it: main terms by lexicon/main-terms.ts; a subterm only 'never',
   * an encounter for an examination (`encounterForExamination`), which the descent skips.
   */
  reach?: 'never' | 'withSubterm';
  /**
   * Main terms only: the title is an acronym ("PIN — see Neoplasia, intraepithelial,
   * prostate"), read only from a word written in capitals ("pins" of an osteosynthesis are not).
   */
  acronym?: true;
  /**
   * Main terms only: words read only side by side, as one name. The parts of a first word joined
   * by hyphens, these keys ("Milk-leg": "milk leg", not "the legs were milked"; "Long-term drug
   * therapy": "long term", the drug said anywhere); or every word of a name with alternative last
   * words, 'all' ("Fear complex or reaction": "fear reaction", not "fear of an allergic reaction").
   */
  together?: 'all' | readonly string[];
  /**
   * Main terms only: the title begins with a person's name ("Still's disease or syndrome",
   * "Sever's disease"), its first key and the name in lower case: read only from that word
   * written with a capital ("Still disease", not "there was still disease"; not "Severe").
   */
  eponym?: { key: string; name: string };
}

export interface ChildIndex {
  byKey: Map<string, Term[]>;
  /** Connectors and key-less subterms: always tried. */
  always: Term[];
  /** Some subterm is linked ("with ..."): keys of the whole note count. */
  linked: boolean;
}

const WIDE = 12;

function indexChildren(t: Term): void {
  if (t.children.length < WIDE) return;
  const byKey = new Map<string, Term[]>();
  const always: Term[] = [];
  let linked = false;
  for (const c of t.children) {
    if (c.link !== undefined) linked = true;
    const firsts = c.req.map((alt) => alt[0]).filter((k): k is string => k !== undefined);
    // An age or sex subterm is chosen by the patient's age or sex, which no sentence key carries.
    if (c.connector || firsts.length === 0 || c.age || c.sex) always.push(c);
    for (const k of firsts) {
      const list = byKey.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      byKey.set(k, list);
    }
  }
  t.childIndex = { byKey, always, linked };
}

export interface CompiledIndex {
  kind: IndexKind;
  release: string;
  mainTerms: Term[];
  /** Main terms by the key they are filed under (their rarest required key). */
  byKey: Map<string, Term[]>;
  /** Main terms by lower-case title, for resolving "see" references. */
  byTitle: Map<string, Term>;
}

const CONNECTORS = new Set([
  'with',
  'in',
  'due to',
  'associated with',
  'complicating',
  'complicated by',
  'following',
  'during',
  'without',
  'by',
]);

/**
 * Whether two comma pieces of a title are forms of one word ("Infection, infected, infective").
 * A piece that begins with a connecting word is a condition of its own, never a word form: in
 * "Melena, with ulcer - code by site under Ulcer, with hemorrhage K27.4" the hemorrhage is what
 * the ulcer comes with, not another name for the melena.
 */
const wordForms = (a: string, b: string): boolean => {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  if (CONNECTORS.has(y.split(/\s+/)[0] ?? '') || CONNECTORS.has(x.split(/\s+/)[0] ?? '')) return false;
  const n = Math.min(4, x.length, y.length);
  return n >= 3 && x.slice(0, n) === y.slice(0, n);
};

/**
 * A subterm that reads "malignant neoplasm" ("History, family, malignant neoplasm, lung") is also
 * named by "cancer", "carcinoma" or "malignancy": the index sends those words to the malignant
 * neoplasms ("Cancer — see also Neoplasm, by site, malignant"), so its subterms under other main
 * terms are reached by them too.
 */
const MALIGNANT_NEOPLASM = phraseKeys('malignant neoplasm');
const CANCER_WORDS = ['cancer', 'carcinoma', 'malignancy'].map((w) => phraseKeys(w));

function cancerForms(keys: string[]): string[][] {
  if (MALIGNANT_NEOPLASM.length === 0 || !MALIGNANT_NEOPLASM.every((k) => keys.includes(k))) return [];
  const rest = keys.filter((k) => !MALIGNANT_NEOPLASM.includes(k));
  return CANCER_WORDS.filter((w) => w.length > 0).map((w) => unique([...rest, ...w]));
}

/**
 * A main term's title that names one thing with alternative last words: "Raynaud's disease,
 * phenomenon or syndrome", "Rett's disease or syndrome", "Conversion hysteria, neurosis or
 * reaction". The names it gives ("Raynaud's phenomenon"), or undefined when the title is no
 * such list ("Biting, cheek or lip" names where, "Adduction contracture, hip or other joint").
 */
function alternativeNames(plain: string): string[] | undefined {
  const m = /^(.*\S)\s+or\s+(\S+)$/.exec(plain);
  if (!m) return undefined;
  const [first, ...middle] = m[1]!.replace(/,\s*$/, '').split(/,\s*/);
  const words = first!.trim().split(/\s+/);
  if (words.length < 2 || middle.some((w) => /\s|\bor\b/.test(w.trim()) || w.trim() === '')) return undefined;
  const stem = words.slice(0, -1).join(' ');
  if (/\bor\b/.test(stem)) return undefined;
  return [words.at(-1)!, ...middle.map((w) => w.trim()), m[2]!].map((w) => `${stem} ${w}`);
}

const plainTitle = (title: string): string =>
  title
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() || title;
const namesWithAlternatives = (title: string): boolean => alternativeNames(plainTitle(title)) !== undefined;

function requiredOf(title: string, main: boolean): { req: string[][]; qual: string[] } {
  // Words in parentheses inside a title are nonessential like <nemod> (read as optional).
  const plain = plainTitle(title);
  const names = main ? alternativeNames(plain) : undefined;
  if (names) return { req: names.map((n) => unique(phraseKeys(n))).filter((k) => k.length > 0), qual: [] };
  if (!main && / or /.test(plain) && !plain.includes(',')) {
    // "atrial or auricular": either word names the subterm. A modifier before the first
    // alternative qualifies the others too: "genital organ or tract" is a genital organ or a
    // genital tract, "lymph gland or node" a lymph gland or a lymph node (never "tract" alone).
    const parts = plain.split(/ or /).map((p) => p.trim());
    const words = parts[0]!.split(/\s+/);
    const shared = words.length > 1 ? words.slice(0, -1).join(' ') : '';
    const alts = parts
      .map((p, i) => (i > 0 && shared !== '' && !/\s/.test(p) ? `${shared} ${p}` : p))
      .map((p) => unique(phraseKeys(p)));
    if (alts.every((a) => a.length > 0)) return { req: alts, qual: [] };
  }
  const pieces = plain
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const head = pieces[0] ?? title;
  const forms = [head];
  const qualifiers: string[] = [];
  for (const p of pieces.slice(1)) (wordForms(head, p) ? forms : qualifiers).push(p);
  // A subterm's comma qualifier is essential ("glomerulosclerosis, intercapillary").
  if (!main) {
    const q = qualifiers.flatMap((p) => phraseKeys(p));
    const req = forms.map((f) => unique([...phraseKeys(f), ...q])).filter((k) => k.length > 0);
    const named = q.length === 0 && forms.length === 1 ? namedStructure(head) : [];
    return { req: [...req, ...req.flatMap(cancerForms), ...(named.length > 0 ? [named] : [])], qual: [] };
  }
  return {
    req: forms.map((f) => unique(phraseKeys(f))).filter((k) => k.length > 0),
    qual: unique(qualifiers.flatMap((p) => phraseKeys(p))),
  };
}

/**
 * "psoas muscle", "parotid gland": a structure named by its own name, which says the class noun
 * without it ("psoas abscess" is an abscess of the psoas muscle, Index "Abscess, psoas muscle").
 * The name alone is another alternative of the subterm's words.
 */
const CLASS_NOUN = /^([a-z][a-z-]+) muscles?$/i;

function namedStructure(head: string): string[] {
  const m = CLASS_NOUN.exec(head.trim());
  return m ? phraseKeys(m[1]!) : [];
}

/** "with ulcer - code by site under Ulcer, with hemorrhage": the words, then the instruction. */
const BY_SITE_UNDER = /^(.*?)\s+-{1,2}\s*code by site under\s+(.+)$/i;

function bySiteUnder(title: string): { words: string; main: string; through: string[] } | undefined {
  const m = BY_SITE_UNDER.exec(title.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const [main, ...through] = m[2]!.split(',').map((p) => p.trim().toLowerCase());
  return main ? { words: m[1]!, main, through } : undefined;
}

/** The index's words on a code's use, not on the condition (see `Term.transparent`). */
const USE_ONLY = /\s*,?\s*\bas cause of disease classified elsewhere\b/i;

/**
 * Words of a title that the index file carries inside its modifier element although the printed
 * index shows them outside parentheses: "Normocytic anemia (infectional) due to blood loss
 * (chronic) D50.0". Only words in parentheses are nonessential (Guidelines I.A.7); the others
 * are the term's own. Left out: a part glued to a parenthesis ("Amnes(t)ic") and alternatives
 * ("Alder (-Reilly) anomaly or syndrome"), which name the term in the note's own words.
 */
function essentialOfNemod(nemod: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < nemod.length; i++) {
    const c = nemod[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && /[a-z]/i.test(nemod[i + 1] ?? '')) return '';
    } else if (depth === 0) out += c;
  }
  const text = out.replace(/\s+/g, ' ').trim();
  return / or |^[-,]/.test(text) || /\bsee\b/i.test(text) ? '' : text;
}

const LOCALIZED = phraseKeys('localized').join(' ');
const GENERALIZED = phraseKeys('generalized')[0] ?? 'generalized';

function markLocalized(t: Term): void {
  // A main term's own contrast only: under a subterm ("Hypertrophy, gland, localized") the site
  // word is the subterm's sibling's to read ("Hypertrophy, parathyroid"). A main term with many
  // subterms lists the sites it codes apart ("Edema, eyelid", "Edema, legs"), and those are
  // the ones read: its "localized" is read from its own word only (measured on CodiEsp train
  // and dev, edema by site read as localized lost to the unspecified code).
  if (t.parent || t.children.length >= WIDE) return;
  const local = t.children.find((c) => c.req.length === 1 && c.req[0]!.join(' ') === LOCALIZED);
  if (!local) return;
  const contrast =
    t.opt.includes(GENERALIZED) ||
    t.children.some((c) => c.req.length === 1 && c.req[0]!.join(' ') === GENERALIZED);
  if (contrast) local.bySite = true;
}

/** Adds one more alternative of required keys, unless the term has it already. */
function addAlternative(req: string[][], keys: readonly string[]): void {
  const joined = keys.join(' ');
  if (keys.length > 0 && !req.some((a) => a.join(' ') === joined)) req.push([...keys]);
}

const REGION = phraseKeys('region')[0]!;
const CERVICAL = phraseKeys('cervical')[0]!;
const SPINAL: ReadonlySet<string> = new Set(
  phraseKeys('cervicothoracic thoracic thoracolumbar lumbar lumbosacral sacral sacrococcygeal'),
);

/**
 * A spinal region subterm ("Displacement, intervertebral disc, lumbar region M51.26"; "Pain,
 * lumbar region M54.50") is also read from its adjective alone: notes say "lumbar disc
 * herniation", "lumbar pain", never "lumbar region". Not "cervical", which alone is as often the
 * uterine cervix ("cervical carcinoma" is no neoplasm of the cervical region, C76.0).
 */
function spinalRegions(req: string[][], title: string): void {
  for (const alt of [...req]) {
    if (alt.length === 2 && alt[1] === REGION && SPINAL.has(alt[0]!)) addAlternative(req, [alt[0]!]);
    // The cervical spine as a segment names it ("C5-C6", lexicon/abbreviations.ts), wherever
    // "cervical" is not the uterine cervix.
    if (alt.includes(CERVICAL) && !/cervix/i.test(title))
      req.push(alt.filter((k) => k !== REGION).map((k) => (k === CERVICAL ? CERVICAL_SPINE_KEY : k)));
  }
}

const END = phraseKeys('end')[0]!;
const BONE_END_SIDES: ReadonlySet<string> = new Set(phraseKeys('distal proximal'));

/**
 * A bone's end ("Fracture, radius, distal end — see Fracture, radius, lower end"; "proximal end
 * — see ... upper end") is also read from its adjective alone: notes say "distal radius
 * fracture", "fracture of the proximal humerus", seldom "distal end".
 */
function boneEnds(req: string[][]): void {
  for (const alt of [...req])
    if (alt.length === 2 && alt[1] === END && BONE_END_SIDES.has(alt[0]!)) addAlternative(req, [alt[0]!]);
}

/**
 * A bone named by its adjective and "bone" ("Fracture, traumatic, metatarsal bone S92.30-";
 * "carpal bone", "sesamoid bone", "temporal bone") is also read from the adjective alone: notes
 * say "fractured right fifth metatarsal". Not a noun before "bone" ("breast bone", "collar bone",
 * "heel bone", "long bones"), which alone names something else.
 */
function boneAdjective(req: string[][], title: string): void {
  const m = /^([a-z]+(?:al|oid|ous|ate)) bones?$/i.exec(title.trim());
  if (m) addAlternative(req, phraseKeys(m[1]!));
}

const LOW_BACK = /^(?:lower|low) back$/i;
const LUMBAR = phraseKeys('lumbar');

/**
 * The lower back is the lumbar region ("Injury, muscle, lower back S39.002"; "Strain, low back
 * S39.012"): notes say "lumbar muscle strain", "lumbar strain". Not under "spine" ("Pain, spine,
 * low back"), whose lumbar reading is its own region subterm, leaving "spine" to the condition
 * said with it ("pain in the lumbar spine secondary to facet arthrosis").
 */
function lumbarBack(req: string[][], title: string): void {
  if (LOW_BACK.test(title.trim())) addAlternative(req, LUMBAR);
}

const ONLY = phraseKeys('only')[0]!;

/**
 * A subterm restricted by a last "only" ("Fracture, ankle, lateral malleolus only S82.6-";
 * "Abrasion, forearm, elbow only"; "with skin breakdown only") is read without it too: a note
 * names the one site, and says nothing of "only".
 */
function onlyOptional(req: string[][]): void {
  for (const alt of [...req])
    if (alt.length > 1 && alt.at(-1) === ONLY) addAlternative(req, alt.slice(0, -1));
}

const CERVIX = phraseKeys('cervix')[0]!;

/**
 * "Cervical" is the adjective of the uterine cervix and of the neck (the cervical spine). Under
 * a main term whose subterms name only one of the two, it is that one: "cervical dysplasia" is
 * "Dysplasia, cervix (uteri) N87.9" (no subterm of Dysplasia is of the neck), "cervical
 * radiculopathy" is "Radiculopathy, cervical region M54.12" (none of Radiculopathy is of the
 * cervix). Where both are named ("Stenosis, cervix" and "Stenosis, spinal, cervical region"),
 * the note's other words decide (sentence-keys.ts: "cervical spine", a segment "C5-C6").
 */
function anatomySenses(main: Term): void {
  const all = subterms(main);
  const keys = new Set(all.flatMap((t) => t.req.flat()));
  const names = (k: string): boolean => keys.has(k);
  const changed = new Set<Term>();
  const cervix = names(CERVIX);
  const neck = names(CERVICAL) || names(CERVICAL_SPINE_KEY);
  if (cervix !== neck) readAlso(all, cervix ? CERVIX : CERVICAL_SPINE_KEY, CERVICAL, changed, () => true);
  // "Spinal" and "spine" likewise: "Stenosis, spinal" is read from "stenosis of the spine" and
  // from a segment ("stenosis at L4-L5", sentence-keys.ts), "Fracture, spine" from "spinal
  // fracture"; not where both are subterms ("Pain, spine" and "Pain, spinal"), nor the spinal
  // cord ("Injury, spinal (cord)" is no injury of the spine), nor a subterm that sends to
  // another entry ("Hernia, spinal — see Spina bifida", a congenital defect, is no herniated disc).
  const spinal = names(SPINAL_WORD);
  const spine = names(SPINE_WORD);
  if (spinal !== spine)
    readAlso(
      all,
      spinal ? SPINAL_WORD : SPINE_WORD,
      spinal ? SPINE_WORD : SPINAL_WORD,
      changed,
      (t) => !/\bcord\b/i.test(t.title) && !t.opt.includes(CORD) && !t.see,
    );
  for (const p of changed) if (p !== main) indexChildren(p);
}

const SPINAL_WORD = phraseKeys('spinal')[0]!;
const CORD = phraseKeys('cord')[0]!;
const SPINE_WORD = phraseKeys('spine')[0]!;

function subterms(main: Term): Term[] {
  const all: Term[] = [];
  const visit = (t: Term): void => {
    for (const c of t.children) {
      all.push(c);
      visit(c);
    }
  };
  visit(main);
  return all;
}

/** Each subterm naming `from` is also read with `to` in its place; their parents are noted. */
function readAlso(
  all: readonly Term[],
  from: string,
  to: string,
  changed: Set<Term>,
  ok: (t: Term) => boolean,
): void {
  for (const t of all) {
    if (!ok(t)) continue;
    for (const alt of [...t.req]) {
      if (!alt.includes(from)) continue;
      const before = t.req.length;
      addAlternative(
        t.req,
        alt.map((k) => (k === from ? to : k)),
      );
      if (t.req.length > before && t.parent) changed.add(t.parent);
    }
  }
}

/**
 * "Hypertension, with, kidney involvement — see Hypertension, kidney": "involvement" is no
 * condition of its own. The tabular says which conditions it means (I12: "any condition in N18
 * and N26 due to hypertension"; I.C.9.a.2 presumes the link), and those read it; the referred
 * term's subterms then take the stage ("with stage 1 through stage 4 chronic kidney disease
 * I12.9"). A kidney stone is no kidney involvement.
 */
const INVOLVEMENT: Readonly<Record<string, readonly string[]>> = {
  'kidney involvement': [
    'chronic kidney disease',
    'end stage renal disease',
    'chronic renal failure',
    'chronic renal insufficiency',
  ],
};

function organInvolvement(req: string[][], plain: string): void {
  for (const c of INVOLVEMENT[plain.toLowerCase()] ?? []) addAlternative(req, phraseKeys(c));
}

const WITHOUT_RESIDUALS = /^(.+?)\s+without residual deficits?$/i;

/**
 * "History, personal (of), stroke without residual deficits Z86.73": a history of stroke is
 * read so when the note names no residual deficit, since deficits that remain are coded as
 * sequelae (I69, Guidelines I.C.9.d) from their own words.
 */
function withoutResiduals(req: string[][], plain: string): void {
  const m = WITHOUT_RESIDUALS.exec(plain);
  if (m) addAlternative(req, phraseKeys(m[1]!));
}

/**
 * A subterm's further readings (`spinalRegions`, `withoutResiduals`, `organInvolvement`), from
 * its title without the nonessential words in parentheses.
 */
function readAlsoAs(req: string[][], title: string): void {
  const plain = title.replace(/\(.*?\)/g, '').trim();
  spinalRegions(req, plain);
  withoutResiduals(req, plain);
  organInvolvement(req, plain);
}

/**
 * "cervix (cervical) (uteri)": a one-word subterm whose first nonessential modifier is its own
 * adjective prints the word a note uses for it, as "Stenosis, stenotic" does with a comma; the
 * adjective alone names the subterm too ("cervical carcinoma", Table of Neoplasms, cervix C53.9).
 */
function adjectiveInParentheses(req: string[][], r: RawIndexTerm): void {
  const head = r.title.replace(/\([^)]*\)/g, ' ').trim();
  const first = /^\(([a-z]+)\)/i.exec((r.nemod ?? [])[0]?.trim() ?? '')?.[1];
  if (!first || !/^[a-z]+$/i.test(head) || !wordForms(head, first)) return;
  addAlternative(req, phraseKeys(first));
}

/**
 * "C-reactive protein (CRP)", "lactic acid dehydrogenase (LDH) level": the initials the index
 * prints in parentheses after a subterm's words name the subterm as notes write it ("elevated
 * CRP", "raised LDH"). Only capitals, two of them together: no Roman numeral ("antithrombin
 * (III)"), no eponym or word ("(Queyrat)", "(Asiatic)"), no single letter ("(Hb-S)" reads "S").
 * And only initials of the whole title: "hereditary defective response to Epstein-Barr virus
 * (EBV)" is no "EBV" alone.
 */
function printedInitials(req: string[][], r: RawIndexTerm, essential: readonly string[]): void {
  if (r.title.includes(',')) return;
  for (const nemod of r.nemod ?? [])
    for (const m of nemod.matchAll(/\(([A-Z][A-Z0-9-]*[A-Z0-9])\)/g)) {
      const initials = m[1]!;
      if (!/[A-Z]{2}/.test(initials) || /^[IVXLC]+$/.test(initials) || !initialsOf(initials, r.title))
        continue;
      addAlternative(req, unique([initialsKey(initials.toLowerCase()), ...phraseKeys(essential.join(' '))]));
    }
}

/** Whether `initials` are letters of `title` in order, the first its first letter ("LDH", "CRP"). */
function initialsOf(initials: string, title: string): boolean {
  const t = title.toLowerCase();
  const letters = initials.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters[0] !== t[0]) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = t.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Main terms of a finding on a measured value, whose subterms name what was measured. */
const MEASURED = /^(?:elevated|findings|abnormal|decreased|low|high|increase|raised)\b/i;
const LEVEL: ReadonlySet<string> = new Set(phraseKeys('level levels'));

/**
 * "Elevated, elevation, transaminase level R74.01": under a finding on a measured value, "level"
 * is the measure, not what was measured, so "elevated transaminases" is that finding (the index
 * prints the word as nonessential itself in "Findings, abnormal, transaminase (level)").
 */
function measuredLevel(req: string[][], main: Term): void {
  if (!MEASURED.test(main.title)) return;
  for (const alt of [...req]) {
    const rest = alt.filter((k) => !LEVEL.has(k));
    if (rest.length > 0 && rest.length < alt.length) addAlternative(req, rest);
  }
}

/** The main term a term stands under (itself, for a main term). */
export function mainTermOf(t: Term): Term {
  let top = t;
  while (top.parent) top = top.parent;
  return top;
}

/**
 * "Vision, visual, examination Z01.00", "Dental, examination Z01.20": the encounter for an
 * examination (Z00-Z09) is the reason for a visit, which "Examination" names as a main term, and
 * running text does not reach (lexicon/main-terms.ts, NOT_FROM_TEXT); nor does it under
 * another main term ("visual examination of the mouth", "examination revealed severe dental
 * caries").
 */
const encounterForExamination = (r: RawIndexTerm): boolean =>
  r.code !== undefined && /^Z0\d/.test(r.code) && /^examination\b/i.test(r.title);

const PREPOSITIONS_ONLY =
  /^(?:(?:from|off|out of|in|on|into|onto|over|through|against|under|at)(?:,\s*|\s+or\s+|$))+$/;

const sizeOf = (r: RawIndexTerm): number => 1 + (r.children ?? []).reduce((n, c) => n + sizeOf(c), 0);

const unique = (a: string[]): string[] => [...new Set(a)];

export function compileIndex(raw: RawIndex): CompiledIndex {
  let next = 0;
  const freq = new Map<string, number>();
  const build = (
    r: RawIndexTerm,
    parent: Term | undefined,
    main: boolean,
    link: string | undefined,
  ): Term => {
    const lower = r.title.toLowerCase().trim();
    const connector = !main && CONNECTORS.has(lower);
    const essential = (r.nemod ?? []).map(essentialOfNemod).filter((e) => e !== '');
    const instruction = main ? undefined : bySiteUnder(r.title);
    const own = instruction?.words ?? r.title;
    const title = (essential.length > 0 ? `${own} ${essential.join(' ')}` : own).replace(USE_ONLY, '');
    // The Index to External Causes lists the prepositions of a fall or a contact as one subterm
    // ("Fall, from, off, out of: ladder W11"; "in, on"): they say where the words go, and the
    // subterms under them name the place.
    const transparent =
      !main && (title.trim() === '' || (raw.kind === 'eindex' && PREPOSITIONS_ONLY.test(lower)));
    const { req, qual } = connector || transparent ? { req: [[]], qual: [] } : requiredOf(title, main);
    if (!main) {
      readAlsoAs(req, title);
      boneEnds(req);
      boneAdjective(req, title);
      onlyOptional(req);
      if (!/^spine\b/i.test(parent?.title ?? '')) lumbarBack(req, title);
      adjectiveInParentheses(req, r);
      printedInitials(req, r, essential);
      if (parent) measuredLevel(req, mainTermOf(parent));
    }
    const t: Term = {
      id: next++,
      title: r.title,
      req,
      qual,
      headDefault: false,
      opt: unique(
        [...(r.nemod ?? []), ...(r.title.match(/\([^)]*\)/g) ?? [])].flatMap((n) =>
          /\bsee\b/i.test(n) ? [] : phraseKeys(n),
        ),
      ),
      connector,
      transparent,
      residual: /\b(?:NEC|unspecified|specified|other)\b/.test(r.title),
      parent,
      children: [],
      ...(r.code ? { code: r.code } : {}),
      ...(instruction ? { bySiteUnder: { main: instruction.main, through: instruction.through } } : {}),
      ...(r.manif ? { manif: r.manif } : {}),
      ...(r.see ? { see: r.see } : {}),
      ...(r.seeAlso ? { seeAlso: r.seeAlso } : {}),
      ...(r.cells ? { cells: r.cells } : {}),
      ...(link ? { link } : {}),
    };
    const first = /^(\w+(?: to| with| by)?)\s+\S/.exec(lower)?.[1];
    if (!main && !connector && first && first !== 'without' && CONNECTORS.has(first)) t.joins = true;
    const age = main || connector ? undefined : ageOf(r.title.replace(/\([^)]*\)/g, ' '));
    if (age) t.age = age;
    const sex =
      main || connector ? undefined : /^(female|male)$/.exec(lower.replace(/\([^)]*\)/g, '').trim())?.[1];
    // Only where the sex names the code itself ("Cystocele, female N81.10"), not a reference to
    // another condition ("Dysfunction, male — see Dysfunction, sexual, male").
    if ((sex === 'female' || sex === 'male') && r.code) t.sex = sex;
    if (!main && encounterForExamination(r)) t.reach = 'never';
    for (const ks of t.req) for (const k of ks) freq.set(k, (freq.get(k) ?? 0) + 1);
    const childLink = connector ? lower : link;
    t.children = (r.children ?? []).map((c) => build(c, t, false, childLink));
    markLocalized(t);
    if (main) anatomySenses(t);
    indexChildren(t);
    return t;
  };
  const mainTerms = raw.mainTerms.map((m) => build(m, undefined, true, undefined));
  markAgentNec(raw, mainTerms);
  // Main terms sharing a head: when none is unqualified, the largest (the common sense of the
  // word: "Fracture, traumatic" over "Fracture, burst") is read when no qualifier is written.
  const groups = new Map<string, { term: Term; size: number }[]>();
  raw.mainTerms.forEach((r, i) => {
    const t = mainTerms[i]!;
    const head = t.req[0]?.join(' ') ?? '';
    const g = groups.get(head) ?? [];
    g.push({ term: t, size: sizeOf(r) });
    groups.set(head, g);
  });
  for (const g of groups.values()) {
    // A lone qualified term ("Presentation, fetal") is never a default: its qualifier is needed.
    if (g.length < 2 || g.some((x) => x.term.qual.length === 0)) continue;
    const biggest = g.reduce((a, b) => (b.size > a.size ? b : a));
    // Only a term with subterms is the word's common sense; "Rise, venous pressure" is not "rise".
    if (biggest.size > 1) biggest.term.headDefault = true;
  }
  const byKey = new Map<string, Term[]>();
  const byTitle = new Map<string, Term>();
  for (const m of mainTerms) {
    const words = m.title
      .replace(/\(.*?\)/g, '')
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => /^[a-z\u00C0-\u024F'-]+$/.test(p));
    if (words.length > 0) {
      m.forms = new Set(words.flatMap((w) => inflections(w)));
      const groups = words.map(groupOf).filter((g): g is number => g !== undefined);
      if (groups.length > 0) m.groups = new Set(groups);
      if (raw.kind === 'index') addDerivedForms(m, words);
    }
  }
  if (raw.kind === 'index') {
    for (const m of mainTerms) {
      const head = headOfTitle(m.title);
      if (/^[A-Z]{2,}$/.test(m.title.trim())) m.acronym = true;
      const hyphenated = /^\p{L}+(?:-\p{L}+)+(?=[\s,]|$)/u.exec(m.title);
      if (namesWithAlternatives(m.title)) m.together = 'all';
      else if (hyphenated) m.together = phraseKeys(hyphenated[0].replace(/-/g, ' '));
      const named = /^(\p{Lu}\p{Ll}+)(?:'s|s'|')(?=[\s,]|$)/u.exec(m.title);
      const key = named ? phraseKeys(named[1]!)[0] : undefined;
      if (named && key) m.eponym = { key, name: plainLetters(named[1]!.toLowerCase()) };
      if (NOT_FROM_TEXT.has(head)) m.reach = 'never';
      else if (NEEDS_SUBTERM.has(head) || NEEDS_SUBTERM.has(head.replace(/s$/, ''))) m.reach = 'withSubterm';
    }
  }
  for (const m of mainTerms) {
    byTitle.set(m.title.toLowerCase().replace(/\s+/g, ' '), m);
    for (const ks of m.req) {
      if (ks.length === 0) continue;
      // File under the rarest key, so a sentence's common words bring few candidates.
      let best = ks[0]!;
      for (const k of ks) if ((freq.get(k) ?? 0) < (freq.get(best) ?? 0)) best = k;
      const list = byKey.get(best) ?? [];
      if (!list.includes(m)) list.push(m);
      byKey.set(best, list);
    }
  }
  return { kind: raw.kind, release: raw.release, mainTerms, byKey, byTitle };
}

const NEC = /\bNEC\b/;

/**
 * Marks `Term.agentNec`: the residual NEC subterms whose words are an organism the index lists
 * with "as cause of disease classified elsewhere" (in the main term's title or as its subterm).
 */
function markAgentNec(raw: RawIndex, mainTerms: readonly Term[]): void {
  const agents = new Set<string>();
  raw.mainTerms.forEach((r, i) => {
    const m = mainTerms[i]!;
    if (!USE_ONLY.test(r.title) && !m.children.some((c) => c.transparent)) return;
    for (const alt of m.req) if (alt.length > 0) agents.add(alt.join(' '));
  });
  if (agents.size === 0) return;
  const visit = (t: Term): void => {
    for (const c of t.children) {
      if (c.residual && NEC.test(c.title) && c.req.some((alt) => agents.has(alt.join(' '))))
        c.agentNec = true;
      visit(c);
    }
  };
  for (const m of mainTerms) visit(m);
}

/**
 * The adjectives the index does not print for a one-word main term ("stenotic" is printed for
 * "Stenosis"; "hypoxic" is not for "Hypoxia"): each is another word form of the term
 * (lexicon/derivation.ts), one more alternative of its required words, read only as written.
 */
function addDerivedForms(m: Term, words: readonly string[]): void {
  if (words.length !== 1 && !words.every((w) => wordForms(words[0]!, w))) return;
  // A congenital anomaly is coded from its diagnosis (Guidelines I.C.17), not from a word for
  // a shape: "lobulated" is no "Lobulation — see also Anomaly".
  if (m.code?.startsWith('Q') || m.seeAlso?.startsWith('Anomaly')) return;
  for (const w of words) {
    for (const adj of derivedForms(w)) {
      if (m.forms!.has(adj)) continue;
      const keys = phraseKeys(adj);
      if (keys.length !== 1) continue;
      for (const f of inflections(adj)) m.forms!.add(f);
      // The stem may already be the noun's ("tachypneic" and "tachypnea" → "tachypn").
      if (!m.req.some((alt) => alt.length === 1 && alt[0] === keys[0])) m.req.push(keys);
    }
  }
}

/** The titles from the main term down to this term: "Diabetes, diabetic > type 2 > with > chronic kidney disease". */
export function pathOf(t: Term): string[] {
  const out: string[] = [];
  for (let x: Term | undefined = t; x; x = x.parent) out.unshift(x.title);
  return out;
}
