/**
 * Infections with an organism and a site, against the real books (MEDCODE_TEST_HOME, see
 * coder.store.test.ts). Index: "Infection, Escherichia coli NEC A49.8" is for an E. coli
 * infection classified nowhere else (Guidelines I.A.9.a, NEC "other specified"); "Infection,
 * urinary (tract) N39.0" classifies one by its site, and the tabular note at N39.0, "Use
 * additional code (B95-B97), to identify infectious agent", asks for the organism:
 * "Escherichia coli, as cause of disease classified elsewhere B96.20" (Guidelines I.C.1.b).
 */
import { describe, expect, it } from 'vitest';
import type { CodingOptions } from '../types.ts';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const inpatient: CodingOptions = { setting: 'inpatient', profile: 'claim' };
const codes = suggestedCodes(k, inpatient);

describe('an organism with a site: the site code and the agent code (B95-B97)', () => {
  it('E. coli urinary tract infection is N39.0 with B96.20, not the NEC entry A49.8', () => {
    const r = codeNote('Escherichia coli urinary tract infection.', k, inpatient);
    expect(r.suggestions.map((s) => s.code)).toEqual(['N39.0', 'B96.20']);
    expect(r.suggestions[0]!.companions.some((c) => c.endsWith(': B96.20'))).toBe(true);
  });

  it('with no site the NEC entry still applies (Infection, Pseudomonas NEC A49.8)', () => {
    expect(codes('Infection by Pseudomonas.')).toEqual(['A49.8']);
  });
});
