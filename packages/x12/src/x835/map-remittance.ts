/**
 * @module x835/map-remittance
 * 835 loops (005010X221A1) to the remittance model: the header (BPR, TRN, REF*EV, DTM*405, PLB),
 * 1000A payer and 1000B payee (N1, N3/N4, REF), each 2100 claim payment (CLP, CAS, NM1 QC/IL/82,
 * MOA/MIA remarks, DTM 232/233/050, AMT*AU) and its 2110 service payments (SVC, DTM 472/150/151,
 * CAS, REF*6R, AMT*B6, LQ*HE).
 */
import {
  type BankAccount,
  type ClaimPayment,
  type Modifier,
  type PaymentInfo,
  type ProviderAdjustment,
  parseCents,
  parseHcpcs,
  parseModifier,
  parseRevenueCode,
  type RemittanceParty,
  type RemittancePerson,
  type RevenueCode,
  type ServicePayment,
  uncheckedNpi,
} from '@medcode/domain';
import { child, type LoopNode, seg, segs } from '../loops/loop-node.ts';
import { comps, el, type X12Segment } from '../syntax/segment.ts';
import { adjustments } from '../x837/map-cob.ts';
import {
  amount,
  date,
  type MapContext,
  optAmount,
  put,
  quantity,
  report,
  take,
} from '../x837/map-context.ts';
import { address } from '../x837/map-parties.ts';

export function payment(ctx: MapContext, root: LoopNode): PaymentInfo | undefined {
  const bpr = seg(root, 'BPR');
  if (bpr === undefined) return undefined;
  const cd = el(bpr, 3);
  const p: PaymentInfo = {
    handling: el(bpr, 1),
    amount: amount(ctx, bpr, root, 2),
    creditDebit: cd === 'D' ? 'D' : 'C',
    method: el(bpr, 4),
    date: date(ctx, bpr, root, 16) ?? ('' as PaymentInfo['date']),
  };
  if (cd !== 'C' && cd !== 'D')
    report(ctx, 'x12.claim.code', `BPR03 "${cd}" is not C or D`, bpr, root, 3, undefined, cd);
  if (el(bpr, 16) === '') report(ctx, 'x12.claim.value', 'BPR16 (payment date) is missing', bpr, root, 16);
  put(p, 'format', el(bpr, 5));
  put(p, 'payerBank', bank(bpr, 6));
  put(p, 'originatingCompanyId', el(bpr, 10));
  put(p, 'payeeBank', bank(bpr, 12));
  return p;
}

function bank(bpr: X12Segment, i: number): BankAccount | undefined {
  if (el(bpr, i) === '' && el(bpr, i + 1) === '' && el(bpr, i + 3) === '') return undefined;
  const b: BankAccount = {
    dfiQualifier: el(bpr, i),
    dfiNumber: el(bpr, i + 1),
    accountNumber: el(bpr, i + 3),
  };
  put(b, 'accountQualifier', el(bpr, i + 2));
  return b;
}

export function party(node: LoopNode | undefined): RemittanceParty {
  if (node === undefined) return { name: '' };
  const n1 = seg(node, 'N1')!;
  const p: RemittanceParty = { name: el(n1, 2) };
  put(p, 'idQualifier', el(n1, 3));
  put(p, 'id', el(n1, 4));
  put(p, 'address', address(node));
  const ref = seg(node, 'REF');
  if (ref !== undefined) p.additionalId = { qualifier: el(ref, 1), id: el(ref, 2) };
  return p;
}

export function header(root: LoopNode): { payer: RemittanceParty; payee: RemittanceParty } {
  return { payer: party(child(root, '1000A')), payee: party(child(root, '1000B')) };
}

function person(s: X12Segment | undefined): RemittancePerson | undefined {
  if (s === undefined) return undefined;
  const p: RemittancePerson = { name: { last: el(s, 3) } };
  put(p.name, 'first', el(s, 4));
  put(p.name, 'middle', el(s, 5));
  put(p.name, 'suffix', el(s, 7));
  put(p, 'idQualifier', el(s, 8));
  put(p, 'id', el(s, 9));
  return p;
}

export function claimPayment(ctx: MapContext, loop: LoopNode): ClaimPayment {
  const clp = seg(loop, 'CLP')!;
  const c: ClaimPayment = {
    claimId: el(clp, 1),
    status: el(clp, 2),
    billed: amount(ctx, clp, loop, 3),
    paid: amount(ctx, clp, loop, 4),
    filingIndicator: el(clp, 6),
    adjustments: adjustments(ctx, loop),
    patient: person(seg(loop, 'NM1', 1, 'QC')) ?? { name: { last: '' } },
    remarks: [],
    services: [],
  };
  put(c, 'patientResponsibility', optAmount(ctx, clp, loop, 5));
  put(c, 'payerClaimControlNumber', el(clp, 7));
  put(c, 'facilityType', el(clp, 8));
  put(c, 'frequencyCode', el(clp, 9));
  put(c, 'drg', el(clp, 11));
  put(c, 'insured', person(seg(loop, 'NM1', 1, 'IL')));
  const rendering = seg(loop, 'NM1', 1, '82');
  if (rendering !== undefined) {
    const r: ClaimPayment['renderingProvider'] & object = {
      name: person(rendering)!.name,
      entity: el(rendering, 2) === '1' ? 'person' : 'organization',
    };
    if (el(rendering, 8) === 'XX' && el(rendering, 9) !== '') r.npi = uncheckedNpi(el(rendering, 9));
    c.renderingProvider = r;
  }
  const moa = seg(loop, 'MOA');
  if (moa !== undefined) for (let i = 3; i <= 7; i++) if (el(moa, i) !== '') c.remarks.push(el(moa, i));
  const mia = seg(loop, 'MIA');
  if (mia !== undefined)
    for (const i of [5, 20, 21, 22, 23]) if (el(mia, i) !== '') c.remarks.push(el(mia, i));
  const start = seg(loop, 'DTM', 1, '232');
  const end = seg(loop, 'DTM', 1, '233');
  const from = start === undefined ? undefined : date(ctx, start, loop, 2);
  if (from !== undefined) {
    const to = end === undefined ? undefined : date(ctx, end, loop, 2);
    c.statement = to === undefined ? { from } : { from, to };
  }
  const received = seg(loop, 'DTM', 1, '050');
  if (received !== undefined) put(c, 'received', date(ctx, received, loop, 2));
  const au = seg(loop, 'AMT', 1, 'AU');
  if (au !== undefined) put(c, 'coverageAmount', amount(ctx, au, loop, 2));
  for (const l of loop.loops) if (l.id === '2110') c.services.push(servicePayment(ctx, l));
  return c;
}

function servicePayment(ctx: MapContext, loop: LoopNode): ServicePayment {
  const svc = seg(loop, 'SVC')!;
  const [q = '', code = '', ...rest] = comps(svc, 1);
  const s: ServicePayment = {
    modifiers: [],
    billed: amount(ctx, svc, loop, 2),
    paid: amount(ctx, svc, loop, 3),
    adjustments: adjustments(ctx, loop),
    remarks: segs(loop, 'LQ', 1, 'HE').map((lq) => el(lq, 2)),
  };
  if (q === 'HC') put(s, 'procedure', take(ctx, parseHcpcs(code), 'x12.claim.code', svc, loop, 1, 2));
  else if (q === 'NU') put(s, 'revenueCode', revenue(ctx, svc, loop, code, 1, 2));
  else if (q !== '') s.otherProcedure = { qualifier: q, code };
  rest.slice(0, 4).forEach((m, j) => {
    if (m === '') return;
    const v = take(ctx, parseModifier(m), 'x12.claim.code', svc, loop, 1, j + 3);
    if (v !== undefined) s.modifiers.push(v satisfies Modifier);
  });
  if (el(svc, 4) !== '' && s.revenueCode === undefined)
    put(s, 'revenueCode', revenue(ctx, svc, loop, el(svc, 4), 4));
  put(s, 'units', quantity(ctx, svc, loop, 5));
  const [sq = '', scode = ''] = comps(svc, 6);
  if (sq !== '') {
    const sub: NonNullable<ServicePayment['submitted']> = { qualifier: sq, code: scode };
    put(sub, 'units', quantity(ctx, svc, loop, 7));
    s.submitted = sub;
  }
  const single = seg(loop, 'DTM', 1, '472');
  const from = seg(loop, 'DTM', 1, '150');
  const to = seg(loop, 'DTM', 1, '151');
  if (single !== undefined) put(s, 'serviceDate', date(ctx, single, loop, 2));
  else if (from !== undefined) {
    put(s, 'serviceDate', date(ctx, from, loop, 2));
    if (to !== undefined) put(s, 'serviceDateTo', date(ctx, to, loop, 2));
  }
  const ref = seg(loop, 'REF', 1, '6R');
  if (ref !== undefined) put(s, 'controlNumber', el(ref, 2));
  const b6 = seg(loop, 'AMT', 1, 'B6');
  if (b6 !== undefined) put(s, 'allowed', amount(ctx, b6, loop, 2));
  return s;
}

/** NUBC revenue codes are four digits; a three-digit one lost its leading zero (TR3 examples write "220"). */
function revenue(
  ctx: MapContext,
  s: X12Segment,
  loop: LoopNode,
  code: string,
  i: number,
  j?: number,
): RevenueCode | undefined {
  if (/^\d{3}$/.test(code)) {
    report(ctx, 'x12.claim.note', `revenue code "${code}" read as "0${code}"`, s, loop, i, j, code);
    return `0${code}` as RevenueCode;
  }
  return take(ctx, parseRevenueCode(code), 'x12.claim.code', s, loop, i, j);
}

export function providerAdjustments(ctx: MapContext, root: LoopNode): ProviderAdjustment[] {
  return segs(root, 'PLB').map((plb) => {
    const items: ProviderAdjustment['items'] = [];
    for (let i = 3; i <= 13; i += 2) {
      const [reason = '', reference = ''] = comps(plb, i);
      if (reason === '') continue;
      const amt = take(ctx, parseCents(el(plb, i + 1)), 'x12.claim.value', plb, root, i + 1);
      if (amt === undefined) continue;
      const item: ProviderAdjustment['items'][number] = { reason, amount: amt };
      put(item, 'reference', reference);
      items.push(item);
    }
    return {
      providerId: el(plb, 1),
      fiscalPeriodEnd: date(ctx, plb, root, 2) ?? ('' as ProviderAdjustment['fiscalPeriodEnd']),
      items,
    };
  });
}
