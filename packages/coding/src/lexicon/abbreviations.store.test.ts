/**
 * Abbreviations read as the index's words, against the real books (MEDCODE_TEST_HOME). Index:
 * "Hypertrophy, ventricle, ventricular (heart) — see also Hypertrophy, cardiac I51.7"; "Block,
 * bundle-branch, left I44.7, right I45.10"; "Premature, contraction, ventricular I49.3";
 * "Syndrome, inappropriate secretion of antidiuretic hormone E22.2"; "Steatohepatitis,
 * nonalcoholic K75.81"; "Tumor, stromal, gastrointestinal, stomach C49.A2"; "Ideation, suicidal
 * R45.851".
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('the initials notes write for conditions', () => {
  it('cardiac findings of an echocardiogram and an ECG', () => {
    expect(claim('The echocardiogram showed LVH.')).toEqual(['I51.7']);
    expect(claim('EKG showed LBBB.')).toEqual(['I44.7']);
    expect(claim('EKG showed RBBB.')).toEqual(['I45.10']);
    expect(claim('Frequent PVCs.')).toEqual(['I49.3']);
  });

  it('endocrine, liver and tumour initials', () => {
    expect(claim('Admitted with SIADH.')).toEqual(['E22.2']);
    expect(claim('NASH.')).toEqual(['K75.81']);
    expect(claim('Gastric GIST.')).toEqual(['C49.A2']);
  });

  it('initials that are also words are read only in capitals', () => {
    expect(claim('The gist of it is fine.')).toEqual([]);
    expect(claim('The pvc tubing was connected.')).toEqual([]);
  });
});

describe('phrases read as the index names them', () => {
  it('thoughts of suicide are its ideation, an attempt is the attempt', () => {
    // Index: "Ideation, suicidal R45.851"; "Suicide, suicidal (attempted) T14.91".
    expect(claim('She has had some suicidal thoughts.')).toEqual(['R45.851']);
    expect(claim('He has thoughts of suicide about once a week.')).toEqual(['R45.851']);
    expect(claim('She had been thinking about suicide for weeks.')).toEqual(['R45.851']);
    expect(claim('She presents after a suicide attempt.')).toEqual(['T14.91XA']);
  });

  it('the adult respiratory distress syndrome is the acute one', () => {
    // Index: "Syndrome, respiratory, distress, acute J80, adult J80"; "distress" alone has no code.
    expect(claim('Adult respiratory distress syndrome.')).toEqual(['J80']);
  });
});
