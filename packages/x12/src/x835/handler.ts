/**
 * @module x835/handler
 * The 835 transaction-set handler: walks the 005010X221A1 loops, collects each 2100 claim payment
 * as it closes, and at SE emits the remittance with its header, payer, payee and PLB adjustments.
 * The balancing rules (remittanceImbalances) are checked and reported as warnings.
 */
import { type ClaimPayment, type Remittance, remittanceImbalances } from '@medcode/domain';
import { elementExtra, issueProblem } from '../engine/issues.ts';
import type {
  HandlerFactory,
  TransactionContext,
  TransactionHandler,
  TransactionSink,
} from '../engine/types.ts';
import { type LoopNode, seg } from '../loops/loop-node.ts';
import { LoopWalker } from '../loops/walker.ts';
import { X835 } from '../loops/x835.ts';
import { problem, type X12Position, type X12Problem } from '../problems/problem.ts';
import type { ElementIssue } from '../syntax/element-check.ts';
import { el, type X12Segment } from '../syntax/segment.ts';
import type { SegmentView } from '../syntax/segment-view.ts';
import { date, type MapContext } from '../x837/map-context.ts';
import { claimPayment, header, payment, providerAdjustments } from './map-remittance.ts';

export function remittance835Handler(): HandlerFactory {
  return (ctx, sink) => {
    if (ctx.setId !== '835' || !ctx.reference.startsWith('005010X221')) return undefined;
    return new Remittance835Handler(ctx, sink);
  };
}

class Remittance835Handler implements TransactionHandler {
  private readonly walker: LoopWalker;
  private readonly claims: ClaimPayment[] = [];
  private readonly problems: X12Problem[] = [];
  private first: X12Segment | undefined;
  private built: { remittance: Remittance; position: X12Position } | undefined;

  constructor(
    private readonly ctx: TransactionContext,
    private readonly sink: TransactionSink,
  ) {
    this.walker = new LoopWalker(X835, {
      open: () => {},
      close: (node) => {
        if (node.id !== '2100') return false;
        const mctx = this.mapContext(node);
        this.claims.push(claimPayment(mctx, node));
        for (const p of mctx.problems) this.add(p);
        return false;
      },
      problem: (code, message, at, node, severity, segmentId) => {
        const s = at as X12Segment;
        const extra: Partial<X12Position> = { segmentPosition: s.position, loop: node.id };
        if (segmentId !== undefined) extra.segmentId = segmentId;
        this.add(problem(code, message, this.ctx.at(s, extra), severity === undefined ? {} : { severity }));
      },
    });
  }

  segment(view: SegmentView, position: number, issues: ElementIssue[]): void {
    const node = this.walker.segment(view, position) ?? this.walker.current;
    if (this.first === undefined) this.first = node.segments[0];
    for (const i of issues)
      this.add(issueProblem(i, this.ctx.at(view, { ...elementExtra(i, position), loop: node.id })));
  }

  finish(): { accepted: number; rejected: number } {
    this.walker.finish();
    this.built = this.build();
    return { accepted: 0, rejected: 0 };
  }

  release(setRejectedBy: X12Problem[] | undefined): void {
    const b = this.built;
    if (b === undefined) return;
    const errors = [
      ...new Set([...(setRejectedBy ?? []), ...this.problems.filter((p) => p.severity === 'error')]),
    ];
    this.sink.emit({
      kind: 'remittance',
      remittance: b.remittance,
      position: b.position,
      warnings: this.problems.filter((p) => p.severity === 'warning'),
      errors,
    });
  }

  private build(): { remittance: Remittance; position: X12Position } {
    const root = this.walker.root;
    const mctx = this.mapContext(undefined);
    const pay = payment(mctx, root);
    const trn = seg(root, 'TRN');
    const { payer, payee } = header(root);
    const r: Remittance = {
      payment: pay ?? {
        handling: '',
        amount: 0 as Remittance['payment']['amount'],
        creditDebit: 'C',
        method: '',
        date: '' as Remittance['payment']['date'],
      },
      trace: {
        number: trn === undefined ? '' : el(trn, 2),
        originatorId: trn === undefined ? '' : el(trn, 3),
      },
      payer,
      payee,
      claims: this.claims,
      providerAdjustments: providerAdjustments(mctx, root),
    };
    if (trn !== undefined && el(trn, 4) !== '') r.trace.supplemental = el(trn, 4);
    const ev = seg(root, 'REF', 1, 'EV');
    if (ev !== undefined && el(ev, 2) !== '') r.receiverId = el(ev, 2);
    const prod = seg(root, 'DTM', 1, '405');
    const produced = prod === undefined ? undefined : date(mctx, prod, root, 2);
    if (produced !== undefined) r.productionDate = produced;
    for (const p of mctx.problems) this.add(p);
    const at = this.first ?? root.segments[0];
    const position = at === undefined ? this.ctx.start : this.ctx.at(at, { segmentPosition: at.position });
    if (pay !== undefined)
      for (const m of remittanceImbalances(r))
        this.add(problem('x12.claim.balance', m, { ...position, loop: 'HEADER' }));
    return { remittance: r, position };
  }

  private add(p: X12Problem): void {
    this.problems.push(p);
    this.sink.problem(p, 'transaction');
  }

  private mapContext(node: LoopNode | undefined): MapContext {
    const claimId = node === undefined ? undefined : el(node.segments[0]!, 1);
    return {
      kind: 'professional',
      problems: [],
      claimId,
      at: (s, loop, element, component) => {
        const x: Partial<X12Position> = { segmentPosition: s.position };
        if (loop !== undefined) x.loop = loop.id;
        if (element !== undefined) x.element = element;
        if (component !== undefined) x.component = component;
        if (claimId !== undefined && claimId !== '') x.claimId = claimId;
        return this.ctx.at(s, x);
      },
    };
  }
}
