/**
 * @module text/section-headers
 * Section header names, as data: what a header says → what kind of section it opens. Written
 * by the team from the headings of common note templates (SOAP, H&P, discharge summary,
 * operative report). Matching is on the lower-cased header with punctuation squeezed out.
 */

export type SectionKind =
  | 'chiefComplaint'
  | 'hpi'
  | 'pastMedicalHistory'
  | 'pastSurgicalHistory'
  | 'familyHistory'
  | 'socialHistory'
  | 'medications'
  | 'allergies'
  | 'ros'
  | 'exam'
  | 'results'
  | 'assessmentPlan'
  | 'plan'
  | 'impression'
  | 'diagnoses'
  | 'procedures'
  | 'hospitalCourse'
  | 'other';

export const SECTION_HEADERS: Readonly<Record<SectionKind, readonly string[]>> = {
  chiefComplaint: [
    'chief complaint',
    'cc',
    'reason for visit',
    'reason for consultation',
    'reason for referral',
    'presenting complaint',
    'complaint',
  ],
  hpi: [
    'history of present illness',
    'hpi',
    'present illness',
    'history',
    'subjective',
    'clinical history',
    'interval history',
    'history of the present illness',
    'brief history',
  ],
  pastMedicalHistory: [
    'past medical history',
    'pmh',
    'medical history',
    'past history',
    'past medical and surgical history',
    'pmhx',
    'past medical history significant for',
    // "Hx" is how transcriptions abbreviate history ("PAST MEDICAL HX:").
    'past medical hx',
    'medical hx',
    'past hx',
    'past psychiatric history',
    'pertinent medical history',
  ],
  pastSurgicalHistory: [
    'past surgical history',
    'psh',
    'surgical history',
    'previous surgeries',
    'past surgeries',
    'operations',
    'past surgical hx',
    'surgical hx',
  ],
  familyHistory: [
    'family history',
    'fh',
    'family medical history',
    'fhx',
    'family hx',
    'family psychiatric history',
    'family background',
  ],
  // A heading that joins the family's history to the patient's social one opens the patient's
  // own (smoking, alcohol, living situation); the relatives it names are read by the kin words
  // of context/triggers.ts ("her mother", "in his father").
  socialHistory: [
    'social history',
    'sh',
    'habits',
    'social hx',
    'personal history',
    'shx',
    'family social history',
    'family and social history',
    'family history and social history',
    'family/social history',
    'family history/social history',
    'social/family history',
    'personal and social history',
    'personal/social history',
    'social and developmental history',
    'social habits',
  ],
  medications: [
    'medications',
    'current medications',
    'meds',
    'medication',
    'home medications',
    'discharge medications',
    'admission medications',
    'outpatient medications',
    'medications on admission',
    'current meds',
  ],
  allergies: ['allergies', 'allergy', 'drug allergies', 'nkda'],
  ros: ['review of systems', 'ros', 'systems review', 'review of system'],
  exam: [
    'physical examination',
    'physical exam',
    'exam',
    'examination',
    'pe',
    'objective',
    'vital signs',
    'vitals',
    'general',
    'physical findings',
    'on examination',
    'admission physical examination',
    'physical examination on admission',
  ],
  results: [
    'laboratory data',
    'labs',
    'laboratory',
    'lab data',
    'laboratory studies',
    'diagnostic studies',
    'imaging',
    'radiology',
    'studies',
    'data',
    'laboratory values',
    'pertinent results',
    'findings',
    'results',
  ],
  assessmentPlan: [
    'assessment and plan',
    'assessment/plan',
    'a/p',
    'assessment & plan',
    'a&p',
    'assessment',
    'clinical impression and plan',
    'impression and plan',
    'impression/plan',
    'summary',
  ],
  plan: [
    'plan',
    'recommendations',
    'recommendation',
    'disposition',
    'follow-up',
    'follow up',
    'discharge instructions',
    'treatment plan',
  ],
  impression: [
    'impression',
    'clinical impression',
    'diagnostic impression',
    'impressions',
    'conclusion',
    'conclusions',
    'opinion',
  ],
  diagnoses: [
    'diagnosis',
    'diagnoses',
    'discharge diagnosis',
    'discharge diagnoses',
    'final diagnosis',
    'final diagnoses',
    'admission diagnosis',
    'admitting diagnosis',
    'preoperative diagnosis',
    'postoperative diagnosis',
    'pre-operative diagnosis',
    'post-operative diagnosis',
    'principal diagnosis',
    'secondary diagnoses',
    'primary diagnosis',
    'working diagnosis',
    'problem list',
    'active problems',
    'problems',
    'preoperative diagnoses',
    'postoperative diagnoses',
    'principal diagnoses',
    'secondary diagnosis',
    'other diagnoses',
    'preop diagnosis',
    'postop diagnosis',
    'preop diagnoses',
    'postop diagnoses',
    'preoperative dx',
    'postoperative dx',
    'preoperative diagnosis(es)',
    'postoperative diagnosis(es)',
    'preprocedure diagnosis',
    'postprocedure diagnosis',
    'admission diagnoses',
    'admitting diagnoses',
    'current diagnoses',
    'initial diagnoses',
    'problems/diagnoses',
    'problems list',
  ],
  procedures: [
    'procedure',
    'procedures',
    'procedure performed',
    'procedures performed',
    'operation',
    'operation performed',
    'name of procedure',
    'title of procedure',
    'description of procedure',
    'procedure in detail',
    'operative procedure',
    'procedure done',
    // The description of the operation, as operative-report templates head it.
    'description of operation',
    'description of the operation',
    'description of the procedure',
    'description of procedure in detail',
    'details of procedure',
    'details of the procedure',
    'details of the operation',
    'procedure details',
    'procedure detail',
    'procedure description',
    'procedure note',
    'procedure performed in detail',
    'operative procedure in detail',
    'operation in detail',
    'operative technique',
    'technique of procedure',
    'summary of procedure',
    'operative note',
    'operations performed',
    'operative procedures',
    'name of operation',
    'title of operation',
    'title of procedures',
  ],
  hospitalCourse: [
    'hospital course',
    'course',
    'clinical course',
    'emergency department course',
    'ed course',
    'course in the emergency department',
    'evolution',
  ],
  other: [
    'anesthesia',
    'estimated blood loss',
    'ebl',
    'complications',
    'specimen',
    'specimens',
    'drains',
    'fluids',
    'indications',
    'indication',
    'consent',
    'condition',
    'condition on discharge',
    'technique',
    'description',
  ],
};

/** Normalises a header for lookup: lower case, "&" kept, other punctuation to spaces. */
export function headerKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9&/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY: ReadonlyMap<string, SectionKind> = new Map(
  (Object.entries(SECTION_HEADERS) as [SectionKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((n) => [headerKey(n), kind] as const),
  ),
);

/** The section kind a header opens, or undefined for a sub-header ("HEENT:", "Neck:"). */
export function sectionKindOf(rawHeader: string): SectionKind | undefined {
  return BY_KEY.get(headerKey(rawHeader));
}
