/**
 * @module coder/external-cause
 * How an injury happened, from the Index to External Causes of Injuries ("Fall, falling
 * (accidental) W19"; "Bite, dog W54.0"). Guidelines I.C.20: external cause codes may be used with
 * any code in the range A00.0–T88.9 or Z00–Z99 that is a health condition due to an external
 * cause, most often an injury; they are never first-listed (I.C.20.a.6); the 7th character is
 * that of the encounter (I.C.20.a.2). The coder reads the index only beside an injury it coded
 * (in the same sentence or the next or the one before): "fall" alone is as often a fall in
 * hemoglobin or of the lip floor. Only the cause of the injury is read (V00–Y38: accidents,
 * self-harm, assault, undetermined intent, legal intervention and war), not the place (Y92),
 * the activity (Y93) or the status (Y99), which notes seldom give in a coder's words.
 */
import type { IndexFinder } from '../index/finder.ts';
import type { Tabular } from '../tabular/model.ts';
import type { NoteDocument } from '../text/document.ts';
import type { Candidate } from './coder.ts';
import { findMentions, type FindOptions, type Mention, type ReadSentences } from './mentions.ts';

/** S00–T34 (injuries, burns, frostbite) and T66–T79 (effects of external causes, early complications of trauma). */
const INJURY = /^(?:S|T[0-2]\d|T3[0-4]|T6[6-9]|T7\d)/;
/**
 * V00–Y38: the cause, not the place, the activity or the status. Not the codes the index gives
 * words that do not say what happened:
 * - X58 "Exposure to other specified factors", for the bare words ("Injury, injured NOS X58",
 *   "Fracture (circumstances unknown or unspecified) X58", "Accident X58");
 * - X50 "Overexertion and strenuous or repetitive movements", for a posture ("Sitting
 *   (prolonged) (static) X50.1", "Standing", "Reaching"), which a note says of every patient;
 * - X83.8 "Intentional self-harm by other specified means", for "Suicide, suicidal" without the
 *   means, which "suicidal thoughts" say too; the means are coded ("Suicide, jumping X80").
 */
const CAUSE = /^(?:[VW]|X(?!58|50|83\.8)|Y[0-2]\d|Y3[0-8])/;

/** Sentences beside an injury: the injury's own and the ones before and after it. */
function besideInjuries(mentions: readonly Mention[]): Set<number> {
  const out = new Set<number>();
  for (const m of mentions)
    if (INJURY.test(m.hit.code)) for (const s of [m.sentence - 1, m.sentence, m.sentence + 1]) out.add(s);
  return out;
}

export function externalCauses(
  doc: NoteDocument,
  finder: IndexFinder,
  read: ReadSentences,
  found: readonly Mention[],
  options: FindOptions,
): Mention[] {
  const near = besideInjuries(found);
  if (near.size === 0) return [];
  return findMentions(doc, finder, read, { ...options, only: near })
    .filter((m) => CAUSE.test(m.hit.code))
    .map((m) => ({ ...m, hit: { ...m.hit, source: 'external' as const } }));
}

/** An injury's 7th character as the encounter it names: initial (A, B, C), subsequent, sequela. */
function encounterOf(code: string): 'A' | 'D' | 'S' | undefined {
  const c = code.replace('.', '');
  if (c.length !== 7 || !INJURY.test(code)) return undefined;
  const x = c[6]!;
  return x === 'S' ? 'S' : 'ABC'.includes(x) ? 'A' : 'D';
}

/**
 * I.C.20.a.2: "assignment of the 7th character for external cause should match the 7th
 * character of the code assigned for the associated injury or condition for the encounter".
 * The cause's character is set to the encounter of the injuries coded with it, when they agree.
 */
export function encounterOfInjury(candidates: readonly Candidate[], tabular: Tabular): void {
  if (!candidates.some((c) => c.suggestion.source === 'external')) return;
  const encounters = new Set(
    candidates.map((c) => encounterOf(c.suggestion.code)).filter((e) => e !== undefined),
  );
  if (encounters.size !== 1) return;
  const [encounter] = encounters;
  for (const c of candidates) {
    const s = c.suggestion;
    if (s.source !== 'external' || s.code.replace('.', '').length !== 7 || s.code.endsWith(encounter!))
      continue;
    const code = `${s.code.slice(0, -1)}${encounter}`;
    const entry = tabular.get(code);
    if (!entry?.billable) continue;
    s.tabular = [
      ...s.tabular,
      `7th character ${encounter}, the injury's encounter (I.C.20.a.2): ${code} (${entry.description})`,
    ];
    s.code = code;
    s.description = entry.description;
    c.entry = entry;
    s.guidelines = [...new Set([...s.guidelines, 'I.C.20.a.2'])];
  }
}
