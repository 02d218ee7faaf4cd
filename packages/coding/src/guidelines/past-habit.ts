/**
 * @module guidelines/past-habit
 * A dependence the note says the patient has given up is coded as its history, not dropped:
 * "former smoker", "quit smoking in 2010", "she used to be a smoker" (Index: "History, personal
 * (of), nicotine dependence Z87.891"; tabular Z87.891 Excludes1 "current nicotine dependence
 * (F17.2-)"; Guidelines I.C.21.c.4, personal history codes explain a condition that no longer
 * exists). Written as data: the current category → its personal history code, and the
 * historical triggers (context/triggers.ts) that say the habit ended. "History of smoking"
 * alone does not say it ended, and stays uncoded.
 */

export interface PastHabit {
  current: RegExp;
  history: string;
  /** The index path of the history code, shown as the suggestion's path. */
  path: readonly string[];
}

export const PAST_HABIT: readonly PastHabit[] = [
  { current: /^F17\.2/, history: 'Z87.891', path: ['History', 'personal (of)', 'nicotine dependence'] },
];

/** Triggers that say a habit ended. */
export const ENDED: ReadonlySet<string> = new Set([
  'former',
  'quit',
  'stopped',
  'gave up',
  'ceased',
  'used to',
]);

/** The habit whose current code this is, if the table has one. */
export const habitOf = (code: string): PastHabit | undefined => PAST_HABIT.find((h) => h.current.test(code));

/** The habit of a dependence said to have ended by one of `triggers`, if its code has one. */
export function pastHabit(code: string, triggers: readonly string[]): PastHabit | undefined {
  return triggers.some((t) => ENDED.has(t.toLowerCase())) ? habitOf(code) : undefined;
}
