/**
 * Tobacco use read from what the patient does, against the real books (MEDCODE_TEST_HOME).
 * Index: "Smoker — see Dependence, drug, nicotine"; "Dependence, drug, nicotine F17.200,
 * cigarettes F17.210". A note more often says "smokes" or "smoking" than "smoker", and a habit
 * given up is a history (Index: "History, personal (of), nicotine dependence Z87.891"), not a
 * current dependence.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('smoking as nicotine dependence', () => {
  it('the verb reads the main term Smoker, and its subterms still decide', () => {
    expect(claim('She smokes about six cigarettes a day.')).toEqual(['F17.210']);
    expect(claim('He smokes a pipe.')).toEqual(['F17.200']);
    expect(claim('History of smoking.')).toEqual([]);
  });

  it('a habit given up is its history (Z87.891 Excludes1 current nicotine dependence F17.2-)', () => {
    const quit = codeNote('She quit smoking in 2010.', k, { setting: 'outpatient', profile: 'claim' });
    expect(quit.suggestions.map((s) => s.code)).toEqual(['Z87.891']);
    expect(quit.suggestions[0]?.indexPath).toBe('History > personal (of) > nicotine dependence');
    expect(claim('He is a former smoker.')).toEqual(['Z87.891']);
    expect(claim('She used to be a smoker.')).toEqual(['Z87.891']);
  });

  it('advice to give it up, or a relapse, leaves a current dependence', () => {
    expect(claim('She was advised to quit smoking.')).toEqual(['F17.200']);
    expect(claim('She would like something to help her quit smoking.')).toEqual(['F17.200']);
    expect(claim('She smokes a pack a day. She quit smoking once before and started again.')).toEqual([
      'F17.200',
    ]);
  });

  it('passive smoking keeps its own subterm', () => {
    expect(claim('Exposure to passive smoking at home.')).toEqual(['Z77.22']);
  });
});
