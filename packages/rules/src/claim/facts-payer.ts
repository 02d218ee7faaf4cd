/**
 * @module claim/facts-payer
 * Facts and predicates payer packs read: authorization and referral on the claim, days since
 * the service, and the frequency of a service over the patient's history and this claim.
 */
import { addDays, daysBetween } from '@medcode/domain';
import { CodeList } from '../engine/code-list.ts';
import { type ClaimAlmanac, claimDos, claimBook as f, lineDos } from './book.ts';

f.define({
  name: 'claim.priorAuthorization',
  scope: 'claim',
  description: 'REF*G1 prior authorization number',
  compute: (a) => a.subject.priorAuthorization,
});

f.define<string | undefined>({
  name: 'claim.referringNpi',
  scope: 'claim',
  description: 'NPI of the referring provider (2310A), or of a line ordering/referring provider',
  compute: (a) =>
    a.subject.providers.find((p) => p.role === 'referring')?.npi ??
    a.subject.lines.flatMap((l) => l.providers).find((p) => p.role === 'referring' || p.role === 'ordering')
      ?.npi,
});

f.define<number>({
  name: 'claim.daysSinceService',
  scope: 'claim',
  description: 'days from the first date of service to the day of the check',
  compute: (a) => daysBetween(a.get(claimDos), a.env.today),
});

const lists = new WeakMap<object, CodeList>();
function codeList(v: unknown): CodeList {
  if (v instanceof CodeList) return v;
  const arr = Array.isArray(v) ? v : [v];
  let l = lists.get(arr);
  if (!l) {
    l = new CodeList(arr.map(String));
    lists.set(arr, l);
  }
  return l;
}

interface Occurrence {
  date: string;
  where: string;
}

/** Services of the listed codes in the window ending on the line's date, this line included. */
function occurrences(
  a: ClaimAlmanac,
  i: number,
  params: Readonly<Record<string, unknown>>,
): Occurrence[] | undefined {
  const list = codeList(params.procedures);
  const line = a.subject.lines[i]!;
  if (line.procedure === undefined || !list.has(line.procedure)) return undefined;
  const dos = a.get(lineDos, i);
  const start = addDays(dos, -(Number(params.days) - 1));
  const out: Occurrence[] = [];
  for (const h of a.env.history ?? [])
    if (h.date >= start && h.date <= dos && list.has(h.procedure))
      out.push({ date: h.date, where: h.claimId ? `claim ${h.claimId}` : 'history' });
  a.subject.lines.forEach((l, k) => {
    if (l.procedure === undefined || !list.has(l.procedure)) return;
    if (l.serviceDate < start || l.serviceDate > dos || (l.serviceDate === dos && k > i)) return;
    out.push({ date: l.serviceDate, where: `line ${l.lineNumber}` });
  });
  return out;
}

f.predicate({
  name: 'frequencyExceeded',
  description: 'more than `max` services of `procedures` in the `days` ending on the date of service',
  test: (a, i, _item, params) => (occurrences(a, i, params)?.length ?? 0) > Number(params.max),
  detail: (a, i, _item, params) => occurrences(a, i, params)?.map((o) => `${o.date} (${o.where})`),
});
