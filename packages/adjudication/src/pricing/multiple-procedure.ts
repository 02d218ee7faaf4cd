/**
 * @module pricing/multiple-procedure
 * Multiple procedure payment rules (modifier 51) for procedures of one provider on one date,
 * by the PFS multiple procedure indicator (RVU file documentation, "Multiple Procedure
 * (Modifier 51)"; Medicare Claims Processing Manual, Pub. 100-04, chapter 12, §40.6):
 *   1  rank by fee schedule amount; pay 100%, 50%, 25%, 25%, 25% (more: by report, 25% here);
 *   2  rank by fee schedule amount; pay 100%, 50%, 50%, 50%, 50% (more: by report, 50% here);
 *   3  endoscopies of one family (same endoscopic base code) first: the highest at 100%, each
 *      other at its amount minus the base code's, the base itself nothing when billed with
 *      another of its family; the family then ranks as one procedure with the others;
 *   0, 9 and the diagnostic-imaging, therapy, cardiovascular and ophthalmology indicators (4-7)
 *      take no part here (4-7 are family-specific reductions of the technical component that
 *      this module does not apply: the line is priced at 100%, and says so).
 * Each unit of a line is one procedure. Ties keep claim order. Each reduced amount is rounded
 * half up to the cent.
 */
import { type Cents, multiplyCents } from '@medcode/domain';

export interface ProcedureUnit {
  /** Index of the line in the claim. */
  line: number;
  code: string;
  /** The unit's fee schedule amount before these rules (bilateral adjustment already applied). */
  fee: Cents;
  indicator: string;
  endoBase?: string;
  /** The base endoscopy's fee in the same setting, when the code has a base. */
  endoBaseFee?: Cents;
}

export interface ReducedUnit {
  unit: ProcedureUnit;
  fee: Cents;
  /** 1-based rank among the ranked procedures (a family shares its rank). */
  rank: number;
  percent: number;
  note?: string;
}

const PERCENTS: Record<string, readonly number[]> = {
  '1': [100, 50, 25, 25, 25],
  '2': [100, 50, 50, 50, 50],
  '3': [100, 50, 50, 50, 50],
};

const percentAt = (indicator: string, rank: number): number => {
  const list = PERCENTS[indicator] ?? [100];
  return list[Math.min(rank - 1, list.length - 1)]!;
};

interface Item {
  value: number;
  order: number;
  indicator: string;
  members: { unit: ProcedureUnit; fee: Cents; note?: string }[];
}

/** The multiple-endoscopy rule within one family; returns the family as one rankable item. */
function endoscopyFamily(units: ProcedureUnit[]): Item {
  const sorted = [...units].sort((a, b) => b.fee - a.fee || a.line - b.line);
  const members: Item['members'] = sorted.map((u, k) => {
    if (k === 0) return { unit: u, fee: u.fee };
    if (u.code === u.endoBase)
      return {
        unit: u,
        fee: 0 as Cents,
        note: 'base endoscopy billed with another of its family: not paid separately',
      };
    const fee = Math.max(0, u.fee - (u.endoBaseFee ?? 0)) as Cents;
    return { unit: u, fee, note: `endoscopy family ${u.endoBase}: paid its amount less the base code's` };
  });
  return {
    value: members.reduce((a, m) => a + m.fee, 0),
    order: Math.min(...units.map((u) => u.line)),
    indicator: '3',
    members,
  };
}

/**
 * Applies the rules to the procedures of one provider on one date. Units whose indicator is not
 * 1, 2 or 3, or a lone ranked procedure, come back at 100%.
 */
export function multipleProcedure(units: readonly ProcedureUnit[]): ReducedUnit[] {
  const ranked = units.filter((u) => u.indicator in PERCENTS);
  const out: ReducedUnit[] = units
    .filter((u) => !(u.indicator in PERCENTS))
    .map((u) => ({
      unit: u,
      fee: u.fee,
      rank: 0,
      percent: 100,
      ...('4567'.includes(u.indicator) && u.indicator !== ''
        ? { note: `multiple procedure indicator ${u.indicator}: family reduction not applied` }
        : {}),
    }));
  const families = new Map<string, ProcedureUnit[]>();
  const items: Item[] = [];
  for (const u of ranked) {
    if (u.indicator === '3' && u.endoBase) {
      const list = families.get(u.endoBase) ?? [];
      list.push(u);
      families.set(u.endoBase, list);
    } else
      items.push({ value: u.fee, order: u.line, indicator: u.indicator, members: [{ unit: u, fee: u.fee }] });
  }
  for (const fam of families.values()) items.push(endoscopyFamily(fam));
  items.sort((a, b) => b.value - a.value || a.order - b.order);
  const single = items.length === 1;
  items.forEach((item, k) => {
    const rank = k + 1;
    for (const m of item.members) {
      const percent = single ? 100 : percentAt(m.unit.indicator, rank);
      const fee = percent === 100 ? m.fee : multiplyCents(m.fee, percent / 100);
      out.push({ unit: m.unit, fee, rank, percent, ...(m.note ? { note: m.note } : {}) });
    }
  });
  return out;
}
