/**
 * @module services
 * What the service exposes from the other packages: code lookup and search, the coding
 * assistant, the claim checker, 837 intake and acknowledgments. The `serve` command wires the
 * real packages in; each is optional where the package may be absent from a build, and a
 * route whose service is missing answers 503 with a clear message.
 */
import type { Claim, Finding } from '@medcode/domain';
import type { LabOrder, LabQueryDraft, LabReview } from '@medcode/lab';

export type IntakeItem =
  | { ok: true; claim: Claim; place: string }
  | { ok: false; error: string; place: string; externalId?: string };

export interface CodeServices {
  show(code: string, on?: string): unknown[];
  search(query: string, opts: { system?: string; limit?: number; on?: string }): unknown;
}

export interface NoteInput {
  text: string;
  setting: 'outpatient' | 'inpatient';
  on?: string;
  age?: number;
  sex?: 'M' | 'F';
}

/** Lab order review (issue 7): read an order in any of its forms, review it, fold an answer in. */
export interface LabServices {
  read(text: string, fileName: string): { order: LabOrder; form: string };
  review(order: LabOrder): LabReview;
  /** The order with a provider's answer applied, and its new review. */
  answered(
    order: LabOrder,
    answer: { text: string; by?: string | null; at?: number },
    question: string,
  ): {
    order: LabOrder;
    review: LabReview;
  };
  queryBody(draft: LabQueryDraft): { question: string; indicators: string[]; options?: string[] };
}

export interface Services {
  /** Loads what the first request of each kind would otherwise wait for (search index, coding knowledge). */
  warm?: () => void;
  lab?: LabServices;
  codes?: CodeServices;
  codeNote?: (input: NoteInput) => unknown;
  /** Pure: the same claim and payer pack give the same findings. */
  scrub: (claim: Claim, opts: { payer?: string }) => Finding[];
  /** Splits an uploaded file into claims (or rejected records with their place). */
  intake: (text: string, fileName: string) => AsyncIterable<IntakeItem>;
  /** A 277CA for the claims of a finished job, when the X12 writer is there. */
  ack277ca?: (items: { claim: Claim; rejects: readonly Finding[] }[]) => string;
}
