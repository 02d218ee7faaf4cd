/**
 * A word of the parent's title still chooses among its children, against the real books
 * (MEDCODE_TEST_HOME). Tabular: M79.64 "Pain in hand and fingers" → M79.642 "Pain in left
 * hand", M79.645 "Pain in left finger(s)"; S93.0 "Subluxation and dislocation of ankle joint" →
 * S93.01 "Subluxation of right ankle joint", S93.04 "Dislocation of right ankle joint". Index:
 * "Pain, limb, upper, finger M79.64-"; "Dislocation, ankle S93.0-". The parent's words choose
 * only among children the side already chose (tabular/complete.ts).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const claim = suggestedCodes(installedKnowledge(), { setting: 'outpatient', profile: 'claim' });

describe('the parent title words that tell its children apart', () => {
  it('the finger, not the first child of the side', () => {
    expect(claim('Pain in the left finger.')).toEqual(['M79.645']);
    expect(claim('Pain in the left hand.')).toEqual(['M79.642']);
  });

  it('a dislocation, not a subluxation', () => {
    expect(claim('Dislocation of the right ankle.')).toEqual(['S93.04XA']);
    expect(claim('Subluxation of the right ankle.')).toEqual(['S93.01XA']);
  });
});
