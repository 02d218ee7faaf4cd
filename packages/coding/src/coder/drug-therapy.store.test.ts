/**
 * Long-term drug therapy read from the medication a patient is on, against the real books
 * (MEDCODE_TEST_HOME). Index: "Long-term (current) (prophylactic) drug therapy (use of),
 * anticoagulants Z79.01, insulin Z79.4, oral, antidiabetic Z79.84, steroids, inhaled Z79.51,
 * systemic Z79.52". Guidelines I.C.21.c.3: the codes are for a medication received "for an
 * extended period", not for a course given for the condition at hand.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('long-term drug therapy (Z79)', () => {
  it('a drug of the dictionary in the wording of a regimen reads its class', () => {
    expect(claim('He is on warfarin and insulin.')).toEqual(['Z79.01', 'Z79.4']);
    expect(claim('Usual treatment: chronic prednisone 10 mg a day.')).toEqual(['Z79.52']);
    expect(claim('She takes metformin.')).toEqual(['Z79.84']);
    expect(claim('She was anticoagulated with acenocoumarol.')).toEqual(['Z79.01']);
  });

  it('the words of the note still choose among the subterms', () => {
    expect(claim('She is on inhaled steroids.')).toEqual(['Z79.51']);
  });

  it('a course given in this encounter is no long-term therapy', () => {
    expect(claim('He was treated with methylprednisolone boluses.')).toEqual([]);
    expect(claim('A single dose of dexamethasone was given.')).toEqual([]);
  });

  it('negation and history apply as to a condition', () => {
    const r = codeNote('No anticoagulant therapy.', k, options);
    expect(r.suggestions).toEqual([]);
    expect(r.notCoded.find((n) => n.code === 'Z79.01')?.reason).toBe('negated');
  });

  it('the evidence is the drug as written and the path goes through the index', () => {
    const s = codeNote('He is on warfarin.', k, options).suggestions[0]!;
    expect(s.evidence[0]?.text).toBe('warfarin');
    expect(s.indexPath).toBe('Long-term > anticoagulants');
  });
});
