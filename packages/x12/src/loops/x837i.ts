/**
 * @module loops/x837i
 * Loop structure of the 837 Institutional, ASC X12 TR3 005010X223A2 (A3 errata): the same
 * header, billing provider, subscriber and patient levels as the 837P, with the institutional
 * claim (CL1, HI for principal/admitting/other diagnoses, procedures, occurrence, value and
 * condition codes), 2310A-F attending, operating, other operating, rendering, service facility
 * and referring providers, 2330A-I other payer loops, and 2400 lines (SV2) with 2420A-D.
 */
import { type LoopDef, loop } from './loop-def.ts';
import { billing, header, subscriberLevels } from './x837p.ts';

const nm1 = (id: string, name: string, codes: string, segments: string, max = 1): LoopDef =>
  loop(id, name, `NM1:1=${codes}`, { max }, `NM1!! ${segments}`);

const otherPayer = [
  nm1('2330A', 'Other Subscriber Name', 'IL', 'N3 N4 REF:3'),
  nm1('2330B', 'Other Payer Name', 'PR', 'N3 N4 DTP PER:2 REF:8'),
  nm1('2330C', 'Other Payer Attending Provider', '71', 'REF:3'),
  nm1('2330D', 'Other Payer Operating Physician', '72', 'REF:3'),
  nm1('2330E', 'Other Payer Other Operating Physician', 'ZZ', 'REF:3'),
  nm1('2330F', 'Other Payer Service Facility Location', '77', 'REF:3'),
  nm1('2330G', 'Other Payer Rendering Provider Name', '82', 'REF:3'),
  nm1('2330H', 'Other Payer Referring Provider', 'DN', 'REF:3'),
  nm1('2330I', 'Other Payer Billing Provider', '85', 'REF:3'),
];

const line = loop(
  '2400',
  'Service Line Number',
  'LX',
  { max: 999, required: 'warn' },
  'SV2 SV1 PWK:10 DTP:20 REF:20 AMT:3 NTE:2 HCP',
  [
    loop('2410', 'Drug Identification', 'LIN', {}, 'CTP REF'),
    nm1('2420A', 'Operating Physician Name', '72', 'REF:20'),
    nm1('2420B', 'Other Operating Physician Name', 'ZZ', 'REF:20'),
    nm1('2420C', 'Rendering Provider Name', '82', 'REF:20'),
    nm1('2420D', 'Referring Provider Name', 'DN', 'REF:20'),
    loop('2430', 'Line Adjudication Information', 'SVD', { max: 15 }, 'CAS:5 DTP AMT'),
  ],
);

const claim = loop(
  '2300',
  'Claim Information',
  'CLM',
  { max: 100, detached: true },
  'DTP:30 CL1 PWK:10 CN1 AMT:3 REF:20 K3:10 NTE:11 CRC:8 CR1 CR2 HI:40 HCP',
  [
    nm1('2310A', 'Attending Provider Name', '71', 'PRV REF:4'),
    nm1('2310B', 'Operating Physician Name', '72', 'REF:4'),
    nm1('2310C', 'Other Operating Physician Name', 'ZZ', 'REF:4'),
    nm1('2310D', 'Rendering Provider Name', '82', 'PRV REF:4'),
    nm1('2310E', 'Service Facility Location Name', '77', 'N3 N4 REF:3'),
    nm1('2310F', 'Referring Provider Name', 'DN', 'REF:3'),
    loop('2320', 'Other Subscriber Information', 'SBR', { max: 10 }, 'CAS:5 AMT:3 OI MIA MOA', otherPayer),
    line,
  ],
);

export const X837I: LoopDef = header(billing(subscriberLevels(claim)));
