import { describe, expect, it } from 'vitest';
import { derivedForms } from './derivation.ts';

describe('derivedForms', () => {
  it.each([
    ['hypoxia', 'hypoxic'],
    ['cyanosis', 'cyanotic'],
    ['paresis', 'paretic'],
    ['sepsis', 'septic'],
    ['dyspnea', 'dyspneic'],
    ['neuropathy', 'neuropathic'],
    ['dilatation', 'dilated'],
    ['calcification', 'calcified'],
    ['distension', 'distended'],
    ['distention', 'distended'],
    ['hypotension', 'hypotensive'],
    ['obstruction', 'obstructed'],
    ['enlargement', 'enlarged'],
    ['jaundice', 'jaundiced'],
    ['pallor', 'pale'],
  ])('%s → %s', (noun, adjective) => {
    expect(derivedForms(noun)).toContain(adjective);
  });

  it('leaves out adjectives that name something else', () => {
    expect(derivedForms('eosinophilia')).toEqual([]);
    expect(derivedForms('ophthalmia')).toEqual([]);
    expect(derivedForms('dysplasia')).toEqual([]);
    // Too short to cut safely.
    expect(derivedForms('pain')).toEqual([]);
  });
});
