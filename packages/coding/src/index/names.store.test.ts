/**
 * Main terms that are names, against the real books (MEDCODE_TEST_HOME). Index: "Charcot-Marie-
 * Tooth disease, paralysis or syndrome G60.0"; "Raynaud's disease, phenomenon or syndrome
 * I73.00"; "Gilbert's disease or syndrome E80.4"; "Milk-leg — see Embolism, vein, lower
 * extremity"; "Still's disease or syndrome M08.20"; "Sever's disease or osteochondrosis — see
 * Osteochondrosis, juvenile, tarsus"; "Long-term (current) (prophylactic) drug therapy (use of),
 * steroids, systemic Z79.52"; "Humidifier lung or pneumonitis J67.7". The index lists a condition under its name as the name is said
 * (Guidelines I.A.1: the Alphabetic Index lists terms and their codes).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a name with alternative last words is each of its names', () => {
  it('"disease, paralysis or syndrome": any one of them, not all', () => {
    expect(claim('Charcot-Marie-Tooth disease.')).toEqual(['G60.0']);
    expect(claim("Raynaud's phenomenon.")).toEqual(['I73.00']);
    expect(claim("Gilbert's syndrome.")).toEqual(['E80.4']);
  });

  it('its words are read side by side, as a name', () => {
    // "Humidifier lung or pneumonitis J67.7".
    expect(claim('Humidifier lung.')).toEqual(['J67.7']);
    expect(claim('The humidifier in his lung clinic was broken.')).toEqual([]);
  });
});

describe('a name joined by hyphens is read from its parts side by side', () => {
  it('"milk leg", not "the legs were milked"', () => {
    expect(claim('Milk leg after delivery.')).toEqual(['I82.90']);
    expect(claim('The legs were also milked.')).toEqual([]);
  });

  it('words without keys between the parts ("carcinomas in situ") and the rest anywhere', () => {
    expect(claim('Carcinoma in situ of the cervix.')).toEqual(['D06.9']);
    expect(claim('She has been on long-term steroids, prednisone for her asthma.')).toContain('Z79.52');
  });
});

describe("a person's name is read from that word written as a name", () => {
  it('capitalized, not the adverb or the adjective its stem shares', () => {
    expect(claim("Still's disease.")).toEqual(['M08.20']);
    expect(claim('There was still disease present in the cartilage.')).not.toContain('M08.20');
    expect(claim("Sever's disease of the heel.")).toEqual(['M92.60']);
    expect(claim('Severe disease of the heel.')).toEqual([]);
  });

  it('without its accent, or as one of two names joined', () => {
    expect(claim('Behcet disease.')).toEqual(['M35.2']);
    expect(claim('Graves-Basedow disease.')).toEqual(['E05.00']);
  });
});
