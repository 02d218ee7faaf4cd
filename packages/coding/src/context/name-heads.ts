/**
 * @module context/name-heads
 * A condition's words that modify a following noun naming something else: a test ("stress
 * test", "arthritis panel"), an instrument ("Mattis Dementia Rating Scale", "Multilingual
 * Aphasia Examination"), a treatment or its order ("pain medications", "diabetic diet", "DVT
 * prophylaxis", "seizure precautions", "hepatitis B vaccine"), a device ("venous compression
 * devices"). The phrase is
 * the name of that thing, not a statement that the patient has the condition: the alphabetic
 * index is entered by the condition the documentation states (Guidelines I.A, I.B.1), and the
 * head of such a phrase states none. Written by the team as data; the words are the heads
 * US notes use, not conditions. Not here: a workup or a service named after what the patient
 * has ("fever study", "pain unit", "diabetes clinic" — the patient has it: measured on CodiEsp,
 * 6 of 8 such mentions were gold-coded), nor "status" ("convulsive status" is status epilepticus).
 */
import type { Token } from '../text/tokens.ts';

export const NAME_HEADS: ReadonlySet<string> = new Set([
  'test',
  'tests',
  'testing',
  // "HIV serology was ordered", "hepatitis serologies": the test, not the infection.
  'serology',
  'serologies',
  'screening',
  'panel',
  // Procedures named by how they are done: "stab incisions", "stab phlebectomies" are no stab
  // wounds (Stab — see Laceration).
  'incision',
  'incisions',
  'phlebectomy',
  'phlebectomies',
  // "blood workup for infectious disease profile", "hepatitis profile": a panel of tests.
  'profile',
  'rating',
  'score',
  // "Pain scale is 0": the instrument (a rating), which may say there is none.
  'scale',
  // "Unresponsive to painful stimuli": the examiner's stimulus, no pain of the patient's.
  'stimuli',
  'stimulus',
  'examination',
  'diet',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'meds',
  'prophylaxis',
  'precautions',
  'vaccine',
  'vaccines',
  'vaccination',
  'immunization',
  'immunizations',
  'vaccinations',
  // "tetanus shot", "tetanus booster", "tetanus toxoid": the vaccine, not the disease (A35).
  'shot',
  'shots',
  'booster',
  'toxoid',
  'device',
  'devices',
  'stockings',
  // Supplies named by what they do: "an adhesive bandage" is no adhesion (K66.0).
  'bandage',
  'bandages',
  'dressing',
  'dressings',
  'tape',
  'strips',
  'drape',
  'drapes',
  // Imaging named after what it provokes: "stress images", "peak stress echo", "stress
  // perfusion" are a cardiac stress test's, no stress reaction (F43.9).
  'images',
  'imaging',
  'echo',
  'echocardiogram',
  'echocardiography',
  'protocol',
  'views',
  'perfusion',
  // "stress ECG", "rest-stress sequence", "a stress scan".
  'ecg',
  'ekg',
  'scan',
  'scans',
  'sequence',
]);

const capitalised = (t: Token): boolean => t.kind === 'word' && t.text[0] !== t.text[0]?.toLowerCase();

/**
 * The head noun that the condition at `core` (token indexes; `head` its main term's) modifies,
 * when there is one: the next word, or the word after a capitalised middle word of a proper
 * name ("Multilingual Aphasia Examination II" has none between; a named test may).
 */
export function modifiedHead(
  tokens: readonly Token[],
  core: readonly number[],
  head: readonly number[],
): Token | undefined {
  // Only the condition's own word can modify the noun: in "edema in the lower limbs
  // examination" the examination is of the limbs, and the edema is stated.
  const last = Math.max(...core);
  if (head.length === 0 || Math.max(...head) !== last) return undefined;
  const next = tokens[last + 1];
  if (next?.kind !== 'word') return undefined;
  if (NAME_HEADS.has(next.lower)) return next;
  const after = tokens[last + 2];
  const first = tokens[Math.min(...core)];
  if (
    after &&
    first &&
    NAME_HEADS.has(after.lower) &&
    capitalised(first) &&
    capitalised(next) &&
    capitalised(after)
  )
    return after;
  return undefined;
}
