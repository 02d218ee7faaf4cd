/**
 * @module check/check-interchange
 * `checkInterchange`: reads any X12 input (837 claims are mapped, 835 remittances read, other
 * transaction sets tokenized and checked), and answers with a summary, the positioned problems
 * and the 999 acknowledgment the receiver would send back (sender and receiver swapped).
 */
import type { ClaimAcknowledgment, FunctionalGroupAck, InterchangeAcknowledgment } from '@medcode/domain';
import { claimAcknowledgment } from '../ack/claim-ack.ts';
import { echoParty } from '../ack/echo.ts';
import { write999 } from '../ack/write999.ts';
import { unreadInterchangeAck } from '../engine/envelope-state.ts';
import { readEvents, type X12Input } from '../engine/input.ts';
import type { InterchangeEvent } from '../engine/types.ts';
import type { X12Problem } from '../problems/problem.ts';
import type { EnvelopeOptions } from '../writer/envelope.ts';
import { remittance835Handler } from '../x835/handler.ts';
import { claim837Handler } from '../x837/handler.ts';

export interface CheckOptions {
  file?: string;
  strict?: boolean;
  /** Check groups of other versions than 005010 too (envelope and syntax only). */
  allowOtherVersions?: boolean;
  onProgress?: (bytes: number) => void;
  /** Envelope of the written 999: defaults swap the input's sender and receiver, control number 1 upward. */
  ackEnvelope?: Partial<EnvelopeOptions>;
  /** Problems kept in the result (all are counted). Default 1000. */
  maxProblems?: number;
  /** Keep a 277CA claim acknowledgment per claim (memory grows with the claim count). */
  claimAcknowledgments?: boolean;
}

export interface CheckSummary {
  bytes: number;
  interchanges: number;
  groups: number;
  transactions: { total: number; accepted: number; acceptedWithErrors: number; rejected: number };
  /** Transaction sets by ST01. */
  sets: Record<string, number>;
  claims: { accepted: number; rejected: number };
  remittances: number;
  problems: { errors: number; warnings: number };
}

export interface CheckResult {
  summary: CheckSummary;
  problems: X12Problem[];
  acknowledgments: InterchangeAcknowledgment[];
  /**
   * The 999 (one interchange per input interchange), with a TA1 when an interchange envelope is
   * wrong; a TA1 alone when no interchange could be read at all.
   */
  ack999: string;
  claimAcknowledgments?: ClaimAcknowledgment[];
  /** Anything rejected: an interchange, a group, a transaction set, a claim, or an error anywhere. */
  rejected: boolean;
}

export async function checkInterchange(input: X12Input, opts: CheckOptions = {}): Promise<CheckResult> {
  const summary: CheckSummary = {
    bytes: 0,
    interchanges: 0,
    groups: 0,
    transactions: { total: 0, accepted: 0, acceptedWithErrors: 0, rejected: 0 },
    sets: {},
    claims: { accepted: 0, rejected: 0 },
    remittances: 0,
    problems: { errors: 0, warnings: 0 },
  };
  const problems: X12Problem[] = [];
  const max = opts.maxProblems ?? 1000;
  const acknowledgments: InterchangeAcknowledgment[] = [];
  const envelopes: InterchangeEvent[] = [];
  const claimAcks: ClaimAcknowledgment[] = [];
  let groups: FunctionalGroupAck[] = [];
  /** The first interchange problems: the TA1's note when no interchange could be read at all. */
  const envelopeProblems: X12Problem[] = [];
  let rejected = false;
  // Claims are counted from each set's answer, so they need not be held unless acknowledged one by one.
  const readOpts = {
    handlers: [claim837Handler({ atomicSets: opts.claimAcknowledgments === true }), remittance835Handler()],
    onProgress: (b: number) => {
      summary.bytes = b;
      opts.onProgress?.(b);
    },
    ...(opts.file === undefined ? {} : { file: opts.file }),
    ...(opts.strict === undefined ? {} : { strict: opts.strict }),
    ...(opts.allowOtherVersions === undefined ? {} : { allowOtherVersions: opts.allowOtherVersions }),
  };
  for await (const e of readEvents(input, readOpts)) {
    switch (e.kind) {
      case 'problem':
        if (e.problem.severity === 'error') {
          summary.problems.errors++;
          rejected = true;
        } else summary.problems.warnings++;
        if (problems.length < max) problems.push(e.problem);
        if (e.scope === 'interchange' && envelopeProblems.length < 10) envelopeProblems.push(e.problem);
        break;
      case 'claim':
      case 'rejected':
        if (e.kind === 'rejected') rejected = true;
        if (opts.claimAcknowledgments === true) claimAcks.push(claimAcknowledgment(e));
        break;
      case 'remittance':
        summary.remittances++;
        break;
      case 'transaction': {
        const t = summary.transactions;
        t.total++;
        summary.claims.accepted += e.claims.accepted;
        summary.claims.rejected += e.claims.rejected;
        summary.sets[e.ack.setId] = (summary.sets[e.ack.setId] ?? 0) + 1;
        if (e.ack.code === 'A') t.accepted++;
        else if (e.ack.code === 'E') t.acceptedWithErrors++;
        else {
          t.rejected++;
          rejected = true;
        }
        break;
      }
      case 'group':
        summary.groups++;
        groups.push(e.ack);
        if (e.ack.code === 'R' || e.ack.code === 'P') rejected = true;
        break;
      case 'interchange':
        summary.interchanges++;
        if (e.ack.code === 'R') rejected = true;
        acknowledgments.push({ interchange: e.ack, groups });
        envelopes.push(e);
        groups = [];
        break;
    }
  }
  if (groups.length > 0) acknowledgments.push({ groups });
  if (summary.interchanges === 0) rejected = true;
  // Input without a readable interchange still gets its answer: a TA1 rejecting it.
  if (acknowledgments.length === 0)
    acknowledgments.push({ interchange: unreadInterchangeAck(envelopeProblems), groups: [] });
  const result: CheckResult = {
    summary,
    problems,
    acknowledgments,
    ack999: acknowledgments
      .map((a, i) => write999(a, ackEnvelope(envelopes[i], i, opts.ackEnvelope)))
      .join(''),
    rejected,
  };
  if (opts.claimAcknowledgments === true) result.claimAcknowledgments = claimAcks;
  return result;
}

function ackEnvelope(
  e: InterchangeEvent | undefined,
  i: number,
  base: Partial<EnvelopeOptions> = {},
): EnvelopeOptions {
  // The input's ISA08 and ISA06 answer as ISA06 and ISA08 (and GS02/GS03) when they can be echoed.
  const env: EnvelopeOptions = {
    sender: base.sender ?? (e === undefined ? undefined : echoParty(e.receiver)) ?? { id: 'MEDCODE' },
    receiver: base.receiver ?? (e === undefined ? undefined : echoParty(e.sender)) ?? { id: 'UNKNOWN' },
    controlNumber: (base.controlNumber ?? 1) + i,
  };
  const usage = base.usage ?? (e?.usage === 'T' ? 'T' : 'P');
  return { ...base, ...env, usage };
}
