/**
 * @module engine/registry
 * The shape of a finding-code registry. A registry is an `as const` object literal: codes are
 * keys, never renumbered and never reused; a code that is no longer produced stays, marked
 * `retired`, so old findings keep their meaning.
 */
import type { Severity } from '@medcode/domain';

export interface FindingDef {
  /** One line: what is wrong. */
  title: string;
  /** Default severity; a rule version may override it. */
  severity: Severity;
  /** The edit family ("validity", "conventions" ...), for summaries by edit. */
  edit: string;
  /** What a payer would likely return. */
  carc?: { group: 'CO' | 'PR' | 'OA' | 'PI'; reason: string };
  rarc?: readonly string[];
  /** Findings of these codes on the same path are dropped when this one is present (a more
   *  precise finding explains the same problem: "7th character missing" explains "invalid code"). */
  supersedes?: readonly string[];
  /** No longer produced; kept so that stored findings keep their meaning. */
  retired?: string;
}

export type FindingRegistry = Readonly<Record<string, FindingDef>>;
