/**
 * How a fracture heals chooses its 7th character, against the real books (MEDCODE_TEST_HOME).
 * Guidelines I.C.19.c.1: 7th character D is for routine care of a fracture during the healing
 * or recovery phase; the tabular's G (delayed healing), K (nonunion) and P (malunion) are
 * subsequent encounters of their own. Index: "Nonunion, fracture — see Fracture, by site".
 * Tabular: S92.312 "Displaced fracture of first metatarsal bone, left foot", 7th character K
 * "subsequent encounter for fracture with nonunion".
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('the healing of a fracture', () => {
  it('a nonunion, a malunion, delayed healing and routine healing are each their 7th character', () => {
    expect(claim('Nonunion of fractured first left metatarsal.')).toEqual(['S92.312K']);
    expect(claim('Malunion of fracture of the right radius.')).toEqual(['S52.91XP']);
    expect(claim('Fracture of the left radius with delayed healing.')).toEqual(['S52.92XG']);
    expect(claim('Fracture of the left radius, routine healing.')).toEqual(['S52.92XD']);
  });

  it('a fracture said without its healing is the initial encounter', () => {
    expect(claim('Fracture of the left radius.')).toEqual(['S52.92XA']);
  });
});
