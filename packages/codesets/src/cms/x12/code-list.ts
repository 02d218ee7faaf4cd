/**
 * @module cms/x12/code-list
 * The X12 external code lists an 835 carries: Claim Adjustment Reason Codes (CARC, CAS segment)
 * and Remittance Advice Remark Codes (RARC, LQ*HE). X12 publishes them as web pages
 * (x12.org/codes/...), each code with a description and "Start", "Last Modified" and "Stop" dates
 * and notes. The lists are X12's, with redistribution terms unstated: Medcode loads them from
 * the customer's copy and never ships them.
 */
export interface X12Code {
  list: 'carc' | 'rarc';
  code: string;
  description: string;
  /** RARCs whose description starts "Alert:" are informational, not a reason. */
  alert: boolean;
  start?: string;
  lastModified?: string;
  /** The day the code stops: used through this date, deactivated after it. */
  stop?: string;
  notes?: string;
  line: number;
}

export const X12_CODE_SCHEMA = `
  CREATE TABLE x12_codes (
    list TEXT NOT NULL, code TEXT NOT NULL, description TEXT NOT NULL, alert INTEGER NOT NULL,
    start_date TEXT, last_modified TEXT, stop_date TEXT, notes TEXT, line INTEGER NOT NULL,
    PRIMARY KEY (list, code)
  ) WITHOUT ROWID;
`;
