/**
 * @module read/extensions
 * Reading Medcode's extensions back (see write/items and write/parties for what they hold).
 */
import type { Adjustment } from '@medcode/domain';
import type { Extension } from '@medplum/fhirtypes';
import { cents, isObject, list, num, type ReadContext, str } from './context.ts';

export interface FoundExtension {
  ext: Extension;
  path: string;
}

/** The extensions with this URL, each with its FHIRPath. */
export function extensions(
  ctx: ReadContext,
  host: { extension?: Extension[] } | undefined,
  path: string,
  url: string,
): FoundExtension[] {
  if (!isObject(host)) return [];
  return list<Extension>(ctx, host.extension, `${path}.extension`)
    .map((ext, i) => ({ ext, path: `${path}.extension[${i}]` }))
    .filter((e) => e.ext.url === url);
}

export const extension = (
  ctx: ReadContext,
  host: { extension?: Extension[] } | undefined,
  path: string,
  url: string,
): FoundExtension | undefined => extensions(ctx, host, path, url)[0];

export const extString = (ctx: ReadContext, e: FoundExtension | undefined): string | undefined =>
  e === undefined ? undefined : str(ctx, e.ext.valueString ?? e.ext.valueCode, `${e.path}.value`);

export function extBoolean(ctx: ReadContext, e: FoundExtension | undefined): boolean | undefined {
  if (e === undefined) return undefined;
  const v = e.ext.valueBoolean;
  if (typeof v === 'boolean') return v;
  ctx.problem(`${e.path}.valueBoolean`, 'expected true or false');
  return undefined;
}

const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);

/** An `adjustment` complex extension: group, reason, amount, quantity (X12 CAS). */
export function readAdjustmentExt(ctx: ReadContext, e: FoundExtension): Adjustment | undefined {
  const group = extString(ctx, extension(ctx, e.ext, e.path, 'group'));
  const reason = extString(ctx, extension(ctx, e.ext, e.path, 'reason'));
  const amount = extension(ctx, e.ext, e.path, 'amount');
  const c = amount === undefined ? undefined : cents(ctx, amount.ext.valueMoney, `${amount.path}.valueMoney`);
  if (group === undefined || !GROUPS.has(group) || reason === undefined || c === undefined) {
    ctx.problem(e.path, 'an adjustment needs a group (CO, PR, OA, PI, CR), a reason and an amount');
    return undefined;
  }
  const adj: Adjustment = { group: group as Adjustment['group'], reason, amount: c };
  const q = extension(ctx, e.ext, e.path, 'quantity');
  if (q !== undefined) {
    const n = num(ctx, q.ext.valueDecimal, `${q.path}.valueDecimal`);
    if (n !== undefined) adj.quantity = n;
  }
  return adj;
}

export const readAdjustmentExts = (ctx: ReadContext, host: Extension, path: string): Adjustment[] =>
  extensions(ctx, host, path, 'adjustment')
    .map((e) => readAdjustmentExt(ctx, e))
    .filter((a): a is Adjustment => a !== undefined);
