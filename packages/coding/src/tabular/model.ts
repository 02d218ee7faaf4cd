/**
 * @module tabular/model
 * The Tabular List as the coder checks it: for a code, its title, whether it is billable (a
 * leaf of the classification valid in the release), its subdivisions, and the instructional
 * notes that apply to it — its own and those inherited from its category, section and chapter
 * (Guidelines I.A: "notes apply to all codes below the level where they appear"). An adapter
 * fills it from the code-set store (store-source.ts); tests fill it by hand.
 */

export interface TabularEntry {
  /** Dotted form, as the index prints it: "E11.22", "S72.001". */
  code: string;
  description: string;
  /** Valid for a claim in the release: a leaf (with its 7th character where one is required). */
  billable: boolean;
  /** Direct subdivisions, dotted. */
  children: readonly string[];
  /** Notes of this code and every level above it. */
  excludes1: readonly string[];
  excludes2: readonly string[];
  codeFirst: readonly string[];
  useAdditionalCode: readonly string[];
  codeAlso: readonly string[];
  /**
   * The code's own inclusion terms (not inherited: they list what this code itself covers),
   * such as Z80.0's "Conditions classifiable to C15-C26".
   */
  inclusionTerms?: readonly string[];
  /** Notes standing at chapter or section level ("where applicable" lists): not reported when unmet. */
  broad?: readonly string[];
  /** The 7th characters defined for this code or inherited: character → meaning. */
  seventh?: Readonly<Record<string, string>>;
}

export interface Tabular {
  /** The release, for the evidence trail: "icd10cm FY2026 (notes FY2023)". */
  release: string;
  get(code: string): TabularEntry | undefined;
}

/** "E1122" or "E11.22" → "E11.22". */
export function dotted(code: string): string {
  const c = code.replace('.', '').replace(/-+$/, '').toUpperCase();
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}
