/**
 * @module icd10cm/index-parse
 * Reads the CDC ICD-10-CM index XML files (schema icd10cm-index-YYYY.xsd and
 * icd-10-cm-drug-neoplasm-YYYY.xsd): the alphabetic index to diseases and injuries, the
 * external cause index, the neoplasm table and the table of drugs and chemicals. All four are
 * letter → mainTerm → term (level 1..9) trees; a term has a title (with nonessential modifiers
 * in <nemod>), and may carry see, seeAlso, code, manif (the manifestation code printed in
 * brackets: Guidelines Section I.A.13), seecat, subcat, and table cells by column.
 */
import type { XmlHandlers } from './xml-stream.ts';

export type IndexBook = 'main' | 'eindex' | 'neoplasm' | 'drug';

export interface IndexTermRecord {
  /** Preorder number within the file (parents before children). */
  id: number;
  parent: number | undefined;
  /** The id of the term's main term (its own id for a main term). */
  main: number;
  /** 0 for a main term, then the XML's level attribute. */
  level: number;
  /** Title without its nonessential modifiers (empty when the title is only modifiers). */
  title: string;
  /** Nonessential modifiers, as printed: "(mellitus) (sugar)". */
  nemod?: string;
  code?: string;
  manif?: string;
  see?: string;
  seeAlso?: string;
  seecat?: string;
  subcat?: string;
  /** Table cells by column number (2..7); "-" and "--" (no code) are left out. */
  cells: { col: number; code: string }[];
  /** Titles from the main term down, for search: "Diabetes, diabetic, type 2, with chronic kidney disease". */
  path: string;
}

export interface IndexSink {
  /** Called once, before the first term, with the table's column heads (col → head). */
  book(b: IndexBook, version: string | undefined, heads: ReadonlyMap<number, string>): void;
  term(t: IndexTermRecord): void;
}

const FIELDS = ['code', 'manif', 'see', 'seeAlso', 'seecat', 'subcat'] as const;
type Field = (typeof FIELDS)[number];

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Subterms that read on into the next one ("with" chronic kidney disease), Section I.A.15. */
const CONNECTIVES = new Set([
  'with',
  'without',
  'in',
  'due to',
  'of',
  'by',
  'from',
  'for',
  'following',
  'during',
]);

export function joinPath(titles: readonly string[]): string {
  let out = '';
  for (const [i, t] of titles.entries()) {
    if (i > 0) out += CONNECTIVES.has(titles[i - 1]!.toLowerCase()) ? ' ' : ', ';
    out += t;
  }
  return out;
}

interface Open {
  rec: IndexTermRecord;
  titleParts: string[];
  nemodParts: string[];
}

/** Handlers that turn an index XML's events into `sink` calls. */
export function indexHandlers(sink: IndexSink): XmlHandlers {
  const path: string[] = [];
  const stack: Open[] = [];
  let nextId = 1;
  let buf: string | undefined;
  let cellCol = 0;
  let headCol = 0;
  let rootTitle = '';
  let version: string | undefined;
  const heads = new Map<number, string>();
  let told = false;

  const cur = (): Open | undefined => stack[stack.length - 1];

  return {
    open(name, attrs) {
      path.push(name);
      const parent = path[path.length - 2];
      if (name === 'letter' && !told) {
        // Heading and title come before the first letter: the book is known from here on.
        told = true;
        sink.book(bookOf(heads.get(1), rootTitle), version, heads);
      }
      if (name === 'mainTerm' || name === 'term') {
        const up = cur();
        const id = nextId++;
        const rec: IndexTermRecord = {
          id,
          parent: up?.rec.id,
          main: up?.rec.main ?? id,
          level: name === 'mainTerm' ? 0 : Number(attrs.level ?? stack.length),
          title: '',
          cells: [],
          path: '',
        };
        stack.push({ rec, titleParts: [], nemodParts: [] });
      } else if (name === 'title' || name === 'version' || (FIELDS as readonly string[]).includes(name)) {
        buf = '';
      } else if (name === 'nemod') {
        const o = cur();
        if (o && parent === 'title' && buf !== undefined) {
          o.titleParts.push(buf);
          buf = '';
        }
      } else if (name === 'cell' || name === 'head') {
        buf = '';
        if (name === 'cell') cellCol = Number(attrs.col);
        else headCol = Number(attrs.col);
      }
    },
    text(t) {
      if (buf !== undefined) buf += t;
    },
    close(name) {
      const o = cur();
      const parent = path[path.length - 2];
      const inTerm = parent === 'mainTerm' || parent === 'term';
      if (name === 'nemod' && o && parent === 'title' && buf !== undefined) {
        o.nemodParts.push(clean(buf));
        buf = ''; // the title goes on after its modifiers ("Abandonment (...) NEC")
      } else if (name === 'title' && buf !== undefined && o && inTerm) {
        o.titleParts.push(buf);
        o.rec.title = clean(o.titleParts.join(' '));
        if (o.nemodParts.length > 0) o.rec.nemod = o.nemodParts.join(' ');
        // A title may be nothing but modifiers ("(taser)"): the path then shows them.
        const shown = (r: IndexTermRecord): string => r.title || (r.nemod ?? '');
        o.rec.path = joinPath([...stack.slice(0, -1).map((s) => shown(s.rec)), shown(o.rec)]);
      } else if (name === 'title' && buf !== undefined && parent === 'ICD10CM.index') {
        rootTitle = clean(buf);
      } else if (name === 'version' && buf !== undefined) {
        version = clean(buf);
      } else if ((FIELDS as readonly string[]).includes(name) && o && inTerm && buf !== undefined) {
        o.rec[name as Field] = clean(buf);
      } else if (name === 'cell' && o && buf !== undefined) {
        const code = clean(buf);
        if (code !== '' && !/^-+$/.test(code)) o.rec.cells.push({ col: cellCol, code });
      } else if (name === 'head' && buf !== undefined) {
        heads.set(headCol, clean(buf));
      } else if ((name === 'mainTerm' || name === 'term') && o) {
        // Emitted on close, when every field is known; ids keep the document order.
        stack.pop();
        sink.term(o.rec);
      }
      if (name !== 'nemod') buf = undefined;
      path.pop();
    },
  };
}

function bookOf(firstHead: string | undefined, rootTitle: string): IndexBook {
  if (firstHead !== undefined && /neoplasm/i.test(firstHead)) return 'neoplasm';
  if (firstHead !== undefined && /substance|drug/i.test(firstHead)) return 'drug';
  if (/external cause/i.test(rootTitle)) return 'eindex';
  return 'main';
}
