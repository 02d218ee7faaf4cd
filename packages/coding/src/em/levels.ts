/**
 * @module em/levels
 * Office or other outpatient E/M level (CPT 99202-99205 new, 99212-99215 established) from
 * medical decision making or total time, per the AMA CPT E/M guidelines effective January 1,
 * 2021 ("Table 1 - Levels of Medical Decision Making"): the level of MDM is the one at which
 * two of the three elements (problems addressed, data reviewed and analysed, risk of patient
 * management) are met or exceeded. Time: total practitioner time on the date of the encounter.
 * Either may select the level; the higher of the two is reported here and both are shown.
 */

export type MdmLevel = 'straightforward' | 'low' | 'moderate' | 'high';
/** Element levels: 'minimal' for problems/risk, 'none' for data, map to rank 0. */
export type ElementLevel = 'minimal' | 'low' | 'moderate' | 'high';

export const MDM_RANK: Readonly<Record<MdmLevel, number>> = {
  straightforward: 0,
  low: 1,
  moderate: 2,
  high: 3,
};
const MDM_BY_RANK: readonly MdmLevel[] = ['straightforward', 'low', 'moderate', 'high'];
const ELEMENT_RANK: Readonly<Record<ElementLevel, number>> = { minimal: 0, low: 1, moderate: 2, high: 3 };

export type PatientStatus = 'new' | 'established';

const CODES: Readonly<Record<PatientStatus, readonly string[]>> = {
  new: ['99202', '99203', '99204', '99205'],
  established: ['99212', '99213', '99214', '99215'],
};

/**
 * Minimum total minutes per level (CPT 2021: 99202 15-29, 99203 30-44, 99204 45-59, 99205
 * 60-74; 99212 10-19, 99213 20-29, 99214 30-39, 99215 40-54; the 2024 edition keeps the lower
 * bounds as "must be met or exceeded").
 */
const TIME_FLOOR: Readonly<Record<PatientStatus, readonly number[]>> = {
  new: [15, 30, 45, 60],
  established: [10, 20, 30, 40],
};

/** Two of three met or exceeded: the middle of the three ranks. */
export function mdmLevel(problems: ElementLevel, data: ElementLevel, risk: ElementLevel): MdmLevel {
  const ranks = [ELEMENT_RANK[problems], ELEMENT_RANK[data], ELEMENT_RANK[risk]].sort((a, b) => a - b);
  return MDM_BY_RANK[ranks[1]!]!;
}

/** The level that total time supports (index 0-3), or undefined below the lowest floor. */
export function timeRank(status: PatientStatus, minutes: number): number | undefined {
  const floors = TIME_FLOOR[status];
  let rank: number | undefined;
  floors.forEach((f, i) => {
    if (minutes >= f) rank = i;
  });
  return rank;
}

export function emCode(status: PatientStatus, rank: number): string {
  return CODES[status][Math.max(0, Math.min(3, rank))]!;
}
