/**
 * @module wiring
 * The real services behind the API, over the installed code sets: lookup and search, the
 * coding assistant, the checker with its tables, X12 837 intake and 277CA acknowledgments.
 * Heavy parts (the search index, the coding knowledge) load on first use, so the server is
 * ready to answer at once.
 */
import { CodeSetStore, openSearch, type Searcher, showCode } from '@medcode/codesets';
import { codeNote, type CodingKnowledge, openKnowledge } from '@medcode/coding';
import { readLabOrder, reviewAnswered, reviewLabOrder, StoreLabTables, toQueryBody } from '@medcode/lab';
import {
  type Claim,
  type ClaimAcknowledgment,
  type ClaimAcknowledgmentReport,
  type Finding,
  type IsoDate,
  todayIso,
} from '@medcode/domain';
import { type CompiledPack, type ScrubTables, StoreTables, scrub } from '@medcode/rules';
import { claimAcknowledgment, parse837, rejectedByFindings, write277ca } from '@medcode/x12';
import { intakeFor } from './intake.ts';
import type { IntakeItem, Services } from './services.ts';

export interface WiringOptions {
  /** The checking date (default: today, each call). */
  today?: () => IsoDate;
  /** Payer packs by name, for `payer` in scrub requests. */
  packs?: (name: string) => CompiledPack;
}

async function* x12Intake(text: string, fileName: string): AsyncGenerator<IntakeItem> {
  for await (const item of parse837(text, { file: fileName })) {
    if (item.kind === 'claim')
      yield { ok: true, claim: item.claim, place: `${fileName}, segment #${item.position.segmentIndex}` };
    else if (item.kind === 'rejected')
      yield {
        ok: false,
        error: item.error.map((p) => p.message).join('; '),
        place: `${fileName}, segment #${item.position.segmentIndex}`,
        ...(item.claimId !== undefined ? { externalId: item.claimId } : {}),
      };
  }
}

/** A checked claim's 277CA entry: accepted, or rejected with what its rejecting findings point at. */
export function acknowledgmentFor(claim: Claim, findings: readonly Finding[]): ClaimAcknowledgment {
  const base = claimAcknowledgment({
    kind: 'claim',
    claim,
    position: { offset: 0, line: 1, segmentIndex: 0 },
    warnings: [],
  });
  return rejectedByFindings(base, findings);
}

export function storeServices(
  home: string,
  opts: WiringOptions = {},
): { services: Services; close: () => void } {
  const store = CodeSetStore.open(home);
  const tables: ScrubTables = new StoreTables(store);
  const today = opts.today ?? (() => todayIso());
  const labTables = new StoreLabTables(store, tables);
  let searcher: Searcher | undefined;
  let knowledge: CodingKnowledge | undefined;

  const services: Services = {
    warm: () => {
      searcher ??= openSearch(store);
      knowledge ??= openKnowledge(store);
    },
    codes: {
      show: (code, on) => showCode(store, code, on ?? today()),
      search: (query, o) => {
        searcher ??= openSearch(store);
        return {
          results: searcher.search(query, {
            ...(o.system ? { system: o.system as 'icd10cm' } : {}),
            limit: o.limit ?? 20,
          }),
        };
      },
    },
    codeNote: (input) => {
      knowledge ??= openKnowledge(store);
      return codeNote(input.text, knowledge, {
        setting: input.setting,
        profile: 'claim',
        em: input.setting === 'outpatient',
        ...(input.on !== undefined ? { dateOfService: input.on } : {}),
        ...(input.age !== undefined ? { patientAge: input.age } : {}),
        ...(input.sex !== undefined ? { patientSex: input.sex } : {}),
      });
    },
    scrub: (claim, o) =>
      scrub(claim, {
        tables,
        today: today(),
        ...(o.payer !== undefined && opts.packs ? { pack: opts.packs(o.payer) } : {}),
      }).findings,
    intake: intakeFor(x12Intake),
    lab: {
      read: (text, fileName) => readLabOrder(text, fileName),
      review: (order) => reviewLabOrder(order, { tables: labTables, today: today() }),
      answered: (order, answer, question) =>
        reviewAnswered(order, answer, { question }, { tables: labTables, today: today() }),
      queryBody: (draft) => toQueryBody(draft),
    },
    ack277ca: (items) => {
      const claims = items
        .filter((i): i is typeof i & { claim: Claim } => i.claim !== undefined)
        .map((i) => acknowledgmentFor(i.claim, i.rejects));
      const d = today();
      const report: ClaimAcknowledgmentReport = {
        source: { name: 'MEDCODE', id: 'MEDCODE', idQualifier: '46' },
        receiver: { name: 'SUBMITTER', id: 'SUBMITTER', idQualifier: '46' },
        received: d,
        processed: d,
        claims,
      };
      return write277ca(report, {
        sender: { id: 'MEDCODE' },
        receiver: { id: 'SUBMITTER' },
        date: d.replaceAll('-', ''),
      });
    },
  };
  return { services, close: () => store.close() };
}
