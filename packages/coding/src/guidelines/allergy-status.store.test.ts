/**
 * An allergy to a named drug, by the drug's class in the Table of Drugs, against the real books
 * (MEDCODE_TEST_HOME). Index: "History, personal (of), allergy (to), penicillin Z88.0;
 * sulfonamides Z88.2; drug, medicinal and biological substance Z88.9". Table of Drugs:
 * "Streptomycin T36.5X1" (antibiotics), "Procaine T41.3X1" (local anesthetics), "Codeine
 * T40.2X1" (opioids), "Aspirin T39.011" (salicylates), "Thiazides T50.2X1" (diuretics). Tabular:
 * Z88.1 "Allergy status to other antibiotic agents", Z88.4 "... anesthetic agent", Z88.5 "...
 * narcotic agent", Z88.6 "... analgesic agent", Z88.8 "... other drugs, medicaments and
 * biological substances".
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from '../coder/coder.ts';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('an allergy to a drug the index does not list, by its class', () => {
  it('the class of the Table of Drugs row chooses the Z88 code', () => {
    expect(claim('A 43-year-old woman, allergic to streptomycin.')).toEqual(['Z88.1']);
    expect(claim('History of allergy to procaine.')).toEqual(['Z88.4']);
    expect(claim('Allergic to codeine.')).toEqual(['Z88.5']);
    expect(claim('Allergy to thiazides.')).toEqual(['Z88.8']);
  });

  it('the path shows the row, and the evidence quotes the drug', () => {
    const r = codeNote('Allergic to aspirin.', k, options);
    expect(r.suggestions.map((s) => s.code)).toEqual(['Z88.6']);
    expect(r.suggestions[0]?.indexPath).toContain('Table of Drugs: Aspirin T39.011');
    expect(r.suggestions[0]?.evidence.map((e) => e.text)).toEqual(['Allergic to aspirin']);
  });

  it('each drug of a list by its own class', () => {
    expect(claim('Allergic to codeine and aspirin.')).toEqual(['Z88.5', 'Z88.6']);
    expect(claim('History of allergy to procaine and streptomycin.')).toEqual(['Z88.4', 'Z88.1']);
  });

  it('the index still reads the drugs it lists, and no drug named leaves Z88.9', () => {
    expect(claim('Allergic to penicillin.')).toEqual(['Z88.0']);
    expect(claim('Allergic to sulfa.')).toEqual(['Z88.2']);
    expect(claim('She is allergic to drugs.')).toEqual(['Z88.9']);
  });
});
