/**
 * @module testing/context
 * What the tests adjudicate with: the shipped plans and example members read from
 * packages/adjudication/plans, the shipped payer packs, and the code sets the Vitest global
 * setup installed into MEDCODE_TEST_HOME (fee tables and edit tables from the official files).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CodeSetStore } from '@medcode/codesets';
import type { IsoDate } from '@medcode/domain';
import { type CompiledPack, loadPack, StoreTables } from '@medcode/rules';
import { AccumulatorLedger } from '../accumulators/ledger.ts';
import type { AdjudicationContext } from '../adjudicate/types.ts';
import { type MemberIndex, parseMembers } from '../members/member-index.ts';
import { parsePlan } from '../plan/parse.ts';
import type { Plan } from '../plan/schema.ts';
import { type FeeSource, storeFees } from '../pricing/fee-source.ts';

export const PACKAGE_DIR = resolve(import.meta.dirname, '..', '..');
export const PLANS_DIR = join(PACKAGE_DIR, 'plans');
const PACKS_DIR = resolve(PACKAGE_DIR, '..', 'rules', 'packs');

export const shippedPlan = (name: string): Plan => {
  const file = join(PLANS_DIR, `${name}.yaml`);
  return parsePlan(readFileSync(file, 'utf8'), file);
};

export const exampleMembers = (): MemberIndex => {
  const file = join(PLANS_DIR, 'members-example.yaml');
  return parseMembers(readFileSync(file, 'utf8'), file);
};

export const shippedPack = (name: string): CompiledPack => {
  const file = join(PACKS_DIR, `${name}.yaml`);
  return loadPack(readFileSync(file, 'utf8'), file);
};

let store: CodeSetStore | undefined;
export function testStore(): CodeSetStore {
  const home = process.env.MEDCODE_TEST_HOME;
  if (!home) throw new Error('MEDCODE_TEST_HOME is not set (the Vitest global setup sets it)');
  store ??= CodeSetStore.open(home);
  return store;
}

let shared: { fees: FeeSource; tables: StoreTables } | undefined;
export function storeTables(): { fees: FeeSource; tables: StoreTables } {
  shared ??= { fees: storeFees(testStore()), tables: new StoreTables(testStore()) };
  return shared;
}

export function context(
  planName: string,
  opts: { members?: MemberIndex | 'none'; ledger?: AccumulatorLedger; received?: string } = {},
): AdjudicationContext {
  const plan = shippedPlan(planName);
  const { fees, tables } = storeTables();
  const members = opts.members === 'none' ? undefined : (opts.members ?? exampleMembers());
  return {
    plan,
    ...(members ? { members } : {}),
    ledger: opts.ledger ?? new AccumulatorLedger(),
    fees,
    tables,
    ...(plan.scrubPack ? { pack: shippedPack(plan.scrubPack) } : {}),
    received: (opts.received ?? '2026-08-03') as IsoDate,
  };
}
