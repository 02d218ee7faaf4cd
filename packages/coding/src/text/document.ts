/**
 * @module text/document
 * A note read once: sections, sentences inside them (sub-headers also break sentences), and
 * each sentence's tokens. Every offset points into the original text.
 */
import type { SectionKind } from './section-headers.ts';
import { findHeaders, type Section, splitSections } from './sections.ts';
import { type Span, splitSentences } from './sentences.ts';
import { type Token, tokenize } from './tokens.ts';

export interface Sentence extends Span {
  section: SectionKind;
  /** Index into NoteDocument.sections. */
  sectionIndex: number;
  /** The sub-header the sentence sits under ("HEENT", "Neck"), when there is one. */
  subHeader: string | undefined;
  tokens: Token[];
}

export interface NoteDocument {
  text: string;
  sections: Section[];
  sentences: Sentence[];
}

export function readNote(text: string): NoteDocument {
  const headers = findHeaders(text);
  const sections = splitSections(text, headers);
  const subs = headers.filter((h) => h.kind === undefined);
  const sentences: Sentence[] = [];
  sections.forEach((section, sectionIndex) => {
    // Pieces of the body between sub-headers.
    const cuts: { start: number; end: number; sub: string | undefined }[] = [];
    let at = section.body.start;
    let sub: string | undefined;
    for (const h of subs) {
      if (h.start < section.body.start || h.start >= section.body.end) continue;
      cuts.push({ start: at, end: h.start, sub });
      at = h.end;
      sub = h.title;
    }
    cuts.push({ start: at, end: section.body.end, sub });
    for (const c of cuts) {
      for (const s of splitSentences(text, c.start, c.end)) {
        const tokens = tokenize(text, s.start, s.end);
        if (tokens.length === 0 || tokens.every((t) => t.kind === 'punct')) continue;
        // One shape for every sentence (no spread, no optional property): the coder reads
        // thousands of them per second.
        sentences.push({
          start: s.start,
          end: s.end,
          section: section.kind,
          sectionIndex,
          subHeader: c.sub,
          tokens,
        });
      }
    }
  });
  return { text, sections, sentences };
}
