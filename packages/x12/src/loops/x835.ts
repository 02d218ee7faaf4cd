/**
 * @module loops/x835
 * Loop structure of the 835 Health Care Claim Payment/Advice, ASC X12 TR3 005010X221A1: header
 * (BPR, TRN, CUR, REF, DTM), 1000A payer and 1000B payee, 2000 header number (LX, TS3, TS2),
 * 2100 claim payment (CLP, CAS, NM1, MIA, MOA, REF, DTM, PER, AMT, QTY), 2110 service payment
 * (SVC, DTM, CAS, REF, AMT, QTY, LQ) and the summary PLB. 2100 is also accepted without an LX.
 */
import { type LoopDef, loop, MANY } from './loop-def.ts';

const service = loop(
  '2110',
  'Service Payment Information',
  'SVC',
  { max: 999 },
  'DTM:3 CAS:99 REF:15 AMT:15 QTY:6 LQ:99',
);

const claim = loop(
  '2100',
  'Claim Payment Information',
  'CLP',
  { max: MANY, detached: true },
  'CAS:99 NM1:7 MIA MOA REF:15 DTM:4 PER:3 AMT:14 QTY:15',
  [service],
);

export const X835: LoopDef = loop(
  'HEADER',
  'Transaction Set Header',
  '',
  {},
  'BPR!! TRN!! CUR REF:2 DTM:2 PLB:999999',
  [
    loop('1000A', 'Payer Identification', 'N1:1=PR', { required: 'warn' }, 'N3 N4 REF:4 PER:3'),
    loop('1000B', 'Payee Identification', 'N1:1=PE', { required: 'warn' }, 'N3 N4 REF:5 RDM'),
    loop('2000', 'Header Number', 'LX', { max: MANY, detached: true }, 'TS3 TS2', [claim]),
    claim,
  ],
);
