/**
 * @module icd10cm/tabular-parse
 * Reads the CDC ICD-10-CM tabular list XML (icd10cm_tabular_YYYY.xml; its XSD is
 * icd-10-cm-tabular-YYYY.xsd) into nodes and notes, streaming: chapter → section → diag
 * (category, subcategory, code, nested to any depth). Each level may carry instructional
 * notes: inclusionTerm, includes, excludes1, excludes2, codeFirst, useAdditionalCode,
 * codeAlso, notes, sevenChrNote (each a list of <note>), and sevenChrDef (a list of
 * <extension char="A">). Guidelines Section I.A.12-13: a note applies to everything below the
 * level where it stands, so notes are kept on their own level and inherited on reading.
 */
import type { NoteKind } from '../lookup/types.ts';
import { type CodeRange, parseNoteRefs } from './code-ranges.ts';
import type { XmlHandlers } from './xml-stream.ts';

export type TabularLevel = 'chapter' | 'section' | 'category' | 'subcategory' | 'code';

export interface TabularNode {
  /** Unique: the code without dot for diags ("E1122"), "chapter:4", "section:E08-E13". */
  key: string;
  /** As printed: "E11.22", "4", "E08-E13". */
  id: string;
  /** Structural level: a diag of 3 characters is a category, one with children a subcategory. */
  level: TabularLevel;
  parent: string | undefined;
  title: string;
  /** Document order. */
  ord: number;
}

export interface TabularNote {
  node: string;
  kind: NoteKind;
  /** Order within the node. */
  seq: number;
  text: string;
  /** sevenChrDef only: the 7th character. */
  char?: string;
  refs: CodeRange[];
}

export interface TabularSink {
  node(n: TabularNode): void;
  note(n: TabularNote): void;
  version?(v: string): void;
}

const NOTE_KINDS: Record<string, NoteKind> = {
  inclusionTerm: 'inclusionTerms',
  includes: 'includes',
  excludes1: 'excludes1',
  excludes2: 'excludes2',
  codeFirst: 'codeFirst',
  useAdditionalCode: 'useAdditionalCode',
  codeAlso: 'codeAlso',
  notes: 'notes',
  sevenChrNote: 'sevenChrNote',
  sevenChrDef: 'sevenChrDef',
};

interface Open {
  element: 'chapter' | 'section' | 'diag';
  key: string;
  id: string;
  title: string;
  parent: string | undefined;
  ord: number;
  children: number;
  seq: number;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Handlers that turn the tabular XML's events into `sink` calls. */
export function tabularHandlers(sink: TabularSink): XmlHandlers {
  const path: string[] = [];
  const open: Open[] = [];
  let ord = 0;
  let buf: string | undefined;
  let noteKind: NoteKind | undefined;
  let char: string | undefined;

  const top = (): Open | undefined => open[open.length - 1];
  const parentName = (): string | undefined => path[path.length - 2];

  return {
    open(name, attrs) {
      path.push(name);
      const parent = parentName();
      if (name === 'chapter' || name === 'section' || name === 'diag') {
        const up = top();
        if (up) up.children++;
        const id = name === 'section' ? (attrs.id ?? '') : '';
        open.push({
          element: name,
          key: name === 'section' ? `section:${id}` : '',
          id,
          title: '',
          parent: up?.key,
          ord: ord++,
          children: 0,
          seq: 0,
        });
      } else if (
        (name === 'name' || name === 'desc') &&
        (parent === 'chapter' || parent === 'section' || parent === 'diag')
      ) {
        buf = '';
      } else if (NOTE_KINDS[name] && (parent === 'chapter' || parent === 'section' || parent === 'diag')) {
        noteKind = NOTE_KINDS[name];
      } else if (noteKind && (name === 'note' || name === 'extension')) {
        buf = '';
        char = name === 'extension' ? attrs.char : undefined;
      } else if (name === 'version' && path.length === 2) {
        buf = '';
      }
    },
    text(t) {
      if (buf !== undefined) buf += t;
    },
    close(name) {
      const cur = top();
      if (name === 'name' && buf !== undefined && cur) {
        cur.id = clean(buf);
        cur.key = cur.element === 'chapter' ? `chapter:${cur.id}` : cur.id.replace('.', '');
      } else if (name === 'desc' && buf !== undefined && cur) {
        cur.title = clean(buf);
      } else if ((name === 'note' || name === 'extension') && buf !== undefined && noteKind && cur) {
        const text = clean(buf);
        sink.note({
          node: cur.key,
          kind: noteKind,
          seq: cur.seq++,
          text,
          ...(char !== undefined ? { char } : {}),
          refs: noteKind === 'sevenChrDef' ? [] : parseNoteRefs(text),
        });
      } else if (name === 'version' && buf !== undefined) {
        sink.version?.(clean(buf));
      } else if (NOTE_KINDS[name] && noteKind === NOTE_KINDS[name]) {
        noteKind = undefined;
      } else if ((name === 'chapter' || name === 'section' || name === 'diag') && cur) {
        open.pop();
        const level: TabularLevel =
          cur.element !== 'diag'
            ? cur.element
            : cur.key.length === 3
              ? 'category'
              : cur.children > 0
                ? 'subcategory'
                : 'code';
        sink.node({ key: cur.key, id: cur.id, level, parent: cur.parent, title: cur.title, ord: cur.ord });
      }
      if (name === 'name' || name === 'desc' || name === 'note' || name === 'extension' || name === 'version')
        buf = undefined;
      path.pop();
    },
  };
}
