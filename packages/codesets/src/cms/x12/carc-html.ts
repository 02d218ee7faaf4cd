/**
 * @module cms/x12/carc-html
 * CARCs from the saved x12.org page (claim-adjustment-reason-codes), the most complete copy on
 * hand (numeric and alphanumeric codes, current and deactivated). Each code is one row:
 *
 *   <tr class="prod-set current|deactivated"><td class="code">B5</td><td class="description">
 *   TEXT<span class="dates"><br>Start: 01/01/1995 | Last Modified: 11/01/2015 | Stop: 05/01/2016
 *   <br><i>Notes: ...</i></span></td></tr>
 */
import type { Place } from '@medcode/domain';
import { mmddyyyy } from '../common/dates.ts';
import { opt } from '../common/optional.ts';
import { badInput } from '../common/source-text.ts';
import type { X12Code } from './code-list.ts';

const ROW = /<tr class="prod-set ([a-z]+)">([\s\S]*?)<\/tr>/g;
const CELLS =
  /^<td class="code">([^<]*)<\/td><td class="description">([\s\S]*?)<span class="dates">([\s\S]*?)<\/span><\/td>$/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
};

export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Start: 01/01/1995 | Last Modified: 11/01/2015 | Stop: 05/01/2016" then "Notes: ...". The
 * parts come in either order ("Stop" sometimes before "Last Modified"); Start is always there.
 */
export function datesAndNotes(
  text: string,
  place: Place,
): Pick<X12Code, 'start' | 'lastModified' | 'stop' | 'notes'> {
  const cut = text.indexOf('Notes:');
  const dates = (cut < 0 ? text : text.slice(0, cut)).trim();
  const notes = cut < 0 ? undefined : text.slice(cut + 6).trim() || undefined;
  const found: Record<string, string | undefined> = {};
  for (const part of dates.split('|')) {
    const m = /^\s*(Start|Last Modified|Stop): ([\d/]+)\s*$/.exec(part);
    if (!m || found[m[1]!] !== undefined)
      throw badInput(
        `dates not in the "Start: … | Last Modified: … | Stop: …" form: "${dates.slice(0, 80)}"`,
        place,
      );
    found[m[1]!] = mmddyyyy(m[2]!, { ...place, field: m[1]! });
  }
  if (found.Start === undefined) throw badInput(`no Start date: "${dates.slice(0, 80)}"`, place);
  return {
    ...opt('start', found.Start),
    ...opt('lastModified', found['Last Modified']),
    ...opt('stop', found.Stop),
    ...opt('notes', notes),
  };
}

export function parseCarcHtml(html: string, where: string): X12Code[] {
  const out: X12Code[] = [];
  // Line numbers for error places, counted once up to each row.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (let i = html.indexOf('\n', counted); i >= 0 && i < offset; i = html.indexOf('\n', i + 1)) line++;
    counted = offset;
    return line;
  };
  for (const m of html.matchAll(ROW)) {
    const place = { file: where, line: lineAt(m.index) };
    const cells = CELLS.exec(m[2]!.trim());
    if (!cells) throw badInput('a code row without code, description and dates cells', place);
    const code = htmlText(cells[1]!);
    if (!/^[A-Z]{0,2}\d{1,3}$/.test(code)) throw badInput(`"${code}" is not a CARC`, place);
    const dates = datesAndNotes(htmlText(cells[3]!), place);
    if (m[1] === 'deactivated' && dates.stop === undefined)
      throw badInput(`CARC ${code} is marked deactivated but has no Stop date`, place);
    out.push({
      list: 'carc',
      code,
      description: htmlText(cells[2]!),
      alert: false,
      ...dates,
      line: place.line,
    });
  }
  if (out.length === 0) throw badInput('no CARC rows (tr class="prod-set …") in the page', { file: where });
  return out;
}
