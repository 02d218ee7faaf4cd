import { readIsa } from '../envelope/isa.ts';
import { problem, type X12Position, type X12Problem } from '../problems/problem.ts';
import type { X12ProblemCode } from '../problems/registry.ts';
import { checkElements, type ElementIssue } from '../syntax/element-check.ts';
import { SEG_FLAG, type SegmentView } from '../syntax/segment-view.ts';
import { type TokenProblem, Tokenizer } from '../syntax/tokenizer.ts';
import { transactionAck } from './ack-builder.ts';
import { componentSeparatorUsed, FIRST_COMPOSITE, GT } from './component-separator.ts';
import {
  FUNCTIONAL,
  type GroupState,
  groupAck,
  type InterchangeState,
  interchangeAck,
} from './envelope-state.ts';
import { elementExtra, issueProblem } from './issues.ts';
import { genericHandler } from './generic-handler.ts';
import type {
  HandlerFactory,
  ProblemScope,
  ReaderEvent,
  SegmentPlace,
  TransactionContext,
  TransactionHandler,
} from './types.ts';

export interface ReaderOptions {
  file?: string;
  /** Also read groups whose GS08 is not 005010 (envelope and element syntax only). Default false. */
  allowOtherVersions?: boolean;
  /** Handlers tried in order for each transaction set; the generic syntax-only one is the fallback. */
  handlers?: readonly HandlerFactory[];
  /** Report every problem as an error (lengths, counts, loop structure included). Default false. */
  strict?: boolean;
}

export interface TransactionState {
  ctx: TransactionContext;
  handler: TransactionHandler;
  segments: number;
  /** Problems for the 999 (IK3/IK4 and IK5 codes). */
  problems: X12Problem[];
  /** An error outside any claim: the set is rejected. */
  setErrors: X12Problem[];
  claimErrors: number;
  warnings: number;
}

const MAX_PROBLEMS_PER_SET = 1000;

export class X12Reader {
  private readonly opts: ReaderOptions;
  private readonly tokenizer: Tokenizer;
  private out: ReaderEvent[] = [];
  private isa: InterchangeState | undefined;
  private gs: GroupState | undefined;
  private st: TransactionState | undefined;
  private readonly issues: ElementIssue[] = [];
  private lastOffset = 0;
  private lastLine = 1;
  private lastIndex = 0;

  constructor(opts: ReaderOptions = {}) {
    this.opts = opts;
    this.tokenizer = new Tokenizer({
      segment: (v) => this.segment(v),
      problem: (p) => this.tokenProblem(p),
    });
  }

  get consumed(): number {
    return this.tokenizer.consumed;
  }

  push(chunk: Uint8Array): void {
    this.tokenizer.push(chunk);
  }

  end(): void {
    this.tokenizer.end();
    const at = this.lastPosition();
    if (this.st !== undefined) this.closeTransaction(undefined, at);
    if (this.gs !== undefined) this.closeGroup(undefined, at);
    if (this.isa !== undefined) this.closeInterchange(undefined, at);
  }

  /** Events produced since the last call. */
  drain(): ReaderEvent[] {
    const o = this.out;
    this.out = [];
    return o;
  }

  // ---- positions and problems

  private at(v: SegmentPlace, extra: Partial<X12Position> = {}): X12Position {
    const p: X12Position = {
      offset: v.offset,
      line: v.line,
      segmentIndex: v.index,
      segmentId: v.tag,
    };
    if (this.opts.file !== undefined) p.file = this.opts.file;
    if (this.isa !== undefined) p.interchange = this.isa.control;
    if (this.gs !== undefined) p.group = this.gs.control;
    if (this.st !== undefined) {
      p.setId = this.st.ctx.setId;
      p.transaction = this.st.ctx.control;
    }
    return Object.assign(p, extra);
  }

  /** As `at` with the claim's extras, in the same key order, as one literal when inside a set. */
  private claimAt(v: SegmentPlace, segmentPosition: number, claimId: string): X12Position {
    const isa = this.isa;
    const gs = this.gs;
    const st = this.st;
    const file = this.opts.file;
    if (isa === undefined || gs === undefined || st === undefined)
      return this.at(v, { segmentPosition, loop: '2300', claimId });
    const { setId, control } = st.ctx;
    return file === undefined
      ? {
          offset: v.offset,
          line: v.line,
          segmentIndex: v.index,
          segmentId: v.tag,
          interchange: isa.control,
          group: gs.control,
          setId,
          transaction: control,
          segmentPosition,
          loop: '2300',
          claimId,
        }
      : {
          offset: v.offset,
          line: v.line,
          segmentIndex: v.index,
          segmentId: v.tag,
          file,
          interchange: isa.control,
          group: gs.control,
          setId,
          transaction: control,
          segmentPosition,
          loop: '2300',
          claimId,
        };
  }

  private lastPosition(): X12Position {
    const p: X12Position = { offset: this.lastOffset, line: this.lastLine, segmentIndex: this.lastIndex };
    if (this.opts.file !== undefined) p.file = this.opts.file;
    if (this.isa !== undefined) p.interchange = this.isa.control;
    if (this.gs !== undefined) p.group = this.gs.control;
    if (this.st !== undefined) {
      p.setId = this.st.ctx.setId;
      p.transaction = this.st.ctx.control;
    }
    return p;
  }

  private report(p: X12Problem, scope: ProblemScope): void {
    if (this.opts.strict === true) p.severity = 'error';
    this.out.push({ kind: 'problem', problem: p, scope });
    if (scope === 'interchange') this.isa?.problems.push(p);
    else if (scope === 'group') this.gs?.problems.push(p);
    else if (this.st !== undefined) {
      const st = this.st;
      // Claim content problems go to the 277CA, not the 999.
      if (p.code.startsWith('x12.claim.')) return;
      if (st.problems.length < MAX_PROBLEMS_PER_SET) st.problems.push(p);
      if (p.severity === 'warning') st.warnings++;
      else if (scope === 'claim') st.claimErrors++;
      else st.setErrors.push(p);
    }
  }

  private raise(
    code: X12ProblemCode,
    message: string,
    at: X12Position,
    scope: ProblemScope,
    extra: { value?: string; severity?: 'error' | 'warning'; ack?: string } = {},
  ): void {
    this.report(problem(code, message, at, extra), scope);
  }

  private tokenProblem(t: TokenProblem): void {
    const at = { ...this.lastPosition(), offset: t.offset, line: t.line };
    delete at.segmentId;
    switch (t.kind) {
      case 'not-x12': {
        this.raise('x12.input.not-x12', t.message, at, 'interchange', t.ta1 ? { ack: t.ta1 } : {});
        return;
      }
      case 'isa': {
        this.raise('x12.isa.invalid', t.message, at, 'interchange', t.ta1 ? { ack: t.ta1 } : {});
        return;
      }
      case 'too-long': {
        this.raise('x12.segment.too-long', t.message, at, 'interchange');
        return;
      }
      case 'unterminated': {
        this.raise(
          'x12.segment.unterminated',
          t.message,
          at,
          this.st !== undefined ? 'transaction' : 'interchange',
        );
        return;
      }
    }
  }

  // ---- segments

  private segment(v: SegmentView): void {
    this.lastOffset = v.offset;
    this.lastLine = v.line;
    this.lastIndex = v.index;
    if (this.st !== undefined) this.st.segments++;
    switch (v.tag) {
      case 'ISA': {
        this.openInterchange(v);
        return;
      }
      case 'IEA':
        if (this.st !== undefined) this.closeTransaction(undefined, this.at(v));
        if (this.gs !== undefined) this.closeGroup(undefined, this.at(v));
        {
          this.closeInterchange(v, this.at(v));
          return;
        }
      case 'GS':
        if (this.st !== undefined) this.closeTransaction(undefined, this.at(v));
        if (this.gs !== undefined) this.closeGroup(undefined, this.at(v));
        {
          this.openGroup(v);
          return;
        }
      case 'GE':
        if (this.st !== undefined) this.closeTransaction(undefined, this.at(v));
        {
          this.closeGroup(v, this.at(v));
          return;
        }
      case 'ST':
        if (this.st !== undefined) this.closeTransaction(undefined, this.at(v));
        {
          this.openTransaction(v);
          return;
        }
      case 'TA1':
        // An interchange acknowledgment rides between ISA and the groups (X12.5).
        if (this.gs === undefined && this.isa !== undefined) {
          this.checkEnvelopeElements(v, 'interchange');
          return;
        }
        {
          this.body(v);
          return;
        }
      case 'SE':
        if (this.st === undefined) {
          this.raise(
            'x12.segment.outside-transaction',
            'SE without ST',
            this.at(v),
            this.gs ? 'group' : 'interchange',
          );
          return;
        }
        {
          this.closeTransaction(v, this.at(v));
          return;
        }
      default: {
        this.body(v);
        return;
      }
    }
  }

  private body(v: SegmentView): void {
    const st = this.st;
    if (st === undefined) {
      if (this.gs !== undefined) {
        this.raise(
          'x12.segment.outside-transaction',
          `${v.tag} sits between transaction sets`,
          this.at(v),
          'group',
        );
        return;
      }
      this.raise(
        'x12.interchange.content',
        `${v.tag} sits outside a functional group`,
        this.at(v),
        'interchange',
      );
      return;
    }
    if (this.isa !== undefined && !this.isa.componentChecked) this.checkComponentSeparator(v, this.isa);
    const issues = this.issues;
    // Setting an array's length is a runtime call: only when there is something to clear.
    if (issues.length !== 0) issues.length = 0;
    checkElements(v, issues);
    st.handler.segment(v, st.segments, issues);
  }

  /** ISA16 says one component separator, the composites use ">" (see component-separator.ts). */
  private checkComponentSeparator(v: SegmentView, isa: InterchangeState): void {
    const found = componentSeparatorUsed(v);
    if (found === 'unknown') return;
    isa.componentChecked = true;
    if (found === 'declared') return;
    const declared = v.delimiters.component;
    const d = this.tokenizer.useComponentSeparator(GT);
    if (d === undefined) return;
    v.delimiters = d;
    v.flags |= SEG_FLAG.COMPONENT;
    this.raise(
      'x12.isa.component-separator',
      `ISA16 declares "${String.fromCharCode(declared)}" but composites use ">": reading them with ">"`,
      this.at(v, { element: FIRST_COMPOSITE[v.tag] ?? 1 }),
      'interchange',
    );
  }

  private checkEnvelopeElements(v: SegmentView, scope: ProblemScope, position?: number): void {
    const issues = this.issues;
    issues.length = 0;
    checkElements(v, issues);
    for (const i of issues) this.report(issueProblem(i, this.at(v, elementExtra(i, position))), scope);
  }

  // ---- interchange

  private openInterchange(v: SegmentView): void {
    const at = this.at(v);
    if (this.st !== undefined) this.closeTransaction(undefined, at);
    if (this.gs !== undefined) this.closeGroup(undefined, at);
    if (this.isa !== undefined) this.closeInterchange(undefined, at);
    const { fields, issues } = readIsa(v);
    this.isa = {
      control: fields.control,
      date: fields.date,
      time: fields.time,
      senderQualifier: fields.senderQualifier,
      sender: fields.sender,
      receiverQualifier: fields.receiverQualifier,
      receiver: fields.receiver,
      usage: fields.usage,
      groups: 0,
      groupControls: new Set(),
      problems: [],
      at: this.at(v),
      componentChecked: false,
    };
    for (const i of issues)
      this.raise('x12.isa.field', i.message, this.at(v, { element: i.element }), 'interchange', {
        ack: i.ta1,
      });
    if (v.len(16) === 1 && v.end - v.start !== 105 && (v.flags & SEG_FLAG.UNTERMINATED) === 0)
      this.raise(
        'x12.isa.not-fixed-width',
        `ISA is ${v.end - v.start + 1} bytes; fixed width is 106`,
        this.at(v),
        'interchange',
      );
  }

  private closeInterchange(v: SegmentView | undefined, at: X12Position): void {
    const isa = this.isa;
    if (isa === undefined) {
      this.raise('x12.interchange.content', 'IEA without ISA', at, 'interchange');
      return;
    }
    if (v === undefined)
      this.raise('x12.iea.missing', `interchange ${isa.control} has no IEA`, at, 'interchange');
    else {
      this.checkEnvelopeElements(v, 'interchange');
      // The control number first: its TA1 note (018 malformed, 001 mismatch) is the more telling one.
      if (!/^\d{9}$/.test(v.el(2)))
        this.raise(
          'x12.iea.control',
          `IEA02 "${v.el(2)}" is not a nine-digit control number`,
          this.at(v, { element: 2 }),
          'interchange',
          { value: v.el(2), ack: '018' },
        );
      else if (v.el(2) !== isa.control)
        this.raise(
          'x12.iea.control',
          `IEA02 ${v.el(2)} differs from ISA13 ${isa.control}`,
          this.at(v, { element: 2 }),
          'interchange',
          { value: v.el(2) },
        );
      if (v.el(1) !== String(isa.groups))
        this.raise(
          'x12.iea.count',
          `IEA01 says ${v.el(1)} groups; the interchange has ${isa.groups}`,
          this.at(v, { element: 1 }),
          'interchange',
          { value: v.el(1) },
        );
    }
    const ack = interchangeAck(isa);
    this.out.push({
      kind: 'interchange',
      ack,
      sender: { qualifier: isa.senderQualifier, id: isa.sender },
      receiver: { qualifier: isa.receiverQualifier, id: isa.receiver },
      usage: isa.usage,
      groups: isa.groups,
    });
    this.isa = undefined;
  }

  // ---- functional group

  private openGroup(v: SegmentView): void {
    const at = this.at(v);
    if (this.isa === undefined)
      this.raise('x12.interchange.content', 'GS outside an interchange', at, 'interchange');
    const version = v.el(8);
    const versionOk = version.startsWith('00501');
    this.gs = {
      functionalId: v.el(1),
      control: v.el(6),
      version,
      transactions: [],
      stControls: new Set(),
      problems: [],
      count: 0,
      versionOk,
      at: this.at(v),
    };
    if (this.isa !== undefined) {
      this.isa.groups++;
      if (this.isa.groupControls.has(v.el(6)))
        this.raise(
          'x12.gs.duplicate',
          `GS06 ${v.el(6)} repeats in the interchange`,
          this.at(v, { element: 6 }),
          'group',
        );
      this.isa.groupControls.add(v.el(6));
    }
    this.checkEnvelopeElements(v, 'group');
    // GS06 is N 1/9; one that is not cannot be answered in AK102 (AK905 6: violates syntax).
    if (!/^\d{1,9}$/.test(v.el(6)))
      this.raise(
        'x12.gs.control',
        `GS06 "${v.el(6)}" is not a control number of 1-9 digits`,
        this.at(v, { element: 6 }),
        'group',
        { value: v.el(6) },
      );
    if (!versionOk && this.opts.allowOtherVersions !== true)
      this.raise(
        'x12.gs.version',
        `GS08 "${version}" is not a 005010 version`,
        this.at(v, { element: 8 }),
        'group',
        { value: version },
      );
  }

  private closeGroup(v: SegmentView | undefined, at: X12Position): void {
    const gs = this.gs;
    if (gs === undefined) {
      this.raise('x12.interchange.content', 'GE without GS', at, 'interchange');
      return;
    }
    let included = gs.count;
    if (v === undefined)
      this.raise('x12.ge.missing', `functional group ${gs.control} has no GE`, at, 'group');
    else {
      this.checkEnvelopeElements(v, 'group');
      const n = Number(v.el(1));
      if (v.has(1) && Number.isSafeInteger(n)) included = n;
      if (v.el(1) !== String(gs.count))
        this.raise(
          'x12.ge.count',
          `GE01 says ${v.el(1)} transaction sets; the group has ${gs.count}`,
          this.at(v, { element: 1 }),
          'group',
          { value: v.el(1) },
        );
      if (v.el(2) !== gs.control)
        this.raise(
          'x12.ge.control',
          `GE02 ${v.el(2)} differs from GS06 ${gs.control}`,
          this.at(v, { element: 2 }),
          'group',
          { value: v.el(2) },
        );
    }
    const ack = groupAck(gs, included);
    this.out.push({ kind: 'group', ack, interchange: this.isa?.control ?? '' });
    this.gs = undefined;
  }

  // ---- transaction set

  private openTransaction(v: SegmentView): void {
    const gs = this.gs;
    const setId = v.el(1);
    const control = v.el(2);
    const ctx: TransactionContext = {
      interchange: this.isa?.control ?? '',
      group: gs?.control ?? '',
      functionalId: gs?.functionalId ?? '',
      version: gs?.version ?? '',
      setId,
      control,
      reference: v.el(3) || (gs?.version ?? ''),
      start: { ...this.at(v), setId, transaction: control, segmentPosition: 1 },
      at: (s, extra) => this.at(s, extra),
      claimAt: (s, segmentPosition, claimId) => this.claimAt(s, segmentPosition, claimId),
    };
    if (this.opts.file !== undefined) ctx.file = this.opts.file;
    const sink = {
      problem: (p: X12Problem, scope: 'transaction' | 'claim') => this.report(p, scope),
      emit: (e: ReaderEvent) => this.out.push(e),
    };
    const st: TransactionState = {
      ctx,
      handler: genericHandler(ctx, sink),
      segments: 1,
      problems: [],
      setErrors: [],
      claimErrors: 0,
      warnings: 0,
    };
    this.st = st;
    if (gs === undefined)
      this.raise('x12.st.outside-group', 'ST outside a functional group', this.at(v), 'transaction');
    else {
      gs.count++;
      if (gs.stControls.has(control))
        this.raise(
          'x12.st.duplicate',
          `ST02 ${control} repeats in the group`,
          this.at(v, { element: 2, segmentPosition: 1 }),
          'transaction',
        );
      gs.stControls.add(control);
      const allowed = FUNCTIONAL[gs.functionalId];
      if (allowed !== undefined && !allowed.includes(setId))
        this.raise(
          'x12.st.id',
          `ST01 ${setId} does not belong in a ${gs.functionalId} group`,
          this.at(v, { element: 1, segmentPosition: 1 }),
          'transaction',
          { value: setId },
        );
    }
    if (!/^\d{3}$/.test(setId))
      this.raise(
        'x12.st.id',
        `ST01 "${setId}" is not a transaction set identifier`,
        this.at(v, { element: 1, segmentPosition: 1 }),
        'transaction',
        { value: setId },
      );
    if (!/^[A-Za-z0-9]{4,9}$/.test(control))
      this.raise(
        'x12.st.control',
        `ST02 "${control}" is not a 4-9 character control number`,
        this.at(v, { element: 2, segmentPosition: 1 }),
        'transaction',
        { value: control },
      );
    this.checkEnvelopeElements(v, 'transaction', 1);
    const usable = gs === undefined || gs.versionOk || this.opts.allowOtherVersions === true;
    if (usable && gs?.versionOk !== false)
      for (const make of this.opts.handlers ?? []) {
        const h = make(ctx, sink);
        if (h !== undefined) {
          st.handler = h;
          break;
        }
      }
  }

  private closeTransaction(v: SegmentView | undefined, at: X12Position): void {
    const st = this.st!;
    if (v === undefined) {
      st.segments--; // the segment that cut the set short is not part of it
      this.raise(
        'x12.se.missing',
        `transaction set ${st.ctx.control} has no SE`,
        { ...at, segmentPosition: st.segments + 1 },
        'transaction',
      );
    } else {
      this.checkEnvelopeElements(v, 'transaction', st.segments);
      if (v.el(1) !== String(st.segments))
        this.raise(
          'x12.se.count',
          `SE01 says ${v.el(1)} segments; the set has ${st.segments}`,
          this.at(v, { element: 1, segmentPosition: st.segments }),
          'transaction',
          { value: v.el(1) },
        );
      if (v.el(2) !== st.ctx.control)
        this.raise(
          'x12.se.control',
          `SE02 ${v.el(2)} differs from ST02 ${st.ctx.control}`,
          this.at(v, { element: 2, segmentPosition: st.segments }),
          'transaction',
          { value: v.el(2) },
        );
    }
    const claims = st.handler.finish();
    const ack = transactionAck(st, claims);
    const rejected =
      ack.code === 'R'
        ? st.setErrors.length > 0
          ? st.setErrors
          : st.problems.filter((p) => p.severity === 'error')
        : undefined;
    st.handler.release(rejected);
    this.gs?.transactions.push(ack);
    const { at: _at, claimAt: _claimAt, start: _start, ...context } = st.ctx;
    this.out.push({
      kind: 'transaction',
      ack,
      context,
      claims: ack.code === 'R' ? { accepted: 0, rejected: claims.accepted + claims.rejected } : claims,
    });
    this.st = undefined;
  }
}
