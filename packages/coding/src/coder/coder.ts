/**
 * @module coder/coder
 * Note → codes, the coder's method end to end: read the note (sections, sentences, tokens),
 * find conditions through the index, read their context, decide by setting, verify each in the
 * tabular list, merge combination codes, drop symptoms integral to a confirmed diagnosis,
 * resolve Excludes1 conflicts, check companion instructions, and order the result.
 */
import { type AssessedProblem, evaluateEm, extractEmFacts } from '../em/evaluate.ts';
import { integralTo, isSign } from '../guidelines/integral.ts';
import { statesOperativeDiagnoses } from '../guidelines/operative-report.ts';
import { C80_1, primaryUndetermined, sitedInstead } from '../guidelines/neoplasm-site.ts';
import { allergyStatusOf, UNSPECIFIED_DRUG_ALLERGY } from '../guidelines/allergy-status.ts';
import { habitOf, type PastHabit, pastHabit } from '../guidelines/past-habit.ts';
import type { IndexFinder } from '../index/finder.ts';
import type { ProcedureMatcher } from '../procedures/hcpcs.ts';
import { type Completion, type CompletionFailure, complete, sideOfTitle } from '../tabular/complete.ts';
import type { Tabular, TabularEntry } from '../tabular/model.ts';
import { type NoteDocument, readNote } from '../text/document.ts';
import { readSex, type SexReading } from '../text/patient-sex.ts';
import type { CodingOptions, CodingResult, NotCoded, Span, Suggestion } from '../types.ts';
import {
  confidenceOfRepeated,
  type EvidenceInputs,
  evidenceInputs,
  logitOf,
  SUGGESTED_FROM,
} from './confidence.ts';
import { type Decision, decide } from './decide.ts';
import { familyHistoryOf, whoseCondition } from './family-history.ts';
import { findMentions, type Mention, readSentences, saidJoined } from './mentions.ts';
import { applyCompanions, resolveExcludes1 } from './relations.ts';
import { encounterOfInjury, externalCauses } from './external-cause.ts';
import { strokeSequelae } from './stroke-sequela.ts';

export interface CodingKnowledge {
  finder: IndexFinder;
  tabular: Tabular;
  /** HCPCS Level II (and CPT from a customer file) descriptions, when installed. */
  procedures?: ProcedureMatcher;
  /** The Index to External Causes of Injuries, when installed (coder/external-cause.ts). */
  externalCauses?: IndexFinder;
  releases: { index: string; tabular: string };
}

export interface Candidate {
  suggestion: Suggestion;
  entry: TabularEntry;
  mentions: Mention[];
  /** Order key: where it is first said, assessment sections first. */
  rank: number;
  /** The log-odds of its best-supported mention (coder/confidence.ts). */
  logit: number;
  /** What the confidence model read of that mention (refitting the model reads it too). */
  inputs: EvidenceInputs;
  /** The tabular took only the side as unspecified (tabular/complete.ts `sideOnly`). */
  sideOnly?: true;
}

const SECTION_RANK: Partial<Record<Mention['section'], number>> = {
  diagnoses: 0,
  assessmentPlan: 0,
  impression: 0,
  chiefComplaint: 1,
  hpi: 2,
};

export function codeNote(text: string, k: CodingKnowledge, options: CodingOptions): CodingResult {
  return codeNoteCandidates(text, k, options).result;
}

/**
 * `codeNote` with the candidates behind its suggestions, in the same order: each with the
 * evidence inputs of its best mention, for refitting the confidence model (eval/fit-confidence.ts).
 */
export function codeNoteCandidates(
  text: string,
  k: CodingKnowledge,
  options: CodingOptions,
): { result: CodingResult; candidates: Candidate[] } {
  const doc = readNote(text);
  const claim = options.profile === 'claim';
  const read = readSentences(doc, { personalHistory: claim, andAsWith: claim });
  // Read only when a tabular choice depends on it (most notes never ask).
  let sexRead: { sex: SexReading | undefined } | undefined;
  const sex = (): SexReading | undefined => {
    sexRead ??= { sex: readSex(text, options.patientSex) };
    return sexRead.sex;
  };
  const findOptions = { patientAge: options.patientAge, patientSex: () => sex()?.sex, ownReadingToo: !claim };
  const found = strokeSequelae(findMentions(doc, k.finder, read, findOptions), doc, k.finder).flatMap((m) =>
    byDrugClass(m, k.finder, read, doc),
  );
  const mentions = k.externalCauses
    ? [...found, ...externalCauses(doc, k.externalCauses, read, found, findOptions)]
    : found;
  const facts = { operativeDiagnoses: statesOperativeDiagnoses(doc.sections) };
  const notCoded: NotCoded[] = [];
  const byCode = new Map<string, Candidate>();
  const decisions = mentions.map((m) => decide(m, options.setting, options.profile, facts));
  // A habit said to be given up is its history unless the note has it as current as well ("she
  // quit smoking and started again", "to help her quit smoking": she smokes).
  const currentHabits = new Set(
    mentions.filter((m, i) => decisions[i]!.coded && !endedHabit(m)).map((m) => habitOf(m.hit.code)),
  );
  for (const [i, found] of mentions.entries()) {
    let m = asPastHabit(found, currentHabits);
    let d = m === found ? decisions[i]! : decide(m, options.setting, options.profile, facts);
    const s = doc.sentences[m.sentence]!;
    const sentenceText = text.slice(s.start, s.end);
    const keys = new Set(read.keys[m.sentence]!.at.keys());
    for (const l of m.hit.linked) for (const key of read.keys[l.sentence]!.at.keys()) keys.add(key);
    let c = complete(k.tabular, m.hit.code, sentenceText, keys, sex, {
      start: m.span.start - s.start,
      end: m.span.end - s.start,
    });
    // Claim profile only: CodiEsp, coded like the mentions profile, codes a family history 6
    // times in 5,639 codes (train); listing each relative's condition so cost 21 false positives
    // for 2 true.
    const whose = !d.coded && d.reason === 'family' ? whoseCondition(m, text) : undefined;
    if (claim && whose === 'family') {
      // A relative's condition the patient is not sure of ("His brother may have had colon
      // cancer") is no known family history.
      const doubt = m.context.find((x) => x.category === 'uncertain');
      if (doubt)
        d = {
          coded: false,
          reason: 'uncertain',
          detail: `a family history not known ("${doubt.trigger}")`,
          guidelines: ['IV.H'],
          kept: [],
        };
      else if ('code' in c) {
        const fh = asFamilyHistory(m, c, k, (code) => complete(k.tabular, code, sentenceText, keys, sex));
        if (fh) ({ m, c, d } = fh);
      }
    } else if (whose === 'patient') {
      // "Mother believes that he is constipated": the patient's own condition.
      m = { ...m, context: m.context.filter((x) => x.category !== 'family') };
      d = decide(m, options.setting, options.profile, facts);
    }
    if (!('code' in c)) {
      notCoded.push({
        reason: 'not-verified',
        evidence: m.span,
        detail: `index ${m.hit.path.join(' > ')} → ${m.hit.code}: ${c.reason}`,
        guidelines: ['I.A'],
      });
      continue;
    }
    if (!d.coded) {
      notCoded.push({
        reason: d.reason!,
        code: c.code,
        evidence: m.span,
        detail: d.detail ?? '',
        guidelines: d.guidelines,
      });
      continue;
    }
    // An external cause is never first-listed (I.C.20.a.6): after every condition.
    const rank = (m.hit.source === 'external' ? 9 : (SECTION_RANK[m.section] ?? 3)) * 1e7 + m.span.start;
    // The claim profile applies the classification's presumption: conditions linked by "with"
    // are related unless the provider says otherwise (I.A.15; hypertension with kidney or heart
    // disease, I.C.9.a); a cause ("due to") holds when the note says it joined to the condition
    // ("fracture due to osteoporosis"). A combination code is then not discounted for the link;
    // the corpus the model was fitted on codes the parts apart (coder/confidence.ts).
    const linkHolds =
      claim && (presumedLink(m.hit.path) || saidJoined(doc.sentences[m.sentence]!.tokens, m.sentence, m.hit));
    const made = addCandidate(byCode, m, c, d, rank, linkHolds);
    // A bilateral condition without a code for both sides is coded once for each (I.B.13), a
    // disc disorder once for each level.
    for (const [i, other] of (c.also ?? []).entries())
      addCandidate(byCode, m, other, d, rank + 0.25 * (i + 1), linkHolds);
    if (!made) continue;
    const { logit, inputs } = made;
    const confidence = made.suggestion.confidence;
    if (m.hit.manif) {
      const mc = complete(k.tabular, m.hit.manif, sentenceText, keys, sex);
      if ('code' in mc && !byCode.has(mc.code)) {
        byCode.set(mc.code, {
          entry: mc.entry,
          mentions: [m],
          rank: rank + 0.5,
          logit,
          inputs,
          suggestion: {
            code: mc.code,
            description: mc.entry.description,
            confidence,
            evidence: [m.span],
            indexPath: `${m.hit.path.join(' > ')} [${m.hit.manif}]`,
            source: m.hit.source,
            tabular: mc.steps,
            guidelines: ['I.A.13'],
            companions: [`manifestation of ${c.code}, listed after it`],
            section: m.section,
            context: d.kept,
          },
        });
      }
    }
  }
  let candidates = [...byCode.values()];
  candidates = mergeCombinations(candidates, notCoded);
  candidates = dropUnspecifiedSite(candidates, notCoded);
  if (options.setting === 'inpatient') candidates = dropUndeterminedPrimary(candidates, notCoded, doc);
  if (options.profile === 'claim') {
    candidates = dropIntegral(candidates, notCoded, options.setting);
    candidates = dropLessSpecific(candidates, notCoded);
  }
  // Excludes1 governs what goes on a claim together; the mentions profile lists what was said.
  if (options.profile === 'claim') candidates = resolveExcludes1(candidates, notCoded, k.tabular);
  for (const c of candidates) c.suggestion.evidence = uniqueSpans(c.suggestion.evidence);
  encounterOfInjury(candidates, k.tabular);
  const ordered = applyCompanions(candidates.sort((a, b) => a.rank - b.rank));
  const result: CodingResult = {
    setting: options.setting,
    profile: options.profile,
    suggestions: ordered.map((c) => c.suggestion),
    notCoded,
    releases: k.releases,
  };
  if (options.patientAge !== undefined || options.patientSex !== undefined)
    result.patient = {
      ...(options.patientAge !== undefined ? { age: options.patientAge } : {}),
      ...(options.patientSex !== undefined ? { sex: options.patientSex } : {}),
    };
  if (k.procedures) result.procedures = k.procedures.find(doc, read);
  if (options.em) {
    const assessed: AssessedProblem[] = ordered
      .filter((c) =>
        c.mentions.some(
          (m) => m.section === 'assessmentPlan' || m.section === 'diagnoses' || m.section === 'impression',
        ),
      )
      .map((c) => ({ label: c.suggestion.description, sentence: doc.sentences[c.mentions[0]!.sentence]! }));
    result.em = evaluateEm(extractEmFacts(doc, assessed, options.patientStatus));
  }
  return { result, candidates: ordered };
}

/**
 * Adds the mention's code to the candidates, or its support to the candidate of the same code
 * already there; returns the candidate when it is new.
 */
function addCandidate(
  byCode: Map<string, Candidate>,
  m: Mention,
  c: Completion,
  d: Decision,
  rank: number,
  /** The claim profile, and the link is presumed or said (see the caller). */
  linkHolds: boolean,
): Candidate | undefined {
  const existing = byCode.get(c.code);
  const inputs = evidenceInputs(m, c);
  if (linkHolds) inputs.features.linked = 0;
  const logit = logitOf(inputs);
  const confidence = confidenceOfRepeated(logit, 1);
  if (existing) {
    existing.mentions.push(m);
    existing.suggestion.evidence.push(m.span, ...m.linked);
    if (logit > existing.logit) {
      existing.logit = logit;
      existing.inputs = inputs;
    }
    // Said again elsewhere in the note: surer (distinct sentences only).
    const said = new Set(existing.mentions.map((x) => x.sentence)).size;
    existing.suggestion.confidence = confidenceOfRepeated(existing.logit, said);
    existing.rank = Math.min(existing.rank, rank);
    return undefined;
  }
  const guidelines = [
    ...new Set([
      ...c.guidelines,
      ...d.guidelines,
      ...(m.guidelines ?? []),
      ...(m.linked.length > 0 ? ['I.A.15'] : []),
    ]),
  ];
  const made: Candidate = {
    entry: c.entry,
    mentions: [m],
    rank,
    logit,
    inputs,
    ...(c.sideOnly ? { sideOnly: true as const } : {}),
    suggestion: {
      code: c.code,
      description: c.entry.description,
      confidence,
      evidence: [m.span, ...m.linked],
      indexPath: m.hit.path.join(' > ') + (m.hit.column ? ` [${m.hit.column}]` : ''),
      source: m.hit.source,
      tabular: c.steps,
      guidelines,
      companions: [],
      section: m.section,
      context: d.kept,
    },
  };
  byCode.set(c.code, made);
  return made;
}

/**
 * A relative's condition as the patient's family history (coder/family-history.ts): the mention
 * read through the history code, verified in the tabular, coded under I.C.21.c.4.
 */
function asFamilyHistory(
  m: Mention,
  c: Completion,
  k: CodingKnowledge,
  verify: (code: string) => Completion | CompletionFailure,
): { m: Mention; c: Completion; d: Decision } | undefined {
  const fh = familyHistoryOf(c.code, c.entry.description, m.span.text, k);
  const fc = fh ? verify(fh.code) : undefined;
  if (!fh || !fc || !('code' in fc)) return undefined;
  // The history code alone: the condition's manifestation code is no history.
  const { manif: _manif, ...hit } = m.hit;
  return {
    m: { ...m, hit: { ...hit, code: fc.code, path: fh.path } },
    c: { ...fc, steps: fh.step ? [fh.step, ...fc.steps] : fc.steps },
    d: { coded: true, guidelines: ['I.C.21.c.4'], kept: ['family'] },
  };
}

/** How many words after an allergy a drug's name may stand ("allergic to beta-lactam antibiotics"). */
const ALLERGEN_WORDS = 4;
/** What joins the drugs of a list ("allergic to codeine, morphine and aspirin"). */
const DRUG_LIST: ReadonlySet<string> = new Set([',', 'and', 'or']);

/**
 * An allergy to a drug the index does not list ("History, personal, allergy, drug ... Z88.9") is
 * read by the drug's class from the Table of Drugs (guidelines/allergy-status.ts): "allergic to
 * clarithromycin" is Z88.1, other antibiotic agents. Each drug of a list is read so ("allergic to
 * codeine and aspirin": Z88.5 and Z88.6).
 */
function byDrugClass(
  m: Mention,
  finder: IndexFinder,
  read: ReturnType<typeof readSentences>,
  doc: NoteDocument,
): Mention[] {
  if (m.hit.code !== UNSPECIFIED_DRUG_ALLERGY || m.hit.source !== 'index') return [m];
  const sk = read.keys[m.sentence]!;
  const tokens = doc.sentences[m.sentence]!.tokens;
  const out: Mention[] = [];
  let from = Math.max(...m.hit.core) + 1;
  let to = from + ALLERGEN_WORDS - 1;
  for (;;) {
    const drug = finder.drugNamed(sk, from, to);
    const cls = drug ? allergyStatusOf(drug.code) : undefined;
    if (!drug || !cls) break;
    const last = Math.max(...drug.tokens);
    const end = tokens[last]!.end;
    if (cls.status !== m.hit.code)
      out.push({
        ...m,
        hit: {
          ...m.hit,
          code: cls.status,
          core: [...m.hit.core, ...drug.tokens],
          path: [...m.hit.path, `Table of Drugs: ${drug.title} ${drug.code} (${cls.name})`],
        },
        span: { start: m.span.start, end, text: doc.text.slice(m.span.start, end) },
      });
    if (!DRUG_LIST.has(tokens[last + 1]?.lower ?? '')) break;
    from = last + 2;
    to = last + 3;
  }
  return out.length > 0 ? out : [m];
}

/** The habit a mention's dependence is said to have ended ("former smoker", "quit smoking"). */
const endedHabit = (m: Mention): PastHabit | undefined =>
  pastHabit(
    m.hit.code,
    m.context.filter((c) => c.category === 'historical').map((c) => c.trigger),
  );

/**
 * A dependence said to have ended ("former smoker") is read as its personal history code
 * (guidelines/past-habit.ts), which names the past itself: only a negation still stops it.
 */
function asPastHabit(m: Mention, current: ReadonlySet<PastHabit | undefined>): Mention {
  const habit = endedHabit(m);
  if (!habit || current.has(habit)) return m;
  return {
    ...m,
    hit: { ...m.hit, code: habit.history, path: [...habit.path] },
    context: m.context.filter((c) => c.category !== 'historical'),
  };
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * A condition whose words were linked into a combination code (Guidelines I.A.15, "with";
 * I.B.9, multiple coding for a single condition) is not coded again on its own, unless the
 * combination code asks for it ("use additional code", "code also", "code first").
 */
const support = (c: Candidate): number => Math.max(...c.mentions.map((m) => m.hit.score));

function mergeCombinations(cands: Candidate[], notCoded: NotCoded[]): Candidate[] {
  const drop = new Set<Candidate>();
  // The combinations that gathered the most words go first; a dropped one drops nothing.
  const bySupport = [...cands].sort((x, y) => support(y) - support(x));
  for (const a of bySupport) {
    if (drop.has(a)) continue;
    const linked = a.mentions.flatMap((m) => m.linked);
    if (linked.length === 0) continue;
    for (const b of cands) {
      if (b === a || drop.has(b)) continue;
      if (!b.mentions.every((m) => linked.some((l) => within(m.span, l)))) continue;
      // "Code first" names the underlying condition that the combination code is a
      // manifestation of (I.A.13): D63.1 "Anemia in chronic kidney disease" codes first N18.-.
      const asked = [...a.entry.useAdditionalCode, ...a.entry.codeAlso, ...a.entry.codeFirst].some((n) =>
        n.includes(b.suggestion.code.slice(0, 3)),
      );
      if (asked) continue;
      drop.add(b);
      notCoded.push({
        reason: 'combined',
        code: b.suggestion.code,
        evidence: b.suggestion.evidence[0]!,
        detail: `part of combination code ${a.suggestion.code}`,
        guidelines: ['I.A.15', 'I.B.9'],
      });
    }
  }
  return cands.filter((c) => !drop.has(c));
}

const vagueness = (description: string): number =>
  (description.match(/\bunspecified\b|\bwithout complications?\b/gi) ?? []).length;

/**
 * A code of `c`'s category that says "unspecified" (or "without complications") less often. When
 * only the side was left unspecified, of its own subdivision: "M21.40 Flat foot, unspecified
 * foot" says nothing vaguer about what "M21.611 Bunion of right foot" says, nor "H53.149 Visual
 * discomfort, unspecified" (photophobia, which eye) about "H53.8" (blurred vision).
 */
function lessVagueInCategory(c: Candidate, cands: readonly Candidate[]): Candidate | undefined {
  const v = vagueness(c.suggestion.description);
  const contradicted = withoutSaid(c, cands);
  if (contradicted) return contradicted;
  if (v === 0) return undefined;
  // A title vague in more than its side ("Unspecified fracture of unspecified forearm") is
  // vaguer than any code of its category.
  const within = c.suggestion.code.slice(0, c.sideOnly && v === 1 ? 5 : 3);
  return cands.find(
    (o) =>
      o !== c &&
      o.suggestion.code.startsWith(within) &&
      vagueness(o.suggestion.description) < v &&
      !otherSide(c.suggestion.description, o.suggestion.description) &&
      !pastForPresent(c, o),
  );
}

/**
 * Categories that a combination category includes, as data: hypertension (I10) is part of
 * hypertensive heart and kidney disease (I11-I13, I.C.9.a: "assign codes from combination
 * category I11 ... I12 ... I13"), so it is not coded beside them.
 */
const INCLUDED_IN: Readonly<Record<string, readonly string[]>> = {
  I10: ['I11', 'I12', 'I13'],
};

const includedIn = (c: Candidate, cands: readonly Candidate[]): Candidate | undefined => {
  const by = INCLUDED_IN[c.suggestion.code.slice(0, 3)];
  return by ? cands.find((o) => by.includes(o.suggestion.code.slice(0, 3))) : undefined;
};

/**
 * Whether the index path links its conditions by "with" or "in" only, which the classification
 * presumes related (I.A.15); "due to" is a cause the provider must document.
 */
const presumedLink = (path: readonly string[]): boolean =>
  path.some((p) => p === 'with' || p === 'in') && !path.some((p) => p === 'due to');

/**
 * A code of the category whose title says "without" what another code of it says "with"
 * (I13.10 "... without heart failure" beside I13.0 "... with heart failure"): the note says it,
 * so the "without" reading, a default of the index, yields.
 */
function withoutSaid(c: Candidate, cands: readonly Candidate[]): Candidate | undefined {
  const m = /\bwithout ([a-z]+(?: [a-z]+)?)/i.exec(c.suggestion.description);
  if (!m) return undefined;
  const what = new RegExp(`\\bwith ${m[1]}`, 'i');
  const cat = c.suggestion.code.slice(0, 3);
  return cands.find(
    (o) => o !== c && o.suggestion.code.slice(0, 3) === cat && what.test(o.suggestion.description),
  );
}

/** Read through the index's "History" main term: the past, as the index codes it. */
const isHistory = (c: Candidate): boolean => c.suggestion.indexPath.startsWith('History ');

/**
 * Whether `o` is a history reading and `c` a condition of now: the past does not stand for the
 * present ("history of alcohol dependence", F10.21 in remission, beside "alcohol withdrawal"
 * today, F10.239).
 */
const pastForPresent = (c: Candidate, o: Candidate): boolean => isHistory(o) && !isHistory(c);

/** A history reading beside the same category coded as current: the current one says it. */
const currentInstead = (c: Candidate, cands: readonly Candidate[]): Candidate | undefined =>
  isHistory(c)
    ? cands.find((o) => !isHistory(o) && o.suggestion.code.slice(0, 3) === c.suggestion.code.slice(0, 3))
    : undefined;

/**
 * The index's term read with fewer subterms, when the note also reads it with more: "pain" beside
 * "rectal pain" (R52, Pain → K62.89, Pain, rectum), "thrombocythemia" beside "essential
 * thrombocythemia", "palsy" beside "cerebral palsy". The bare word is that condition said
 * without its detail, whatever category the detailed reading lands in (I.B.2).
 */
function moreDetailedReading(c: Candidate, cands: readonly Candidate[]): Candidate | undefined {
  const path = c.suggestion.indexPath;
  const bare = c.mentions.every((m) => m.hit.path.length === 1);
  const category = c.suggestion.code.slice(0, 3);
  // A detailed reading too weak to be suggested itself does not take the bare one's place. Below
  // the main term, the same condition read further stays in its category ("atrial fibrillation"
  // I48.91 beside "chronic atrial fibrillation" I48.20) and on its side: "fracture of the left
  // femur" and "fracture of the neck of the right femur" are two fractures.
  return cands.find(
    (o) =>
      o !== c &&
      o.suggestion.confidence >= SUGGESTED_FROM &&
      o.suggestion.indexPath.startsWith(`${path} > `) &&
      !pastForPresent(c, o) &&
      (bare ||
        (o.suggestion.code.startsWith(category) &&
          !otherSide(c.suggestion.description, o.suggestion.description))),
  );
}

/** Whether two code titles name different sides. */
function otherSide(a: string, b: string): boolean {
  const x = sideOfTitle(a);
  const y = sideOfTitle(b);
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * The same condition said twice, once vaguely ("sore throat" → J02.9) and once precisely
 * ("streptococcal pharyngitis" → J02.0): the claim carries the code of the highest level of
 * detail the record supports (Guidelines I.B.2; outpatient IV.F). Within a category, a code
 * that says "unspecified" more often than another is the vaguer one; across categories, a main
 * term read alone is vaguer than its reading with subterms (`moreDetailedReading`).
 */
function dropLessSpecific(cands: Candidate[], notCoded: NotCoded[]): Candidate[] {
  // One at a time, against the codes still kept: two readings that each say more in their own
  // way ("Fracture of mandible, unspecified" read further as "body", whose title says
  // "unspecified part") leave one of them, not none.
  const kept = [...cands];
  for (const c of cands) {
    const others = kept.filter((o) => o !== c);
    const better =
      lessVagueInCategory(c, others) ??
      moreDetailedReading(c, others) ??
      currentInstead(c, others) ??
      includedIn(c, others);
    if (!better) continue;
    kept.splice(kept.indexOf(c), 1);
    notCoded.push({
      reason: 'less-specific',
      code: c.suggestion.code,
      evidence: c.suggestion.evidence[0]!,
      detail: `${better.suggestion.code} says more about the same condition`,
      guidelines: ['I.B.2', 'IV.F'],
    });
  }
  return kept;
}

/**
 * A neoplasm coded at "unspecified site" when the note also names its site (I.C.2.k,
 * guidelines/neoplasm-site.ts): both profiles, since the vague code would say the site is unknown.
 */
function dropUnspecifiedSite(cands: Candidate[], notCoded: NotCoded[]): Candidate[] {
  const codes = cands.map((c) => c.suggestion.code);
  return cands.filter((c) => {
    const instead = sitedInstead(c.suggestion.code, codes);
    if (!instead) return true;
    notCoded.push({
      reason: 'less-specific',
      code: c.suggestion.code,
      evidence: c.suggestion.evidence[0]!,
      detail: `the note names the site: ${instead}`,
      guidelines: ['I.C.2.k', 'I.B.2'],
    });
    return false;
  });
}

/**
 * Inpatient, C80.1 (malignancy without a site) only when the note says the primary site is
 * unknown (I.C.2.k, guidelines/neoplasm-site.ts); both profiles, as for the unspecified site.
 */
function dropUndeterminedPrimary(cands: Candidate[], notCoded: NotCoded[], doc: NoteDocument): Candidate[] {
  const c = cands.find((x) => x.suggestion.code === C80_1);
  if (!c || primaryUndetermined(doc.sentences.map((x) => doc.text.slice(x.start, x.end)))) return cands;
  notCoded.push({
    reason: 'less-specific',
    code: C80_1,
    evidence: c.suggestion.evidence[0]!,
    detail: 'inpatient, C80.1 only when the primary site cannot be determined; the note does not say so',
    guidelines: ['I.C.2.k'],
  });
  return cands.filter((x) => x !== c);
}

/** Signs and symptoms integral to a confirmed diagnosis (I.B.5; outpatient IV.D). */
function dropIntegral(
  cands: Candidate[],
  notCoded: NotCoded[],
  setting: CodingOptions['setting'],
): Candidate[] {
  // Inpatient, an uncertain diagnosis is coded as if established (II.H): it explains its symptoms too.
  // A chronic disease coded from the patient's history (IV.I) does not explain today's symptoms:
  // chest pain in a patient with a history of coronary disease is still worked up as chest pain.
  const confirmed = cands
    .filter(
      (c) =>
        !isSign(c.suggestion.code) &&
        (setting === 'inpatient' || !c.suggestion.context.includes('uncertain')) &&
        !c.suggestion.context.includes('historical'),
    )
    .map((c) => c.suggestion.code);
  return cands.filter((c) => {
    if (!isSign(c.suggestion.code)) return true;
    const by = integralTo(c.suggestion.code, confirmed);
    if (!by) return true;
    notCoded.push({
      reason: 'integral-symptom',
      code: c.suggestion.code,
      evidence: c.suggestion.evidence[0]!,
      detail: `routinely part of ${by}`,
      guidelines: setting === 'outpatient' ? ['I.B.5', 'IV.D'] : ['I.B.5'],
    });
    return false;
  });
}
