/**
 * @module plan/plan-year
 * The plan year a date falls in, named by its first day: with a plan year starting "07-01",
 * 2026-03-15 is in the plan year "2025-07-01". Accumulators and per-plan-year limits key on it.
 */
export function planYearOf(on: string, start: string): string {
  const year = Number(on.slice(0, 4));
  const mmdd = on.slice(5);
  return `${mmdd >= start ? year : year - 1}-${start}`;
}
