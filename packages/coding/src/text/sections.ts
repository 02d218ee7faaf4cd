/**
 * @module text/sections
 * Finding section headers by pattern. A header is a short phrase ending in a colon at the start
 * of a line or after a sentence or list break ("ASSESSMENT:", "Past medical history:", the
 * MTSamples form ",PLAN:,"), an upper-case line of its own ("ASSESSMENT AND PLAN"), or a Markdown
 * heading line ("# Allergies", "## Plan": CommonMark ATX headings, as EHR and Synthea exports
 * write them), which is a header whatever its case and however long. Known
 * headers (section-headers.ts) open a section; unknown ones ("HEENT:", "Neck:") are sub-headers
 * that stay inside the current section but still break sentences (but for a family history,
 * `endsFamilyHistory`).
 */
import { type SectionKind, sectionKindOf } from './section-headers.ts';
import type { Span } from './sentences.ts';

export interface Header extends Span {
  title: string;
  /** Undefined for a sub-header. */
  kind: SectionKind | undefined;
}

export interface Section {
  kind: SectionKind;
  /** The header as written; '' for text before the first header. */
  title: string;
  header: Span | undefined;
  body: Span;
}

// After a line start or a break character: up to 6 words (letters, digits, / & ( ) ' -) then
// a colon. Upper-case headers may be longer. Lower-case-initial phrases are not headers.
const COLON_HEADER =
  /(?:^|(?<=[\n.,;]))[ \t,]*((?:[A-Z][A-Za-z0-9/&()'-]*)(?:[ \t]+[A-Za-z0-9/&()'-]+){0,5})[ \t]*:(?![0-9])/gm;
const UPPER_LINE = /^[ \t]*([A-Z][A-Z0-9 /&()'-]{2,60})[ \t]*$/gm;
// CommonMark ATX heading: up to 3 spaces, 1-6 '#', a space, the title, optional closing '#'s.
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+([^\n#]*?)[ \t]*#*[ \t]*$/gm;

export function findHeaders(text: string): Header[] {
  const out: Header[] = [];
  for (const re of [MARKDOWN_HEADING, COLON_HEADER, UPPER_LINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const title = m[1] ?? '';
      // A Markdown heading spans its '#' marks, so they are left in no section's text.
      const start = re === MARKDOWN_HEADING ? m.index : m.index + m[0].indexOf(title);
      const kind = sectionKindOf(title);
      // An all-lower-case-after-first-word phrase that is not a known header is running text
      // ("Blood pressure: 120/80" is a sub-header; "She reports that: ..." is not, too long).
      if (kind === undefined && re === UPPER_LINE) continue;
      if (
        kind === undefined &&
        re === COLON_HEADER &&
        title.split(/\s+/).length > 4 &&
        title !== title.toUpperCase()
      )
        continue;
      if (title.trim() === '') continue;
      out.push({ start, end: m.index + m[0].length, title: title.trim(), kind });
    }
  }
  return out.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end);
}

/**
 * A family history is a short list that no sub-header divides: an upper-case header after it
 * ("FAMILY HISTORY: ... DETAILS: the fetal anatomical survey ...") opens a section of its own,
 * whose conditions are no relative's.
 */
function endsFamilyHistory(current: Section, h: Header): boolean {
  return current.kind === 'familyHistory' && h.title.length > 2 && h.title === h.title.toUpperCase();
}

/** Sections in text order; text before the first known header is an 'other' section. */
export function splitSections(text: string, headers: readonly Header[] = findHeaders(text)): Section[] {
  const out: Section[] = [];
  let current: Section = {
    kind: 'other',
    title: '',
    header: undefined,
    body: { start: 0, end: text.length },
  };
  for (const h of headers) {
    if (h.kind === undefined && !endsFamilyHistory(current, h)) continue;
    current.body.end = h.start;
    out.push(current);
    current = {
      kind: h.kind ?? 'other',
      title: h.title,
      header: { start: h.start, end: h.end },
      body: { start: h.end, end: text.length },
    };
  }
  out.push(current);
  return out.filter((s) => s.header !== undefined || s.body.end > s.body.start);
}
