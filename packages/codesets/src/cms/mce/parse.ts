/**
 * @module cms/mce/parse
 * Reads the text of "Definitions of Medicare Code Edits" into edits, code lists, the discharge
 * status values and the list changes. The document is prose with lists, so the reader follows
 * its headings:
 *
 * - the edits are those named under "Below is a list of edits described in this chapter."
 *   ("4. Age conflict", "5. Sex conflict (deactivated as of 10/01/2024)" ...); the same line
 *   again later opens the edit's section;
 * - "A. Perinatal/Newborn diagnoses" opens a lettered section, "1. Cesarean section procedure
 *   codes" a numbered group within it, and a short line without final punctuation
 *   ("Questionable admission codes", "Procedure") a list heading;
 * - a list line is `code<TAB>description`, an asterisk before the code marking a special case;
 * - edit 16 lists discharge status values as "01 = Home or self-care";
 * - "Chapter 2: Code list changes" lists codes removed from (or added to) an edit's lists.
 */
import { basename } from 'node:path';
import type { Place } from '@medcode/domain';
import { badInput, numberedLines } from '../common/source-text.ts';

export interface MceEdit {
  no: number;
  title: string;
  status: 'active' | 'deactivated' | 'discontinued';
  /** "10/01/2024", "ICD-10 implementation": when the status began, as the document says it. */
  since?: string;
}

export interface MceCodeLine {
  /** Edit, section, group and heading the line sits under: "8B.1|", "11D|Procedures". */
  place: string;
  edit: number;
  /** The section title (or heading) the line is under, for showing. */
  section: string;
  code: string;
  description: string;
  /** "*" when the document marks the code. */
  flag: string;
  line: number;
}

export interface MceDocument {
  version?: string;
  edits: MceEdit[];
  codes: MceCodeLine[];
  dischargeStatus: { code: string; description: string; line: number }[];
  changes: { edit: string; change: string; code: string; description: string; line: number }[];
}

const STATUS = /\((deactivated|discontinued) as of ([^)]+)\)\s*$/;
const CODE_LINE = /^(\*?)([A-Z0-9]{3,7})\s*\t+\s*(.*?)\s*$/;

function editOf(no: number, title: string): MceEdit {
  const s = STATUS.exec(title);
  return s
    ? { no, title, status: s[1] as 'deactivated' | 'discontinued', since: s[2]! }
    : { no, title, status: 'active' };
}

const isHeading = (t: string): boolean =>
  t.length > 0 && t.length <= 80 && !/[.:;,]$/.test(t) && !t.includes('\t');

export function parseMce(text: string, file: string): MceDocument {
  const where = basename(file);
  const lines = [...numberedLines(text)];
  const version = /ICD-10 Version\s*\n?\s*(v[\d.]+)/.exec(text)?.[1];
  // The edit list of chapter 1.
  const intro = lines.findIndex(
    (l) => l.line.trim() === 'Below is a list of edits described in this chapter.',
  );
  if (intro < 0)
    throw badInput('no "Below is a list of edits described in this chapter." line', { file: where });
  const edits: MceEdit[] = [];
  let i = intro + 1;
  for (; i < lines.length; i++) {
    const m = /^(\d{1,2})\. (.+?)\s*$/.exec(lines[i]!.line);
    if (!m) break;
    edits.push(editOf(Number(m[1]), m[2]!));
  }
  if (edits.length === 0) throw badInput('the edit list is empty', { file: where, line: intro + 2 });
  const headingOf = new Map(edits.map((e) => [`${e.no}. ${e.title}`, e]));

  const doc: MceDocument = {
    ...(version ? { version } : {}),
    edits,
    codes: [],
    dischargeStatus: [],
    changes: [],
  };
  let edit: MceEdit | undefined;
  let sub = '';
  let subTitle = '';
  let group = '';
  let heading = '';
  let chapter2 = false;
  let change: { edit: string; change: string } | undefined;
  for (; i < lines.length; i++) {
    const { line, no } = lines[i]!;
    const t = line.trim();
    const place: Place = { file: where, line: no };
    if (t === '') continue;
    if (t === 'Chapter 2: Code list changes') {
      chapter2 = true;
      continue;
    }
    if (chapter2) {
      if (t === 'Index') break; // the index and page furniture follow
      const head = /^(\d{1,2}[A-G]?)\. (.+)$/.exec(t);
      if (head) {
        change = { edit: head[1]!, change: '' };
        continue;
      }
      const what = /^The following codes were (removed|added)/.exec(t);
      if (what && change) {
        change.change = what[1]!;
        continue;
      }
      const c = CODE_LINE.exec(line);
      if (c) {
        if (!change?.change)
          throw badInput('a changed code outside a "The following codes were …" list', place);
        doc.changes.push({
          edit: change.edit,
          change: change.change,
          code: c[2]!,
          description: c[3]!,
          line: no,
        });
      }
      continue;
    }
    const opened = headingOf.get(t);
    if (opened && (!edit || opened.no > edit.no)) {
      edit = opened;
      sub = subTitle = group = heading = '';
      continue;
    }
    if (!edit) continue;
    const code = CODE_LINE.exec(line);
    if (code) {
      const at = `${edit.no}${sub}${group ? `.${group}` : ''}|${heading}`;
      doc.codes.push({
        place: at,
        edit: edit.no,
        section: heading || subTitle || edit.title,
        code: code[2]!,
        description: code[3]!,
        flag: code[1]!,
        line: no,
      });
      continue;
    }
    const status = /^(\d{2}) = (.+)$/.exec(t);
    if (status && edit.no === 16) {
      doc.dischargeStatus.push({ code: status[1]!, description: status[2]!, line: no });
      continue;
    }
    const section = /^([A-G])\. (.+)$/.exec(t);
    if (section) {
      sub = section[1]!;
      subTitle = isHeading(t) ? t : '';
      group = heading = '';
      continue;
    }
    const numbered = /^(\d)\. (.+)$/.exec(t);
    if (numbered) {
      group = numbered[1]!;
      subTitle = t;
      heading = '';
      continue;
    }
    if (isHeading(t)) heading = t;
  }
  if (!edit) throw badInput('no edit section found after the edit list', { file: where });
  return doc;
}
