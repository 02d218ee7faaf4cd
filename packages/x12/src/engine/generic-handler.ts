/**
 * @module engine/generic-handler
 * The handler for transaction sets Medcode does not read into a model (270, 271, 276, 277, 834,
 * 999 ...): their segments are tokenized, envelope-checked and element-checked, nothing more.
 */
import type { ElementIssue } from '../syntax/element-check.ts';
import type { SegmentView } from '../syntax/segment-view.ts';
import { elementExtra, issueProblem } from './issues.ts';
import type { TransactionContext, TransactionHandler, TransactionSink } from './types.ts';

export function genericHandler(ctx: TransactionContext, sink: TransactionSink): TransactionHandler {
  return {
    segment(view: SegmentView, position: number, issues: ElementIssue[]): void {
      for (const i of issues)
        sink.problem(
          issueProblem(i, ctx.at(view, { ...elementExtra(i), segmentPosition: position })),
          'transaction',
        );
    },
    finish: () => ({ accepted: 0, rejected: 0 }),
    release: () => {},
  };
}
