/**
 * @module remittance
 * A payer's remittance advice: what it paid, adjusted and denied, claim by claim and line by
 * line. The shape of the X12 835 (005010X221A1), kept as plain data so that an adjudicator can
 * produce one and a biller can read one. Field comments name the 835 element each comes from.
 */
import type { Address, Adjustment, DateSpan, PersonName } from './claim.ts';
import type { HcpcsCode, Modifier, RevenueCode } from './codes.ts';
import type { IsoDate } from './dates.ts';
import type { Npi } from './identifiers.ts';
import { type Cents, sumCents } from './money.ts';

/** BPR: the money movement (or its absence) that the remittance explains. */
export interface PaymentInfo {
  /** BPR01: C payment with remittance, I remittance only, H notification only, P prenotification, U split, X option. */
  handling: string;
  /** BPR02: total actual provider payment. */
  amount: Cents;
  /** BPR03: C credit, D debit. */
  creditDebit: 'C' | 'D';
  /** BPR04: ACH, BOP, CHK, FWT, NON. */
  method: string;
  /** BPR05: CCP or CTX when the method is ACH. */
  format?: string;
  /** BPR06-09: the payer's bank (DFI qualifier, DFI number, account qualifier, account number). */
  payerBank?: BankAccount;
  /** BPR10: the payer's originating company identifier. */
  originatingCompanyId?: string;
  /** BPR12-15: the payee's bank. */
  payeeBank?: BankAccount;
  /** BPR16: check issue or EFT effective date. */
  date: IsoDate;
}

export interface BankAccount {
  dfiQualifier: string; // 01 ABA, 04 Canadian
  dfiNumber: string;
  accountQualifier?: string; // DA demand deposit
  accountNumber: string;
}

/** N1 loops 1000A (payer, N1*PR) and 1000B (payee, N1*PE). */
export interface RemittanceParty {
  name: string; // N102
  /** N103: XV CMS plan id, FI tax id, XX NPI. */
  idQualifier?: string;
  id?: string; // N104
  address?: Address; // N3/N4
  /** 1000A REF*2U payer identification, 1000B REF*TJ tax id. */
  additionalId?: { qualifier: string; id: string };
}

/** One NM1 person in the 2100 loop (patient QC, insured IL, corrected patient 74). */
export interface RemittancePerson {
  name: PersonName;
  idQualifier?: string; // NM108: MI member id, HN HIC number ...
  id?: string; // NM109
}

/** SVC and its 2110 loop: the payer's decision on one service line. */
export interface ServicePayment {
  /** SVC01-1 when it is not HC/NU: AD (ADA), ER, IV, N4 (NDC), WK, ...; with `code` below. */
  otherProcedure?: { qualifier: string; code: string };
  /** SVC01-2 with SVC01-1 = HC. */
  procedure?: HcpcsCode;
  /** SVC01-3..6. */
  modifiers: Modifier[];
  /** SVC01-2 with SVC01-1 = NU, or SVC04. */
  revenueCode?: RevenueCode;
  billed: Cents; // SVC02
  paid: Cents; // SVC03
  /** SVC05: paid units of service (1 when absent). */
  units?: number;
  /** SVC06-1/-2 and SVC07: the procedure and units as submitted, when the payer changed them. */
  submitted?: { qualifier: string; code: string; units?: number };
  /** DTM*472, or DTM*150/151 for a span. */
  serviceDate?: IsoDate;
  serviceDateTo?: IsoDate;
  /** REF*6R: the submitter's line item control number. */
  controlNumber?: string;
  adjustments: Adjustment[]; // CAS in 2110
  /** AMT*B6. */
  allowed?: Cents;
  /** LQ*HE: remittance advice remark codes (RARC). */
  remarks: string[];
}

/** CLP and its 2100 loop: the payer's decision on one claim. */
export interface ClaimPayment {
  claimId: string; // CLP01 (the submitter's patient control number, CLM01)
  /** CLP02: 1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 19-23 forwarded/reversal, 25 predetermination. */
  status: string;
  billed: Cents; // CLP03
  paid: Cents; // CLP04
  patientResponsibility?: Cents; // CLP05
  filingIndicator: string; // CLP06: MB, MC, 12, 13, CI, HM ...
  payerClaimControlNumber?: string; // CLP07
  facilityType?: string; // CLP08 (from CLM05-1)
  frequencyCode?: string; // CLP09
  drg?: string; // CLP11
  adjustments: Adjustment[]; // claim-level CAS
  patient: RemittancePerson; // NM1*QC
  insured?: RemittancePerson; // NM1*IL
  renderingProvider?: { name: PersonName; entity: 'person' | 'organization'; npi?: Npi }; // NM1*82
  /** MOA03-07 / MIA remark codes at claim level. */
  remarks: string[];
  statement?: DateSpan; // DTM*232 / DTM*233
  received?: IsoDate; // DTM*050
  /** AMT*AU: coverage amount. */
  coverageAmount?: Cents;
  services: ServicePayment[];
}

/** PLB: an adjustment to the provider's payment not tied to one claim (interest, recoupment ...). */
export interface ProviderAdjustment {
  providerId: string; // PLB01
  fiscalPeriodEnd: IsoDate; // PLB02
  /** PLB03-14 pairs: reason (C042-1, e.g. L6 interest, WO overpayment recovery), reference (C042-2), amount. */
  items: { reason: string; reference?: string; amount: Cents }[];
}

export interface Remittance {
  payment: PaymentInfo;
  /** TRN: the check or EFT trace number and the payer's originating company id. */
  trace: { number: string; originatorId: string; supplemental?: string };
  /** DTM*405 production date. */
  productionDate?: IsoDate;
  /** REF*EV: the receiver identification. */
  receiverId?: string;
  payer: RemittanceParty;
  payee: RemittanceParty;
  /** 2000 header number (LX01) per group of claims; claims are kept in file order. */
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
}

const casTotal = (adjustments: readonly Adjustment[]): Cents => sumCents(adjustments.map((a) => a.amount));

/**
 * The balancing rules of the 835 TR3 (005010X221A1 section 1.10.2): a service line balances when
 * billed − paid = its CAS; a claim when billed − paid = claim CAS + every line's CAS; the
 * transaction when BPR02 = Σ CLP04 − Σ PLB amounts. Returns one sentence per broken rule.
 */
export function remittanceImbalances(r: Remittance): string[] {
  const out: string[] = [];
  let paid = 0;
  for (const c of r.claims) {
    paid += c.paid;
    let lineCas = 0;
    for (const [i, s] of c.services.entries()) {
      const cas = casTotal(s.adjustments);
      lineCas += cas;
      if (s.billed - s.paid !== cas)
        out.push(
          `claim ${c.claimId} line ${i + 1}: billed ${s.billed} − paid ${s.paid} ≠ adjustments ${cas} (cents)`,
        );
    }
    const claimCas = casTotal(c.adjustments) + lineCas;
    if (c.billed - c.paid !== claimCas)
      out.push(`claim ${c.claimId}: billed ${c.billed} − paid ${c.paid} ≠ adjustments ${claimCas} (cents)`);
  }
  const plb = r.providerAdjustments.reduce((a, p) => a + p.items.reduce((b, i) => b + i.amount, 0), 0);
  if (r.payment.amount !== paid - plb)
    out.push(`BPR02 ${r.payment.amount} ≠ claim payments ${paid} − provider adjustments ${plb} (cents)`);
  return out;
}

/** BPR02 as the balancing rule requires it: Σ CLP04 − Σ PLB. */
export function remittanceTotal(claims: readonly ClaimPayment[], plb: readonly ProviderAdjustment[]): Cents {
  const paid = claims.reduce((a, c) => a + c.paid, 0);
  const adj = plb.reduce((a, p) => a + p.items.reduce((b, i) => b + i.amount, 0), 0);
  return (paid - adj) as Cents;
}
