/**
 * @module coder/decide
 * Whether a mention is coded, by profile and setting, and why not when it is not.
 *  - Negated, family and hypothetical mentions are never the patient's current condition.
 *  - Uncertain: outpatient — not coded (Guidelines IV.H: "Do not code diagnoses documented as
 *    'probable', 'suspected', 'questionable', 'rule out', 'compatible with', 'consistent with',
 *    or 'working diagnosis'"; code the signs and symptoms instead); inpatient — coded as if
 *    established (II.H, III.C), but for HIV, coded only when confirmed (I.C.1.a.1).
 *  - Historical: the claim profile does not code a past condition as current (IV.J codes
 *    conditions that coexist and affect care; history belongs to Z80-Z87, I.C.21.c.4); the
 *    mentions profile lists it.
 *  - Procedure description: a report that states its operative diagnoses is coded from them
 *    (IV.N), not from the steps of the operation (claim profile).
 */
import type { ContextCategory } from '../context/triggers.ts';
import { isChronic, SAYS_HAS_HAD } from '../guidelines/chronic.ts';
import { OPERATION_OWN, PROCEDURE_SECTIONS } from '../guidelines/operative-report.ts';
import type { NotCodedReason, Profile, Setting } from '../types.ts';
import type { Mention } from './mentions.ts';

export interface Decision {
  coded: boolean;
  reason?: NotCodedReason;
  detail?: string;
  guidelines: string[];
  /** Context that was present but did not stop the code. */
  kept: ContextCategory[];
}

/** How coder/mentions.ts names the context a past medical history heading gives. */
const PMH_SECTION = 'section ';

const has = (m: Mention, c: ContextCategory): Mention['context'][number] | undefined =>
  m.context.find((x) => x.category === c);

export interface NoteFacts {
  /** The note states its pre- or postoperative diagnoses (guidelines/operative-report.ts). */
  operativeDiagnoses: boolean;
}

export function decide(
  m: Mention,
  setting: Setting,
  profile: Profile,
  note: NoteFacts = { operativeDiagnoses: false },
): Decision {
  // The words name a test, a treatment or a device (context/name-heads.ts), not a condition.
  if (m.modifies)
    return {
      coded: false,
      reason: 'modifier',
      detail: `the words name a ${m.modifies.text.toLowerCase()}, not a condition`,
      guidelines: ['I.A'],
      kept: [],
    };
  // An adjective of another condition's noun ("faint erythema"), claim profile (mentions.ts).
  if (m.attributive && profile === 'claim')
    return {
      coded: false,
      reason: 'modifier',
      detail: `the word modifies "${m.attributive.text}", read as that condition`,
      guidelines: ['I.A'],
      kept: [],
    };
  // A finding of another condition said with it ("a nodule with a necrotic center"), claim
  // profile: signs routinely part of a condition are not coded beside it (I.B.5).
  if (m.findingOf && profile === 'claim')
    return { coded: false, reason: 'integral-symptom', detail: m.findingOf, guidelines: ['I.B.5'], kept: [] };
  const neg = has(m, 'negated');
  if (neg)
    return {
      coded: false,
      reason: 'negated',
      detail: `negated by "${neg.trigger}"`,
      guidelines: [],
      kept: [],
    };
  const fam = has(m, 'family');
  if (fam)
    return {
      coded: false,
      reason: 'family',
      detail: `the family's, by "${fam.trigger}"`,
      guidelines: ['I.C.21.c.4'],
      kept: [],
    };
  const hyp = has(m, 'hypothetical');
  if (hyp)
    return {
      coded: false,
      reason: 'hypothetical',
      detail: `hypothetical, by "${hyp.trigger}"`,
      guidelines: [],
      kept: [],
    };
  // A report that states its operative diagnoses is coded from them, not from the description
  // of the operation (IV.N; guidelines/operative-report.ts).
  if (profile === 'claim' && note.operativeDiagnoses && PROCEDURE_SECTIONS.has(m.section))
    return {
      coded: false,
      reason: 'procedure-description',
      detail: 'said in the description of the procedure; the report states its diagnoses',
      guidelines: ['IV.N'],
      kept: [],
    };
  if (profile === 'claim' && PROCEDURE_SECTIONS.has(m.section) && OPERATION_OWN.has(m.hit.code))
    return {
      coded: false,
      reason: 'procedure-description',
      detail: "bleeding in the description of the procedure is the operation's own",
      guidelines: ['I.B.16'],
      kept: [],
    };
  const kept: ContextCategory[] = [];
  const unc = has(m, 'uncertain');
  if (unc) {
    // I.C.1.a.1: "Code only confirmed cases of HIV infection/illness. This is an exception to
    // the hospital inpatient guideline Section II, H." A confirmation is the provider's
    // statement, so an uncertain HIV is not coded in any setting.
    if (profile === 'claim' && /^(?:B20|Z21)/.test(m.hit.code))
      return {
        coded: false,
        reason: 'uncertain',
        detail: `uncertain ("${unc.trigger}"): only confirmed HIV is coded`,
        guidelines: ['I.C.1.a.1'],
        kept: [],
      };
    if (setting === 'outpatient' && profile === 'claim')
      return {
        coded: false,
        reason: 'uncertain',
        detail: `uncertain ("${unc.trigger}"): outpatient, code the signs and symptoms`,
        guidelines: ['IV.H'],
        kept: [],
      };
    kept.push('uncertain');
  }
  const hist = has(m, 'historical');
  if (hist) {
    // A chronic disease in the patient's history is the patient's still (IV.I, guidelines/chronic.ts).
    const stillHas =
      isChronic(m.hit.code) &&
      m.context.every(
        (c) =>
          c.category !== 'historical' || SAYS_HAS_HAD.has(c.trigger) || c.trigger.startsWith(PMH_SECTION),
      );
    if (profile === 'claim' && stillHas) return { coded: true, guidelines: ['IV.I'], kept: ['historical'] };
    if (profile === 'claim')
      return {
        coded: false,
        reason: 'historical',
        detail: `past condition ("${hist.trigger}")`,
        guidelines: ['IV.J', 'I.C.21.c.4'],
        kept: [],
      };
    kept.push('historical');
  }
  const guidelines = unc ? (setting === 'inpatient' ? ['II.H'] : []) : [];
  return { coded: true, guidelines, kept };
}
