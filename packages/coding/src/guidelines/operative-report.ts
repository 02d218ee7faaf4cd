/**
 * @module guidelines/operative-report
 * An operative (or procedure) report states its own diagnoses: "PREOPERATIVE DIAGNOSIS" and
 * "POSTOPERATIVE DIAGNOSIS". The Guidelines code the surgery from them — Section IV.N,
 * ambulatory surgery: code the diagnosis for which the surgery was performed, the postoperative
 * diagnosis when it differs, "since it is the most definitive". The description of the operation
 * that follows tells how it was done: "an Esmarch bandage was used to exsanguinate the foot",
 * "the pulse lavage was used to flush the wound", "bleeding was minimal", "the plantar adhesions
 * were freed". Its words name steps, instruments and expected intraoperative events, not the
 * patient's conditions, so in the claim profile a report with stated operative diagnoses is not
 * coded from its procedure sections. The same holds for an inpatient operative report: its
 * diagnostic statement is the postoperative diagnosis too.
 */
import type { Section } from '../text/sections.ts';
import type { SectionKind } from '../text/section-headers.ts';

/** A diagnosis header of an operative or procedure report ("Postoperative diagnoses", "Preop Dx"). */
const OPERATIVE_DIAGNOSIS =
  /\b(?:pre|post)[- ]?(?:operative|op|procedure|procedural|catheterization|cath)\b/i;

/**
 * Bleeding in the description of a procedure ("estimated blood loss was minimal", "bleeding
 * points were cauterized", "exsanguinated with an Esmarch") is the operation's own: a
 * complication of care is coded only when the provider documents it as one (Guidelines
 * I.B.16), whether or not the report states its diagnoses. Hemorrhage NOS, R58.
 */
export const OPERATION_OWN: ReadonlySet<string> = new Set(['R58']);

/** Sections of a report that name or describe the procedure itself. */
export const PROCEDURE_SECTIONS: ReadonlySet<SectionKind> = new Set(['procedures']);

/** Whether the note is a report that states its pre- or postoperative diagnoses. */
export function statesOperativeDiagnoses(sections: readonly Section[]): boolean {
  return sections.some((s) => s.kind === 'diagnoses' && OPERATIVE_DIAGNOSIS.test(s.title));
}
