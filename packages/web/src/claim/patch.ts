/**
 * @module claim/patch
 * Applies a finding's machine-applicable fix (Finding.fix.patch: JSON-Pointer paths, RFC 6901,
 * with replace / add / remove) to the claim being coded. Removing a diagnosis or a line goes
 * through the claim edits so pointers and line numbers stay right. A patch that does not fit
 * the claim (the claim changed since the check) is refused as a whole, in words.
 */
import type { SuggestedFix } from '@medcode/domain';
import type { Result } from '@medcode/domain';
import type { ClaimWire } from '../api/wire.ts';
import { removeDiagnosis, removeLine } from './claim-edit.ts';

type Op = NonNullable<SuggestedFix['patch']>[number];

const unescapeToken = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

function tokens(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  return path.slice(1).split('/').map(unescapeToken);
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

function applyOne(claim: ClaimWire, op: Op): Result<ClaimWire> {
  const t = tokens(op.path);
  if (!t || t.length === 0) return { ok: false, error: `not a path into the claim: "${op.path}"` };
  if (op.op === 'remove' && t.length === 2 && /^\d+$/.test(t[1]!)) {
    const i = Number(t[1]);
    if (t[0] === 'diagnoses' && claim.diagnoses[i]) return { ok: true, value: removeDiagnosis(claim, i) };
    if (t[0] === 'lines' && claim.lines[i]) return { ok: true, value: removeLine(claim, i) };
  }
  const next = structuredClone(claim) as unknown as Container;
  let parent: unknown = next;
  for (const key of t.slice(0, -1)) {
    if (!isContainer(parent)) return { ok: false, error: `${op.path}: nothing at "${key}"` };
    parent = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  }
  const last = t[t.length - 1]!;
  if (!isContainer(parent)) return { ok: false, error: `${op.path}: the claim has no such place` };
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(i) || i < 0 || i > parent.length)
      return { ok: false, error: `${op.path}: no element ${last}` };
    if (op.op === 'add') parent.splice(i, 0, op.value);
    else if (i >= parent.length) return { ok: false, error: `${op.path}: no element ${last}` };
    else if (op.op === 'replace') parent[i] = op.value;
    else parent.splice(i, 1);
  } else {
    if (op.op !== 'add' && !(last in parent)) return { ok: false, error: `${op.path}: no field ${last}` };
    if (op.op === 'remove') delete parent[last];
    else parent[last] = op.value;
  }
  return { ok: true, value: next as unknown as ClaimWire };
}

export function applyPatch(claim: ClaimWire, patch: readonly Op[]): Result<ClaimWire> {
  let cur = claim;
  for (const op of patch) {
    const r = applyOne(cur, op);
    if (!r.ok) return r;
    cur = r.value;
  }
  return { ok: true, value: cur };
}
