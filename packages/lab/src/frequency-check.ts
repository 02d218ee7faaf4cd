/**
 * @module frequency-check
 * Checks one ordered test against the frequency limits that apply to it: the NCD limits
 * (frequency.ts) for a diagnostic test, the screening benefit's own limit for a screening test.
 * Earlier orders come from the order (`priorOrders`); when the service does not know them, the
 * check says so rather than passing the test.
 */
import type { IsoDate } from '@medcode/domain';
import { type Citation, CodeList } from '@medcode/rules';
import { type FrequencyLimit, monthsBefore, NCD_FREQUENCY_LIMITS } from './frequency.ts';
import type { TestNecessity } from './necessity.ts';
import type { LabOrder } from './order.ts';

export interface FrequencyCheck {
  limit: string;
  title: string;
  max: number;
  months: number;
  /** Earlier orders of the listed tests inside the window. */
  earlier: { date: IsoDate; test: string; orderId?: string }[];
  /** Undefined when the earlier orders are unknown. */
  exceeded: boolean | undefined;
  /** First day the test would be within the limit again (when exceeded). */
  nextAllowed?: IsoDate;
  cite: Citation;
}

const lists = new Map<readonly string[], CodeList>();
const list = (codes: readonly string[]): CodeList => {
  let l = lists.get(codes);
  if (!l) {
    l = new CodeList(codes);
    lists.set(codes, l);
  }
  return l;
};

function applies(limit: FrequencyLimit, order: LabOrder): boolean {
  const dx = order.diagnoses;
  if (limit.whenDiagnosis && !dx.some((d) => list(limit.whenDiagnosis!).has(d))) return false;
  if (limit.unlessDiagnosis && dx.some((d) => list(limit.unlessDiagnosis!).has(d))) return false;
  return true;
}

/** The limits that apply to the test, checked against the earlier orders. */
export function frequencyChecks(
  order: LabOrder,
  index: number,
  necessity: TestNecessity,
  on: IsoDate,
): FrequencyCheck[] {
  const test = order.tests[index]!.code;
  const limits: {
    id: string;
    title: string;
    tests: readonly string[];
    max: number;
    months: number;
    cite: Citation;
  }[] = necessity.benefit
    ? [{ ...necessity.benefit }]
    : necessity.ncds.length > 0
      ? NCD_FREQUENCY_LIMITS.filter((l) => list(l.tests).has(test) && applies(l, order))
      : [];
  return limits.map((l) => {
    const start = monthsBefore(on, l.months);
    const known = order.priorOrders;
    const earlier = (known ?? []).flatMap((p) =>
      p.date > start && p.date <= on
        ? p.tests
            .filter((t) => list(l.tests).has(t))
            .map((t) => ({
              date: p.date,
              test: t as string,
              ...(p.orderId !== undefined ? { orderId: p.orderId } : {}),
            }))
        : [],
    );
    earlier.sort((a, b) => a.date.localeCompare(b.date));
    const exceeded = known === undefined ? undefined : earlier.length >= l.max;
    // The earliest of the last `max` earlier tests leaves the window `months` months after it.
    const oldest = exceeded ? earlier[earlier.length - l.max] : undefined;
    const nextAllowed = oldest ? (monthsBefore(oldest.date, -l.months) as IsoDate) : undefined;
    return {
      limit: l.id,
      title: l.title,
      max: l.max,
      months: l.months,
      earlier,
      exceeded,
      ...(nextAllowed !== undefined ? { nextAllowed } : {}),
      cite: l.cite,
    };
  });
}
