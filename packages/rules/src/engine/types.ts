/**
 * @module engine/types
 * Rules as data. A rule is a condition over named facts (`all` / `any` / `not`, pluggable
 * operators, in the json-rules-engine tradition) that, when it holds, yields a finding. A rule
 * has versions with effective dates; the date of service picks the version, and a version may
 * change the rule's parameters (code lists, limits), its severity, its citation or its
 * condition. Everything here is plain JSON-shaped data: the edit library and the payer packs
 * are written in it, and a finding can always say which version of which rule produced it.
 */
import type { EvidenceSource, Severity, SuggestedFix } from '@medcode/domain';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A value in a condition: a literal, a parameter of the rule version in force (`{ param }`), or
 * another fact (`{ fact, path }`). An object whose only key is `param`, or whose keys are `fact`
 * and optionally `path`, is a reference; every other value is a literal.
 */
export type ValueRef = JsonValue | { param: string } | { fact: string; path?: string };

export interface FactCondition {
  /** A fact name ("line.units"), or "$item" for the current item of an `each` rule. */
  fact: string;
  /** Dotted path into the fact's value ("indicator", "row.mai"). */
  path?: string;
  operator: string;
  value: ValueRef;
}

/** A typed predicate, for what a fact plus an operator cannot say. */
export interface PredicateCondition {
  predicate: string;
  params?: Record<string, ValueRef>;
}

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FactCondition
  | PredicateCondition;

/**
 * What a rule iterates over. Scope names are given by the subject's fact book ("claim", "line",
 * "diagnosis" for claims); `{ each }` iterates over the items of a list-valued fact of the
 * subject's root scope (a pair of lines, a pair of diagnoses, a day's units of one code ...).
 */
export type Scope = string | { each: string };

/** A citation a rule version carries: everything but computed facts. */
export type Citation = Exclude<EvidenceSource, { kind: 'fact' }>;

export interface RuleVersion {
  /** First date of service the version applies to (YYYY-MM-DD). */
  from: string;
  /** Last date of service it applies to; open-ended when absent. */
  to?: string;
  /** Parameters the condition reads with `{ param }` (code lists, limits ...). */
  params?: Record<string, JsonValue>;
  severity?: Severity;
  /** The sources this version enforces: guideline section, policy chapter, payer pack rule. */
  cite?: Citation[];
  /** A different condition for this version; the rule's own otherwise. */
  when?: Condition;
  /** The rule does not apply in this span (an edit a publisher deactivated, for example). */
  inactive?: true;
  /** Free text: why this version exists (what changed). */
  note?: string;
}

export interface RuleSpec {
  /** Stable id of the rule ("icd10cm.excludes1"); payer pack rules are "<pack>/<rule>". */
  id: string;
  /** The finding code it yields (a key of the subject's finding registry). */
  finding: string;
  /** The kinds of rule set it belongs to ("scrub", "labOrder", "adjudication"). */
  contexts: readonly string[];
  scope: Scope;
  /** The finding fires when this holds (for each item of the scope). */
  when: Condition;
  /**
   * A message template: `{fact.name}` is replaced by the fact's value on the current item,
   * `{$item.path}` by a field of the current item, `{$param.name}` by a version parameter.
   */
  message: string;
  /** Overrides the registry's severity for this rule (a version's own severity wins over both). */
  severity?: Severity;
  /** The claim field the finding points at ("units", "diagnosisPointers" ...). */
  field?: string;
  /** Facts whose values are `EvidenceSource`s (or lists of them) to attach, such as a table row. */
  evidence?: readonly string[];
  /** A fact whose value is the `SuggestedFix`, when there is one. */
  fix?: string;
  /** A fix in words (a template like `message`), for rules whose fix no fact computes. */
  fixText?: string;
  /** Overrides of the registry's CARC/RARC for this rule. */
  carc?: { group: 'CO' | 'PR' | 'OA' | 'PI'; reason: string };
  rarc?: string[];
  versions: readonly RuleVersion[];
}

export interface RuleSet {
  /** What the rule set checks: "scrub", "labOrder", "adjudication". */
  kind: string;
  rules: readonly RuleSpec[];
}

/** One leaf of a condition as evaluated: the fact looked at, the expected and the actual value. */
export interface LeafResult {
  fact?: string;
  path?: string;
  predicate?: string;
  operator?: string;
  expected?: unknown;
  actual?: unknown;
  result: boolean;
}

export type ConditionResult =
  | { all: ConditionResult[]; result: boolean }
  | { any: ConditionResult[]; result: boolean }
  | { not: ConditionResult; result: boolean }
  | LeafResult;

/** Why a rule fired: which rule, which version, on which item, with what facts. */
export interface RuleResult {
  rule: string;
  version: { from: string; to?: string };
  scope: string;
  index: number;
  conditions: ConditionResult;
}

export type { EvidenceSource, Severity, SuggestedFix };
