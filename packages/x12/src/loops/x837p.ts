/**
 * @module loops/x837p
 * Loop structure of the 837 Professional, ASC X12 TR3 005010X222A1: header, 1000A/B submitter
 * and receiver, 2000A billing provider (2010AA/AB/AC), 2000B subscriber (2010BA/BB), 2000C
 * patient (2010CA), 2300 claim (2310A-F claim providers, 2320/2330A-G other payers), 2400 line
 * (2410 drug, 2420A-H line providers, 2430 line adjudication, 2440 form). Segment maximums are
 * the sums of the TR3's uses of each segment in the loop.
 *
 * Leniency, on purpose: SV2 and CL1 are accepted in the 837P's claim and line loops (and SV1 in
 * the 837I's), because real senders mix them up; the mapper reads what it finds.
 */
import { type LoopDef, loop, MANY } from './loop-def.ts';

const nm1 = (id: string, name: string, codes: string, segments: string, max = 1): LoopDef =>
  loop(id, name, `NM1:1=${codes}`, { max }, `NM1!! ${segments}`);

/** 2330A-G (other subscriber, other payer and the other payer's providers). */
export const otherPayer837p = [
  nm1('2330A', 'Other Subscriber Name', 'IL', 'N3 N4 REF:3'),
  nm1('2330B', 'Other Payer Name', 'PR', 'N3 N4 DTP PER:2 REF:8'),
  nm1('2330C', 'Other Payer Referring Provider', 'DN,P3', 'REF:3', 2),
  nm1('2330D', 'Other Payer Rendering Provider', '82', 'REF:3'),
  nm1('2330E', 'Other Payer Service Facility Location', '77', 'REF:3'),
  nm1('2330F', 'Other Payer Supervising Provider', 'DQ', 'REF:3'),
  nm1('2330G', 'Other Payer Billing Provider', '85', 'REF:3'),
];

export const line837p = loop(
  '2400',
  'Service Line',
  'LX',
  { max: 50, required: 'warn' },
  'SV1 SV2 SV5 PWK:10 CR1 CR3 CRC:6 DTP:20 QTY:2 MEA:20 CN1 REF:20 AMT:3 K3:10 NTE:2 PS1 HCP',
  [
    loop('2410', 'Drug Identification', 'LIN', {}, 'CTP REF'),
    nm1('2420A', 'Rendering Provider Name', '82', 'PRV REF:20'),
    nm1('2420B', 'Purchased Service Provider Name', 'QB', 'REF:20'),
    nm1('2420C', 'Service Facility Location Name', '77', 'N3 N4 REF:20'),
    nm1('2420D', 'Supervising Provider Name', 'DQ', 'REF:20'),
    nm1('2420E', 'Ordering Provider Name', 'DK', 'N3 N4 REF:20 PER'),
    nm1('2420F', 'Referring Provider Name', 'DN,P3', 'PRV REF:20', 2),
    nm1('2420G', 'Ambulance Pick-up Location', 'PW', 'N3 N4'),
    nm1('2420H', 'Ambulance Drop-off Location', '45', 'N3 N4'),
    loop('2430', 'Line Adjudication Information', 'SVD', { max: 15 }, 'CAS:5 DTP AMT'),
    loop('2440', 'Form Identification Code', 'LQ', { max: MANY }, 'FRM:99'),
  ],
);

export const claim837p = loop(
  '2300',
  'Claim Information',
  'CLM',
  { max: 100, detached: true },
  'DTP:30 CL1 PWK:10 CN1 AMT:3 REF:20 K3:10 NTE:10 CR1 CR2 CRC:8 HI:30 HCP',
  [
    nm1('2310A', 'Referring Provider Name', 'DN,P3', 'PRV REF:3', 2),
    nm1('2310B', 'Rendering Provider Name', '82', 'PRV REF:4'),
    nm1('2310C', 'Service Facility Location Name', '77', 'N3 N4 REF:3 PER'),
    nm1('2310D', 'Supervising Provider Name', 'DQ', 'REF:4'),
    nm1('2310E', 'Ambulance Pick-up Location', 'PW', 'N3 N4'),
    nm1('2310F', 'Ambulance Drop-off Location', '45', 'N3 N4'),
    loop('2320', 'Other Subscriber Information', 'SBR', { max: 10 }, 'CAS:5 AMT:3 OI MOA', otherPayer837p),
    line837p,
  ],
);

/**
 * 2000B subscriber and 2000C patient levels around a claim loop: the same in 837P and 837I (the
 * claim sits under the subscriber when the patient is the subscriber, under 2000C otherwise).
 */
export const subscriberLevels = (claim: LoopDef): LoopDef =>
  loop('2000B', 'Subscriber Hierarchical Level', 'HL:3=22', { max: MANY, detached: true }, 'SBR! PAT', [
    loop('2010BA', 'Subscriber Name', 'NM1:1=IL', { required: 'warn' }, 'NM1!! N3 N4 DMG REF:5'),
    loop('2010BB', 'Payer Name', 'NM1:1=PR', { required: 'warn' }, 'NM1!! N3 N4 REF:5'),
    loop('2000C', 'Patient Hierarchical Level', 'HL:3=23', { max: MANY, detached: true }, 'PAT!', [
      nm1('2010CA', 'Patient Name', 'QC', 'N3! N4! DMG! REF:6'),
      claim,
    ]),
    claim,
  ]);

export const billing = (sub: LoopDef): LoopDef =>
  loop(
    '2000A',
    'Billing Provider Hierarchical Level',
    'HL:3=20',
    { max: MANY, detached: true, required: 'error' },
    'PRV CUR',
    [
      loop('2010AA', 'Billing Provider Name', 'NM1:1=85', { required: 'warn' }, 'NM1!! N3! N4! REF:3 PER:2'),
      loop('2010AB', 'Pay-to Address Name', 'NM1:1=87', {}, 'NM1!! N3! N4!'),
      loop('2010AC', 'Pay-to Plan Name', 'NM1:1=PE', {}, 'NM1!! N3 N4 REF:2'),
      sub,
    ],
  );

export const header = (detail: LoopDef): LoopDef =>
  loop('HEADER', 'Transaction Set Header', '', {}, 'BHT!! REF', [
    loop('1000A', 'Submitter Name', 'NM1:1=41', { required: 'warn' }, 'NM1!! PER:2!'),
    loop('1000B', 'Receiver Name', 'NM1:1=40', { required: 'warn' }, 'NM1!!'),
    detail,
  ]);

export const X837P: LoopDef = header(billing(subscriberLevels(claim837p)));
