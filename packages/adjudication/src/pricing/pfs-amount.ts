/**
 * @module pricing/pfs-amount
 * The Medicare physician fee schedule amount of one PFS row in a setting and a locality.
 * Formula (National Physician Fee Schedule Relative Value File documentation, RVU25D/RVU26C):
 *   non-facility amount = [(work RVU × work GPCI) + (non-facility PE RVU × PE GPCI)
 *                          + (MP RVU × MP GPCI)] × conversion factor
 *   facility amount     = the same with the facility PE RVU.
 * RVUs have two decimals, GPCIs three and the conversion factor four, so the product is
 * computed exactly in integers (units of 10⁻⁹ dollar) and rounded once, half up, to the cent.
 */
import type { PfsRvu } from '@medcode/codesets';
import type { Cents } from '@medcode/domain';

/**
 * Places of service paid at the facility rate: Medicare Claims Processing Manual (Pub. 100-04),
 * chapter 12, §20.4.2 "Site of Service Payment Differential". Every other place of service
 * (office 11, home 12, telehealth in the home 10 since CY2024 ...) is paid at the non-facility rate.
 */
export const FACILITY_POS: ReadonlySet<string> = new Set([
  '02', // telehealth other than in the patient's home
  '19', // off-campus outpatient hospital
  '21', // inpatient hospital
  '22', // on-campus outpatient hospital
  '23', // emergency room, hospital
  '24', // ambulatory surgical center
  '26', // military treatment facility
  '31', // skilled nursing facility
  '34', // hospice
  '41', // ambulance, land
  '42', // ambulance, air or water
  '51', // inpatient psychiatric facility
  '52', // psychiatric facility, partial hospitalization
  '53', // community mental health center
  '56', // psychiatric residential treatment center
  '61', // comprehensive inpatient rehabilitation facility
]);

export type Setting = 'facility' | 'nonFacility';

export const settingFor = (pos: string | undefined): Setting =>
  pos !== undefined && FACILITY_POS.has(pos) ? 'facility' : 'nonFacility';

export interface GpciValues {
  work: number;
  pe: number;
  mp: number;
}

/** No locality given: every GPCI is 1.0 (the national amount). */
export const NATIONAL_GPCI: GpciValues = { work: 1, pe: 1, mp: 1 };

export interface PfsAmount {
  amount: Cents;
  /** The setting whose PE RVU priced the line (may differ from the place of service's: see `note`). */
  setting: Setting;
  peRvu: number;
  note?: string;
}

const scaled = (x: number, scale: number): number => Math.round(x * scale);

/** Rounds a non-negative count of `unit`-ths of a cent half up to whole cents, in integers. */
function roundHalfUp(value: number, unit: number): number {
  const q = Math.floor(value / unit);
  const r = value - q * unit;
  return 2 * r >= unit ? q + 1 : q;
}

/**
 * The fee schedule amount. A PE RVU marked "NA" for the setting (not priced there: the RVU file
 * documentation's "NA Indicator") falls back to the other setting's PE RVU, noted.
 */
export function pfsAmount(row: PfsRvu, setting: Setting, g: GpciValues = NATIONAL_GPCI): PfsAmount {
  let used: Setting = setting;
  let note: string | undefined;
  if (setting === 'nonFacility' && row.nonFacilityNa) {
    used = 'facility';
    note = 'non-facility PE RVU is NA (facility-only service): priced with the facility PE RVU';
  } else if (setting === 'facility' && row.facilityNa) {
    used = 'nonFacility';
    note = 'facility PE RVU is NA: priced with the non-facility PE RVU';
  }
  const pe = used === 'facility' ? row.peFacility : row.peNonFacility;
  // RVU × 100 and GPCI × 1000 are integers: their products are 10⁻⁵ RVU-units; × CF × 10⁴ gives 10⁻⁹ dollars.
  const rvuUnits =
    scaled(row.work, 100) * scaled(g.work, 1000) +
    scaled(pe, 100) * scaled(g.pe, 1000) +
    scaled(row.mp, 100) * scaled(g.mp, 1000);
  const nanoDollars = rvuUnits * scaled(row.conversionFactor, 10_000);
  // 10⁻⁹ dollar = 10⁻⁷ cent.
  const amount = roundHalfUp(nanoDollars, 10_000_000) as Cents;
  return { amount, setting: used, peRvu: pe, ...(note ? { note } : {}) };
}
