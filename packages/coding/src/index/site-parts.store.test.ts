/**
 * A part named in the note, read through the subterm that names its site, against the real
 * books (MEDCODE_TEST_HOME). Index: "Pain(s), joint M25.50: hip M25.55-, knee M25.56-, ...", with
 * no "Pain, knee" of its own; "Effusion, joint M25.40: knee M25.46-"; "Contusion, head S00.93:
 * nose S00.33". Tabular: M25.561 "Pain in right knee", M25.552 "Pain in left hip", M25.461
 * "Effusion, right knee", S00.33 "Contusion of nose" (7th character A, initial encounter).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a part names the site it belongs to', () => {
  it('a subterm that names the words itself wins over a part read through an unnamed site', () => {
    // Index: "Insufficiency, renal N28.9" and "Insufficiency, vascular, renal — see Hypertension,
    // kidney". The reference reads "end-stage renal disease" as "with stage 5 chronic kidney
    // disease" (I12.0), words the sentence gives to the ESRD (N18.6), not to the insufficiency.
    expect(claim('He has end-stage renal disease and renal insufficiency.')).not.toContain('I12.0');
    expect(claim('Renal insufficiency.')).toEqual(['N28.9']);
  });

  it('the inguinal region is the groin, as the index codes them alike', () => {
    // Index: "Pain, groin — see Pain, abdominal, lower" (R10.30), no "Pain, inguinal";
    // "Abscess, groin L02.214" and "Abscess, inguinal L02.214".
    expect(claim('Pain in the inguinal region.')).toEqual(['R10.30']);
    expect(claim('Groin hernia.')).toEqual(['K40.90']);
  });

  it('a site is named by its noun or its adjective, which the index prints as one subterm', () => {
    // Index: "Fissure, anus, anal K60.2"; "Abscess, anus K61.0"; "Pain, penis N48.89". Tabular:
    // K60.2 "Anal fissure, unspecified", K61.0 "Anal abscess", N48.89 "Other specified
    // disorders of penis".
    expect(claim('Anal fissure.')).toEqual(['K60.2']);
    expect(claim('Anal abscess.')).toEqual(['K61.0']);
    expect(claim('Penile pain.')).toEqual(['N48.89']);
  });

  it('the knee and the hip are joints (Pain, joint, knee)', () => {
    expect(claim('Pain in the right knee.')).toEqual(['M25.561']);
    expect(claim('Left hip pain.')).toEqual(['M25.552']);
    expect(claim('Effusion in the right knee.')).toEqual(['M25.461']);
  });

  it('the nose is a part of the head (Contusion, head, nose)', () => {
    expect(claim('Contusion of the nose.')).toEqual(['S00.33XA']);
  });

  it('a part the index lists directly is read there: "Pain, foot — see Pain, limb, lower"', () => {
    // Tabular M79.673 "Pain in unspecified foot" (M79.67-, under M79.6- "Pain in limb").
    expect(claim('Foot pain.')).toEqual(['M79.673']);
  });

  it('a vessel is no part of a site divided into few subterms', () => {
    // "Occlusion, retina, retinal: artery, vein, vessels" lists three tissues of the retina,
    // not its parts: an artery is not a retinal one unless the note says so.
    expect(claim('The artery was partially occluded.').some((c) => c.startsWith('H34'))).toBe(false);
  });
});
