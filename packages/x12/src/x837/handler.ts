/**
 * @module x837/handler
 * The 837 transaction-set handler: walks the 837P (005010X222A1) or 837I (005010X223A2/A3) loop
 * structure, checks the HL hierarchy, and turns each finished 2300 loop into a claim. A problem
 * inside a claim (or inside the HL level the claim hangs from) rejects that claim alone; one
 * outside every claim rejects the transaction set. Claims are held until SE so that a set the 999
 * rejects has its claims rejected too; the TR3 caps a set at 5000 claims (section 1.4.1), so
 * holding them stays small; past `holdLimit` they are released early.
 */
import { addProblem, ancestor, type LoopNode } from '../loops/loop-node.ts';
import { LoopWalker } from '../loops/walker.ts';
import { X837I } from '../loops/x837i.ts';
import { X837P } from '../loops/x837p.ts';
import { problem, type X12Position, type X12Problem } from '../problems/problem.ts';
import type { X12ProblemCode } from '../problems/registry.ts';
import type { ElementIssue } from '../syntax/element-check.ts';
import { el, type X12Segment } from '../syntax/segment.ts';
import type { SegmentView } from '../syntax/segment-view.ts';
import { elementExtra, issueProblem } from '../engine/issues.ts';
import type {
  ClaimItem,
  HandlerFactory,
  RejectedItem,
  SegmentPlace,
  TransactionContext,
  TransactionHandler,
  TransactionSink,
} from '../engine/types.ts';
import { mapClaim } from './map-claim.ts';
import type { MapContext } from './map-context.ts';

export interface Claim837Options {
  /** Attach each claim's 2300 loop tree to its item. Default false. */
  keepLoops?: boolean;
  /**
   * Hold a transaction set's claims until its SE, so that a set the 999 rejects (SE01 wrong, an
   * error outside every claim) yields only rejected items. Default true. With false, claims are
   * yielded as they complete (least memory, fastest); if their set is then rejected, a rejected
   * item with the same claim id follows each of them at the SE.
   */
  atomicSets?: boolean;
  /** With atomicSets, claims held per set before they are released early. Default 5000 (the TR3 limit). */
  holdLimit?: number;
}

export type ClaimKind = 'professional' | 'institutional';

/** 837P or 837I from the implementation convention reference (ST03, else GS08). */
export function kindOf(reference: string): ClaimKind | undefined {
  if (reference.startsWith('005010X222')) return 'professional';
  if (reference.startsWith('005010X223')) return 'institutional';
  return undefined;
}

export function claim837Handler(opts: Claim837Options = {}): HandlerFactory {
  return (ctx, sink) => {
    if (ctx.setId !== '837') return undefined;
    const kind = kindOf(ctx.reference);
    if (kind === undefined) return unsupported(ctx, sink);
    return new Claim837Handler(ctx, sink, kind, opts);
  };
}

function unsupported(ctx: TransactionContext, sink: TransactionSink): TransactionHandler {
  let said = false;
  const say = (at: X12Position): void => {
    if (said) return;
    said = true;
    sink.problem(
      problem(
        'x12.st.convention',
        `837 implementation "${ctx.reference}" is not read: Medcode reads 837P (005010X222A1) and 837I (005010X223A2/A3)`,
        { ...at, element: 3, segmentId: 'ST', segmentPosition: 1 },
        { value: ctx.reference },
      ),
      'transaction',
    );
  };
  return {
    segment: (v) => say(ctx.at(v)),
    finish: () => {
      say(ctx.start);
      return { accepted: 0, rejected: 0 };
    },
    release: () => {},
  };
}

const HL_LOOPS = new Set(['2000A', '2000B', '2000C']);

class Claim837Handler implements TransactionHandler {
  private readonly walker: LoopWalker;
  private pending: (ClaimItem | RejectedItem)[] = [];
  /** Claims of the current set already yielded, should the set be rejected at its SE. */
  /**
   * Claims of the current set already yielded, should the set be rejected at its SE: their ids,
   * and the offset, line, index and set position of each CLM. Kept as numbers and the position
   * rebuilt only for a rejected set, so that a streamed claim leaves nothing behind that the
   * garbage collector must copy until the SE.
   */
  private releasedIds: string[] = [];
  private releasedAt: number[] = [];
  private accepted = 0;
  private rejected = 0;
  private lastHl = 0;
  private readonly billing: NonNullable<MapContext['billing']> = {
    hl: undefined,
    segments: 0,
    provider: undefined,
  };

  constructor(
    private readonly ctx: TransactionContext,
    private readonly sink: TransactionSink,
    private readonly kind: ClaimKind,
    private readonly opts: Claim837Options,
  ) {
    this.walker = new LoopWalker(kind === 'professional' ? X837P : X837I, {
      open: (node) => {
        // 2000A/B/C, the HL levels, are the loops an HL starts.
        if (node.def.trigger.tag === 'HL') this.checkHl(node);
      },
      close: (node) => {
        if (node.id !== '2300') return false;
        this.claim(node);
        // The claim is read: its loops are not needed again unless the item carries them.
        return this.opts.keepLoops !== true;
      },
      problem: (code, message, at, node, severity, segmentId) => {
        const seg = at as X12Segment;
        const extra: Partial<X12Position> = { segmentPosition: seg.position, loop: node.id };
        if (segmentId !== undefined) extra.segmentId = segmentId;
        this.attach(this.make(code, message, seg, node, extra, severity), node);
      },
    });
  }

  segment(view: SegmentView, position: number, issues: ElementIssue[]): void {
    const node = this.walker.segment(view, position) ?? this.walker.current;
    for (const i of issues) {
      const at = this.ctx.at(view, { ...elementExtra(i, position), loop: node.id });
      const claimId = claimIdOf(node);
      if (claimId !== undefined) at.claimId = claimId;
      this.attach(issueProblem(i, at), node);
    }
  }

  finish(): { accepted: number; rejected: number } {
    this.walker.finish();
    return { accepted: this.accepted, rejected: this.rejected };
  }

  release(setRejectedBy: X12Problem[] | undefined): void {
    this.flush(setRejectedBy);
    if (setRejectedBy !== undefined)
      for (let k = 0; k < this.releasedIds.length; k++) {
        const at = this.releasedAt;
        const clm = { offset: at[4 * k]!, line: at[4 * k + 1]!, index: at[4 * k + 2]!, tag: 'CLM' };
        this.sink.emit({
          kind: 'rejected',
          claimId: this.releasedIds[k]!,
          error: [...setRejectedBy],
          position: this.claimPosition(clm, at[4 * k + 3]!, this.releasedIds[k]!),
        });
      }
    this.releasedIds = [];
    this.releasedAt = [];
  }

  private flush(setRejectedBy: X12Problem[] | undefined): void {
    for (const item of this.pending) {
      if (setRejectedBy !== undefined && item.kind === 'claim') {
        const r: RejectedItem = {
          kind: 'rejected',
          claimId: item.claim.id,
          error: [...setRejectedBy],
          position: item.position,
          partial: item.claim,
        };
        this.sink.emit(r);
        continue;
      }
      if (setRejectedBy === undefined && item.kind === 'claim') {
        const p = item.position;
        this.releasedIds.push(item.claim.id);
        this.releasedAt.push(p.offset, p.line, p.segmentIndex, p.segmentPosition ?? 0);
      }
      this.sink.emit(item);
    }
    this.pending = [];
  }

  /** The position of a claim: its CLM in loop 2300. */
  private claimPosition(clm: SegmentPlace, segmentPosition: number, claimId: string): X12Position {
    return this.ctx.claimAt(clm, segmentPosition, claimId);
  }

  private make(
    code: X12ProblemCode,
    message: string,
    seg: X12Segment,
    node: LoopNode,
    extra: Partial<X12Position>,
    severity?: 'error' | 'warning',
  ): X12Problem {
    const at = this.ctx.at(seg, extra);
    const claimId = claimIdOf(node);
    if (claimId !== undefined) at.claimId = claimId;
    return problem(code, message, at, severity === undefined ? {} : { severity });
  }

  /** A problem belongs to its claim, else to its HL level (and the claims below it), else to the set. */
  private attach(p: X12Problem, node: LoopNode): void {
    const owner = node.id === '2300' ? node : (ancestor(node, '2300') ?? hlOf(node));
    if (owner !== undefined) {
      addProblem(owner, p);
      this.sink.problem(p, 'claim');
    } else this.sink.problem(p, 'transaction');
  }

  private checkHl(node: LoopNode): void {
    const hl = node.segments[0]!;
    const id = el(hl, 1);
    const parentId = el(hl, 2);
    const n = Number(id);
    // TR3: HL01 starts at 1 and grows by one. Strictly growing ids cannot repeat, so no set of seen ids is kept.
    if (!(n > this.lastHl))
      this.attach(
        this.make('x12.hl.structure', `HL01 ${id} repeats or goes back (last was ${this.lastHl})`, hl, node, {
          segmentPosition: hl.position,
          loop: node.id,
          element: 1,
        }),
        node,
      );
    else if (n !== this.lastHl + 1)
      this.attach(
        this.make(
          'x12.hl.structure',
          `HL01 ${id} does not follow ${this.lastHl}`,
          hl,
          node,
          { segmentPosition: hl.position, loop: node.id, element: 1 },
          'warning',
        ),
        node,
      );
    if (n > this.lastHl) this.lastHl = n;
    const parent = node.parent !== undefined && HL_LOOPS.has(node.parent.id) ? node.parent : undefined;
    const expected = parent === undefined ? '' : el(parent.segments[0]!, 1);
    if (parentId !== expected)
      this.attach(
        this.make(
          'x12.hl.structure',
          expected === ''
            ? `HL02 ${parentId} on a top level`
            : `HL02 ${parentId || '(empty)'} is not the enclosing HL ${expected}`,
          hl,
          node,
          { segmentPosition: hl.position, loop: node.id, element: 2 },
        ),
        node,
      );
  }

  private claim(node: LoopNode): void {
    const clm = node.segments[0]!;
    const claimId = el(clm, 1);
    const mctx: MapContext = {
      kind: this.kind,
      problems: [],
      claimId,
      billing: this.billing,
      at: (seg, loop, element, component) => {
        const x: Partial<X12Position> = { segmentPosition: seg.position, claimId };
        if (loop !== undefined) x.loop = loop.id;
        if (element !== undefined) x.element = element;
        if (component !== undefined) x.component = component;
        return this.ctx.at(seg, x);
      },
    };
    const claim = mapClaim(mctx, node);
    let own: X12Problem[] = node.problems.length === 0 ? [] : [...node.problems];
    if (mctx.problems.length > 0) {
      // A value the syntax check already found bad is not reported a second time by the mapper.
      const seen = new Set(node.problems.map(where));
      const fresh = mctx.problems.filter((p) => !seen.has(where(p)));
      for (const p of fresh) this.sink.problem(p, 'claim');
      own = [...node.problems, ...fresh];
    }
    let errors: X12Problem[] = own.length === 0 ? own : own.filter(isError);
    for (let n = node.parent; n !== undefined; n = n.parent)
      if (n.problems.length > 0) errors = [...n.problems.filter(isError), ...errors];
    const position = this.claimPosition(clm, clm.position, claimId);
    let item: ClaimItem | RejectedItem;
    if (errors.length > 0) {
      item = { kind: 'rejected', error: errors, position, partial: claim };
      if (claimId !== '') item.claimId = claimId;
      this.rejected++;
    } else {
      item = { kind: 'claim', claim, position, warnings: own };
      if (this.opts.keepLoops === true) item.loop = node;
      this.accepted++;
    }
    this.pending.push(item);
    const limit = this.opts.atomicSets === false ? 0 : (this.opts.holdLimit ?? 5000);
    if (this.pending.length > limit) this.flush(undefined);
  }
}

const isError = (p: X12Problem): boolean => p.severity === 'error';
const where = (p: X12Problem): string =>
  `${p.position.segmentIndex}:${p.position.element ?? ''}:${p.position.component ?? ''}`;

function claimIdOf(node: LoopNode): string | undefined {
  const c = node.id === '2300' ? node : ancestor(node, '2300');
  const id = c === undefined ? undefined : el(c.segments[0]!, 1);
  return id === '' ? undefined : id;
}

function hlOf(node: LoopNode): LoopNode | undefined {
  for (let n: LoopNode | undefined = node; n !== undefined; n = n.parent) if (HL_LOOPS.has(n.id)) return n;
  return undefined;
}
