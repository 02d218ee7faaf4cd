/**
 * @module x837/map-cob
 * Coordination of benefits: what other payers already decided. 2320 (SBR, CAS claim adjustments,
 * AMT*D paid amount) with 2330A (other subscriber) and 2330B (other payer); 2430 line
 * adjudication (SVD, CAS, DTP*573). CAS carries a group code and up to six reason/amount/quantity
 * triples (005010X222A1 2320 CAS, 2430 CAS).
 */
import {
  type Adjustment,
  type Cents,
  type LineAdjudication,
  type Modifier,
  type OtherSubscriber,
  parseCents,
} from '@medcode/domain';
import { child, type LoopNode, seg, segs } from '../loops/loop-node.ts';
import { comps, el, type X12Segment } from '../syntax/segment.ts';
import { amount, date, type MapContext, put, quantity, report, take } from './map-context.ts';
import { address, payer, personName } from './map-parties.ts';
import { hcpcsCode, modifierCode } from './code-cache.ts';

const GROUPS: readonly string[] = ['CO', 'PR', 'OA', 'PI', 'CR'];

export function adjustments(ctx: MapContext, loop: LoopNode): Adjustment[] {
  const out: Adjustment[] = [];
  for (const cas of segs(loop, 'CAS')) out.push(...casAdjustments(ctx, cas, loop));
  return out;
}

export function casAdjustments(ctx: MapContext, cas: X12Segment, loop: LoopNode | undefined): Adjustment[] {
  const group = el(cas, 1);
  if (!GROUPS.includes(group)) {
    report(
      ctx,
      'x12.claim.code',
      `CAS01 "${group}" is not a claim adjustment group code`,
      cas,
      loop,
      1,
      undefined,
      group,
    );
    return [];
  }
  const out: Adjustment[] = [];
  for (let i = 2; i <= 17; i += 3) {
    const reason = el(cas, i);
    if (reason === '') continue;
    const amt = take(ctx, parseCents(el(cas, i + 1)), 'x12.claim.value', cas, loop, i + 1);
    if (amt === undefined) continue;
    const a: Adjustment = { group: group as Adjustment['group'], reason, amount: amt };
    put(a, 'quantity', quantity(ctx, cas, loop, i + 2));
    out.push(a);
  }
  return out;
}

export function otherSubscribers(ctx: MapContext, claimLoop: LoopNode): OtherSubscriber[] {
  const out: OtherSubscriber[] = [];
  const loops = claimLoop.loops;
  for (let k = 0; k < loops.length; k++) {
    const l = loops[k]!;
    if (l.id !== '2320') continue;
    const sbr = seg(l, 'SBR')!;
    const nameLoop = child(l, '2330A');
    const payerLoop = child(l, '2330B');
    const o: OtherSubscriber = {
      subscriber: {
        person: { name: personName(nameLoop) },
        memberId: nameLoop === undefined ? '' : el(seg(nameLoop, 'NM1')!, 9),
        payerResponsibility: sbr.code(1),
        payer: payer(payerLoop),
      },
      patientRelationship: sbr.code(2),
      adjustments: adjustments(ctx, l),
    };
    const sub = o.subscriber;
    if (nameLoop !== undefined) put(sub.person, 'address', address(nameLoop));
    if (sbr.has(3)) sub.groupNumber = el(sbr, 3);
    if (sbr.has(4)) sub.groupName = el(sbr, 4);
    if (sbr.has(5)) sub.insuranceType = sbr.code(5);
    if (sbr.has(9)) sub.claimFilingIndicator = sbr.code(9);
    const paid = seg(l, 'AMT', 1, 'D');
    if (paid !== undefined) o.paidAmount = amount(ctx, paid, l, 2);
    out.push(o);
  }
  return out;
}

/** 2430 loops of one service line. */
export function lineAdjudications(ctx: MapContext, lineLoop: LoopNode): LineAdjudication[] {
  const out: LineAdjudication[] = [];
  const loops = lineLoop.loops;
  for (let k = 0; k < loops.length; k++) {
    const l = loops[k]!;
    if (l.id !== '2430') continue;
    const svd = seg(l, 'SVD')!;
    const c = comps(svd, 3);
    const modifiers: Modifier[] = [];
    for (let j = 3; j <= 6; j++) {
      const m = c[j - 1];
      if (m === undefined || m === '') continue;
      const v = take(ctx, modifierCode(m), 'x12.claim.code', svd, l, 3, j);
      if (v !== undefined) modifiers.push(v);
    }
    const code = c[1] ?? '';
    const a: LineAdjudication = {
      payerId: el(svd, 1),
      paid: amount(ctx, svd, l, 2),
      procedure:
        c[0] === 'HC' && code !== '' ? take(ctx, hcpcsCode(code), 'x12.claim.code', svd, l, 3, 2) : undefined,
      modifiers,
      units: quantity(ctx, svd, l, 5) ?? 0,
      adjustments: adjustments(ctx, l),
    };
    const dtp = seg(l, 'DTP', 1, '573');
    if (dtp !== undefined) put(a, 'adjudicatedOn', date(ctx, dtp, l, 3));
    out.push(a);
  }
  return out;
}

export const zero = 0 as Cents;
