/**
 * @module cms/x12/rarc-csv
 * RARCs from a scrape of x12.org/codes/remittance-advice-remark-codes in CSV: code, description,
 * last_modified (the scrape's own timestamp). The page's dates and notes are glued to the end of
 * the description ("...inpatient.Start: 01/01/1997 | Stop: 08/01/2004Notes: Consider using M68")
 * and are split off here.
 */
import { readCsv } from '../common/csv.ts';
import { badInput } from '../common/source-text.ts';
import type { X12Code } from './code-list.ts';
import { datesAndNotes } from './carc-html.ts';

export function parseRarcCsv(text: string, where: string): X12Code[] {
  const out: X12Code[] = [];
  for (const r of readCsv(text, where, ['code', 'description'])) {
    const place = { file: where, line: r.line };
    const code = r.get('code');
    if (!/^(?:M|MA|N)\d{1,3}$/.test(code)) throw badInput(`"${code}" is not a RARC`, place);
    const raw = r.get('description');
    const at = raw.lastIndexOf('Start: ');
    if (at < 0) throw badInput(`RARC ${code} has no "Start:" date`, { ...place, field: 'description' });
    const description = raw.slice(0, at).trim();
    out.push({
      list: 'rarc',
      code,
      description,
      alert: /^Alert:/i.test(description),
      ...datesAndNotes(raw.slice(at), { ...place, field: 'description' }),
      line: r.line,
    });
  }
  if (out.length === 0) throw badInput('no RARC rows', { file: where });
  return out;
}
