/**
 * @module acknowledgment
 * What a receiver answers about a file: the 999 implementation acknowledgment (005010X231A1:
 * was each transaction set syntactically acceptable?), the TA1 interchange acknowledgment, and
 * the 277CA claim acknowledgment (005010X214: was each claim accepted into adjudication?).
 * Codes are the X12 ones, kept as strings so that a value read from a file survives as sent.
 */
import type { DateSpan, PersonName } from './claim.ts';
import type { IsoDate } from './dates.ts';
import type { Npi } from './identifiers.ts';
import type { Cents } from './money.ts';

/** IK501 / AK901: A accepted, E accepted with errors noted, P partially accepted (AK9 only), R rejected. */
export type AckCode = 'A' | 'E' | 'P' | 'R' | 'M' | 'W' | 'X';

/** IK4: one bad data element. */
export interface ElementError {
  /** IK401-1: 1-based element position in the segment. */
  position: number;
  /** IK401-2: 1-based component position, for a composite. */
  component?: number;
  /** IK401-3: 1-based repetition, for a repeating element. */
  repetition?: number;
  /** IK402: data element reference number (166 for N301 ...). */
  reference?: string;
  /** IK403: 1 required missing, 4 too short, 5 too long, 6 invalid character, 7 invalid code, 8 invalid date ... */
  code: string;
  /** IK404: a copy of the bad element, when there was one. */
  badValue?: string;
}

/** IK3 (with its IK4s): one segment in error. */
export interface SegmentError {
  segmentId: string; // IK301
  /** IK302: position in the transaction set, ST being 1. */
  position: number;
  loopId?: string; // IK303
  /** IK304: 1 unrecognized, 2 unexpected, 3 required missing, 4 loop over max, 5 over max use, 8 has element errors ... */
  code: string;
  /** CTX business unit: e.g. CLM01 and the claim id, when the error sits in a claim. */
  businessUnit?: { name: string; value: string };
  elements: ElementError[];
}

/** AK2 ... IK5: the answer for one transaction set. */
export interface TransactionSetAck {
  setId: string; // AK201 (ST01)
  controlNumber: string; // AK202 (ST02)
  conventionReference?: string; // AK203 (ST03)
  code: AckCode; // IK501
  /** IK502-06: 1 not supported, 2 trailer missing, 3 control numbers differ, 4 count wrong, 5 segments in error ... */
  errors: string[];
  segments: SegmentError[];
}

/** AK1 ... AK9: the answer for one functional group: one 999 transaction set. */
export interface FunctionalGroupAck {
  functionalId: string; // AK101 (GS01)
  groupControlNumber: string; // AK102 (GS06)
  version?: string; // AK103 (GS08)
  transactions: TransactionSetAck[];
  code: AckCode; // AK901
  included: number; // AK902 (GE01 as sent)
  received: number; // AK903
  accepted: number; // AK904
  /** AK905-09: 1 not supported, 2 version not supported, 3 trailer missing, 4 control numbers differ, 5 count wrong. */
  errors: string[];
}

/** TA1: the answer about an interchange envelope itself. */
export interface InterchangeAck {
  controlNumber: string; // TA101 (ISA13)
  date: string; // TA102 (ISA09, YYMMDD)
  time: string; // TA103 (ISA10, HHMM)
  code: 'A' | 'E' | 'R'; // TA104
  /** TA105: 000 no error, 001 control numbers differ, 021 group count wrong, 023 premature end of file ... */
  noteCode: string;
}

/** Everything a receiver acknowledges about one interchange. */
export interface InterchangeAcknowledgment {
  interchange?: InterchangeAck;
  groups: FunctionalGroupAck[];
}

/** STC01: a claim status category (A1 received, A2 accepted, A3 returned unprocessable, A7 rejected ...), a status code and an entity. */
export interface ClaimStatusCode {
  category: string;
  status: string;
  entity?: string;
}

/** One claim in a 277CA (2200D): accepted into adjudication or rejected, with why. */
export interface ClaimAcknowledgment {
  claimId: string; // TRN02 (CLM01)
  status: 'accepted' | 'rejected';
  /** STC01, STC10, STC11. */
  codes: ClaimStatusCode[];
  /** STC12: free-form message. */
  message?: string;
  totalCharge: Cents; // STC04
  payerClaimControlNumber?: string; // REF*1K
  clearinghouseTrace?: string; // REF*D9
  billType?: string; // REF*BLT (institutional)
  serviceDate?: DateSpan; // DTP*472
  patient: { name: PersonName; memberId: string }; // 2100D NM1*QC
  billingProvider: { name: string; npi?: Npi; taxId?: string }; // 2100C NM1*85
}

/** The 277CA: one information source answering one information receiver about its claims. */
export interface ClaimAcknowledgmentReport {
  source: { name: string; id: string; idQualifier: string }; // 2100A NM1*PR (or AY clearinghouse)
  receiver: { name: string; id: string; idQualifier: string }; // 2100B NM1*41
  /** DTP*050 received, DTP*009 processed. */
  received: IsoDate;
  processed: IsoDate;
  claims: ClaimAcknowledgment[];
}
