/**
 * @module intake
 * Splitting an uploaded batch into claims. X12 837 files go to the X12 parser (one item per
 * claim, or per transaction or claim it rejects, with its place); JSON uploads hold a claim, an
 * array of claims, or `{ "claims": [...] }` in the Medcode model, each read by the domain's
 * edge parser. One bad claim is one rejected item; the others go on.
 */
import { type Claim, parseClaimJson } from '@medcode/domain';
import type { IntakeItem } from './services.ts';

export type X12Intake = (text: string, fileName: string) => AsyncIterable<IntakeItem>;

export async function* jsonIntake(text: string, fileName: string): AsyncGenerator<IntakeItem> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    yield { ok: false, error: `not JSON: ${(e as Error).message}`, place: fileName };
    return;
  }
  const list: unknown[] = Array.isArray(doc)
    ? doc
    : typeof doc === 'object' && doc !== null && Array.isArray((doc as { claims?: unknown }).claims)
      ? (doc as { claims: unknown[] }).claims
      : [doc];
  for (const [i, raw] of list.entries()) {
    const place = `${fileName}, claim #${i + 1}`;
    const r = parseClaimJson(raw);
    if (r.ok) yield { ok: true, claim: r.value as Claim, place };
    else {
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      yield {
        ok: false,
        error: r.error.map((p) => `${p.path}: ${p.message}`).join('; '),
        place,
        ...(typeof id === 'string' ? { externalId: id } : {}),
      };
    }
  }
}

/** X12 when the text starts with an ISA segment, JSON otherwise. */
export function intakeFor(x12?: X12Intake): (text: string, fileName: string) => AsyncIterable<IntakeItem> {
  return (text, fileName) => {
    const head = text.replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('ISA')) {
      if (!x12)
        return single({ ok: false, error: 'X12 input is not supported by this build', place: fileName });
      return x12(text, fileName);
    }
    return jsonIntake(text, fileName);
  };
}

async function* single(item: IntakeItem): AsyncGenerator<IntakeItem> {
  yield item;
}
