/**
 * @module types
 * What the coder returns: suggestions with their evidence trail, and the mentions it saw but
 * did not code, with the reason. Plain data, ready for JSON.
 */
import type { Sex } from '@medcode/domain';
import type { ContextCategory } from './context/triggers.ts';
import type { EmResult } from './em/evaluate.ts';
import type { ProcedureSuggestion } from './procedures/hcpcs.ts';
import type { SectionKind } from './text/section-headers.ts';

export type Setting = 'outpatient' | 'inpatient';
/** 'claim' applies the setting's guidelines; 'mentions' lists every affirmed condition, history included. */
export type Profile = 'claim' | 'mentions';

export interface Span {
  start: number;
  end: number;
  /** The quoted words: text.slice(start, end). */
  text: string;
}

export interface Suggestion {
  /** Dotted ICD-10-CM code: "E11.22". */
  code: string;
  description: string;
  /** 0..1: how directly the words support the code (see coder/confidence.ts). */
  confidence: number;
  /** Where the note says it: the condition's words, and for combination codes the linked words. */
  evidence: Span[];
  /** How the index led there: "Diabetes, diabetic > type 2 > with > chronic kidney disease". */
  indexPath: string;
  source: 'index' | 'neoplasm' | 'drug' | 'external';
  /** The tabular check, step by step. */
  tabular: string[];
  /** ICD-10-CM Official Guidelines sections applied ("I.A.15", "IV.H"). */
  guidelines: string[];
  /** Companion instructions and how they were met ("use additional code N18.- : N18.30"). */
  companions: string[];
  section: SectionKind;
  /** Context that did not stop the code (for example 'uncertain' in the inpatient setting). */
  context: ContextCategory[];
}

export type NotCodedReason =
  | 'negated'
  | 'family'
  | 'historical'
  | 'hypothetical'
  | 'uncertain'
  | 'integral-symptom'
  | 'excludes1'
  | 'combined'
  | 'less-specific'
  | 'not-verified'
  /** Said in the procedure sections of a report that states its operative diagnoses (IV.N). */
  | 'procedure-description'
  /** The words modify a noun naming something else: "stress test", "diabetic diet". */
  | 'modifier';

export interface NotCoded {
  reason: NotCodedReason;
  /** The code the mention would have had, when the tabular check got that far. */
  code?: string;
  evidence: Span;
  detail: string;
  guidelines: string[];
}

export interface CodingOptions {
  setting: Setting;
  profile: Profile;
  /** YYYY-MM-DD: picks the code-set release. */
  dateOfService?: string;
  /** Compute the E/M office-visit level (outpatient). */
  em?: boolean;
  patientStatus?: 'new' | 'established';
  /**
   * The patient's sex as registered (the claim model's DMG03: M, F, U): M or F overrides what
   * the note's words say (text/patient-sex.ts); U, or none, leaves it to the note.
   */
  patientSex?: Sex;
  /**
   * The patient's age in completed years. Chooses the index subterms that are an age and nothing
   * else ("Bronchitis, under 15 years of age", index/age.ts); subterms that name a person or an
   * onset ("newborn", "adult type", "childhood") are still read from the note's words.
   */
  patientAge?: number;
}

export interface CodingResult {
  setting: Setting;
  profile: Profile;
  suggestions: Suggestion[];
  notCoded: NotCoded[];
  em?: EmResult;
  /** HCPCS Level II (and customer-file CPT) codes read from what the note says was done. */
  procedures?: ProcedureSuggestion[];
  releases: { index: string; tabular: string };
  /** The patient's age and sex given with the request (echoed; each choice they made says so). */
  patient?: { age?: number; sex?: Sex };
}
