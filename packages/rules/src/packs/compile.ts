/**
 * @module packs/compile
 * A payer pack compiled into engine rules.
 */
import type { Severity } from '@medcode/domain';
import type { RuleSpec } from '../engine/types.ts';

export interface CompiledPack {
  name: string;
  /** Version labels the pack carries, newest first. */
  versions: string[];
  rules: RuleSpec[];
  severityOf?: (code: string) => Severity | undefined;
}
