/**
 * @module claim/context
 * What a claim check reads besides the claim: the tables, today's date (never the clock: the
 * caller says what "today" is, so a check is reproducible), the provider setting that picks the
 * NCCI tables, and the patient's earlier services when the caller has them (frequency limits).
 */
import type { HcpcsCode, IsoDate, Modifier } from '@medcode/domain';
import type { MueSetting, PtpSetting, ScrubTables } from '../tables.ts';

/** A service the patient had before this claim (from the practice's or payer's history). */
export interface PriorService {
  procedure: HcpcsCode;
  date: IsoDate;
  units?: number;
  modifiers?: readonly Modifier[];
  /** The claim it was billed on, for messages. */
  claimId?: string;
}

export interface ClaimContext {
  tables: ScrubTables;
  /** The date the check runs (filing date for timely-filing limits, "future" dates of service). */
  today: IsoDate;
  /** NCCI tables to apply: practitioner (837P default) or hospital outpatient (837I default). */
  ptpSetting?: PtpSetting;
  mueSetting?: MueSetting;
  /** Earlier services of the same patient, oldest first. */
  history?: readonly PriorService[];
}
