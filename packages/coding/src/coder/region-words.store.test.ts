/**
 * Regions of the body by the words notes use for them, against the real books
 * (MEDCODE_TEST_HOME). The index names the abdomen's regions by quadrant and level ("Pain,
 * abdominal, upper, right quadrant R10.11"; "lower R10.30"; "periumbilical R10.33"), the spine's
 * by region ("Pain, lumbar region M54.50"; "Displacement, intervertebral disc, lumbar region
 * M51.26"), and a herniated disc under Hernia ("intervertebral cartilage or disc — see
 * Displacement, intervertebral disc"), not as an abdominal hernia (K46.9). "Cervical" is the
 * cervix or the neck by what the index names under the term.
 */
import { describe, expect, it } from 'vitest';
import { codeNoteCandidates } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });
/** One test a note: its claim codes, all of them, in order. */
const readAs = (cases: [string, string[]][]): void =>
  it.each(cases)('%s → %j', (text, expected) => {
    expect(claim(text)).toEqual(expected);
  });

describe('regions of the abdomen by their anatomical names', () => {
  it.each([
    ['Pain in the right hypochondrium.', 'R10.11'],
    ['Hypogastric pain.', 'R10.30'],
    ['Periumbilical pain.', 'R10.33'],
    ['Pain in the left iliac fossa.', 'R10.32'],
    // A quadrant is the abdomen's: "Pain, abdominal, lower, left quadrant R10.32".
    ['Sharp left lower quadrant pain.', 'R10.32'],
    ['RLQ pain.', 'R10.31'],
    ['Right upper quadrant pain for one day.', 'R10.11'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toEqual([code]);
  });

  it('the adjective names a region only before a finding of it', () => {
    expect(claim('Hypogastric artery aneurysm.')).not.toContain('I71.40');
  });
});

describe('the spine by region, and discs', () => {
  it.each([
    ['Lumbar pain.', 'M54.50'],
    ['Lumbar disc herniation.', 'M51.26'],
    ['Lumbar radiculopathy.', 'M54.16'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toEqual([code]);
  });

  it('a disc herniation is no abdominal hernia', () => {
    expect(claim('Disc herniation at L4-L5.').some((c) => c.startsWith('K4'))).toBe(false);
  });

  it('"cervical" alone is not read as the cervical region (it is as often the cervix)', () => {
    expect(claim('Cervical carcinoma.')).not.toContain('C76.0');
  });
});

describe('"cervical": the cervix or the neck, by what the index names under the term', () => {
  // Table of Neoplasms "cervix (cervical) (uteri) (uterus) C53.9": the adjective it prints.
  // "Dysplasia, cervix (uteri) N87.9", "Polyp, cervix (uteri) N84.1": no subterm of the neck.
  // "Radiculopathy, cervical region M54.12": no subterm of the cervix.
  it.each([
    ['Cervical carcinoma.', 'C53.9'],
    ['Cervical dysplasia.', 'N87.9'],
    ['Cervical polyp.', 'N84.1'],
    ['Cervical radiculopathy.', 'M54.12'],
    ['Endometrial cancer.', 'C54.1'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toEqual([code]);
  });

  it('both named ("Stenosis, cervix" and "Stenosis, spinal, cervical region"): the spine words decide', () => {
    expect(claim('Cervical spinal stenosis.')).toEqual(['M48.02']);
    expect(claim('Stenosis of the cervical spine.')).toEqual(['M48.02']);
    expect(claim('Cervical stenosis.')).toEqual(['N88.2']);
  });

  it('the cervical spine is never the cervix', () => {
    expect(claim('Full range of motion of the cervical spine with flexion of 50 degrees.')).toEqual([]);
  });

  it('a cervix dilated so many centimetres in labor is its progress, no incompetence (N88.3)', () => {
    expect(claim('Her cervix was 4 cm dilated and 80% effaced.')).toEqual([]);
    expect(claim('Cervical dilation progressed.')).toEqual([]);
  });

  it('a lumbar puncture is a procedure, not a puncture wound', () => {
    expect(claim('Lumbar puncture was performed.')).toEqual([]);
    expect(claim('Puncture wound of the left foot.')).toEqual(['S91.332A']);
  });
});

describe('a spinal segment names its region of the spine', () => {
  // Index: "Displacement, intervertebral disc, lumbar region M51.26, lumbosacral region M51.27";
  // "Stenosis, spinal, cervical region M48.02"; "Disorder, disc, cervical, degeneration, C5-C6".
  it.each([
    ['L4-L5 disc herniation.', 'M51.26'],
    ['L5-S1 disc protrusion.', 'M51.27'],
    ['Spinal stenosis at C3-C4.', 'M48.02'],
    ['Degenerative disc disease at C5-C6.', 'M50.322'],
    // The segment is of the spine ("Stenosis, spinal") and its disc ("Herniation, intervertebral
    // cartilage or disc"), not the abdominal wall ("Hernia, lumbar K45.8").
    ['Stenosis at L4-L5.', 'M48.061'],
    ['Herniation at L4-L5.', 'M51.26'],
    // After one comma, as the index's own commas qualify a term ("Herniation, nucleus pulposus").
    // The index stops at "Displacement, intervertebral disc, cervical M50.20" (unspecified
    // cervical region); the tabular divides M50.2 by region and the mid-cervical region by level:
    // "M50.222 Other cervical disc displacement at C5-C6 level".
    ['Herniated nucleus pulposus, C5-C6.', 'M50.222'],
    ['Disc herniation at C3-C4.', 'M50.21'],
    ['Disc protrusion at C7-T1.', 'M50.23'],
    // One lumbar vertebra names the lumbar region ("Spondylolysis, lumbar region M43.06").
    ['Bilateral L5 spondylolysis.', 'M43.06'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toEqual([code]);
  });

  it('a cervical disc displacement at several levels is coded at each, and without one stays unspecified', () => {
    expect(claim('Herniated nucleus pulposus C4-C5, C5-C6, and C6-C7.')).toEqual([
      'M50.221',
      'M50.222',
      'M50.223',
    ]);
    expect(claim('Cervical disc herniation.')).toEqual(['M50.20']);
  });

  it('a cervical segment is the neck, never the uterine cervix', () => {
    expect(claim('Stenosis at C5-C6.')).not.toContain('N88.2');
    expect(claim('Cervical stenosis of the uterus.')).toContain('N88.2');
  });
});

describe('a subterm of what is absent', () => {
  // "Spondylosis, with, myelopathy NEC, cervical region M47.12"; "without myelopathy or
  // radiculopathy, cervical region M47.812": the "without" subterm is read only when denied.
  it.each([
    ['Cervical spondylosis with myelopathy.', 'M47.12'],
    ['Cervical spondylosis without myelopathy.', 'M47.812'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toEqual([code]);
  });
});

describe('herniation is read with what herniates', () => {
  // "Herniation — see also Hernia": the subterms of Hernia name it ("intervertebral cartilage or
  // disc", "umbilical"); Hernia's own code is an abdominal hernia (K46.9), which a herniated fat
  // pad is not.
  readAs([
    ['Umbilical herniation.', ['K42.9']],
    ['Herniated periorbital fat was removed.', []],
  ]);
});

describe('a part of a limb names the limb and its half', () => {
  // Index: "Pain, limb, lower: foot, lower leg, thigh, toe" (M79.65- thigh, M79.66- lower leg);
  // "Pain, limb, upper: ... upper arm M79.62-". A note says "thigh pain", not "limb".
  readAs([
    ['Right thigh pain.', ['M79.651']],
    ['Pain in the right lower leg.', ['M79.661']],
    ['RUE pain.', ['M79.601']],
    // "Upper" and "lower" alone are no half of a limb; a part's words are said together.
    ['The patient describes some intermittent pain beneath the upper portion of the incision.', ['R52']],
    ['Lower back pain which radiates down her right leg.', ['M54.50']],
  ]);
});

describe('a cross-reference "by site" reads the site the note names', () => {
  // Index: "Rupture, tendon — see Strain"; "Strain, tendon — see Injury, muscle, by site, strain";
  // "Injury, Achilles tendon, strain S86.01-". "Hernia, incarcerated — see also Hernia, by site,
  // with obstruction"; "Hernia, umbilicus, with obstruction K42.0".
  readAs([
    ['Achilles tendon rupture, left lower extremity.', ['S86.012A']],
    // The site the words read refers to its own entry: "Injury, tendon, Achilles — see Injury,
    // Achilles tendon", whose subterm "strain" the reference names.
    ['CHIEF COMPLAINT: Achilles ruptured tendon.', ['S86.019A']],
    ['Incarcerated umbilical hernia.', ['K42.0']],
    // A site without the subterm the reference names reads the reference as printed.
    ['Internal hernia.', ['K46.9']],
  ]);
});

describe('one vertebra beside its fracture', () => {
  // Index: "Fracture, traumatic, thorax, vertebra, eighth S22.069"; "... eleventh S22.089";
  // "vertebra, cervical, second S12.10-"; "lumbar vertebra, first S32.019". Alone, "T1" is a
  // tumor stage and "C3" a complement factor.
  readAs([
    ['T8 compression fracture.', ['S22.069A']],
    ['PREOPERATIVE DIAGNOSIS: T11 compression fracture with intractable pain.', ['S22.089A']],
    ['She has a C2 fracture.', ['S12.100A']],
    ['Compression fracture of L1.', ['S32.019A']],
    ['Fracture of the T8 vertebrae.', ['S22.069A']],
    ['Spine X-rays revealed a T12 vertebral body fracture.', ['S22.089A']],
    ['Breast carcinoma, stage T1 N0 M0.', ['C50.919']],
  ]);
});

describe('a bone, its end and its side, said after a comma', () => {
  // Index: "Fracture, traumatic, radius, distal end — see Fracture, radius, lower end"; "lower
  // end S52.50-, intraarticular NEC S52.57-"; "humerus, proximal end — see ... upper end S42.20-";
  // "radius, shaft S52.30-" (open fracture type I or II: 7th character B). Notes say "distal
  // radius", not "distal end"; a diagnosis line puts the site after a comma.
  readAs([
    ['Fracture, right distal radius.', ['S52.501A']],
    ['PREOPERATIVE DIAGNOSIS: Displaced intraarticular fracture, right distal radius.', ['S52.571A']],
    ['Fracture of the proximal humerus on the left.', ['S42.202A']],
    ['Grade 1 compound fracture, right mid-shaft radius.', ['S52.301B']],
    // A side begins a few main terms ("Right aortic arch") but names no condition of its own.
    ['Torn anterior cruciate ligament, right knee.', ['S83.511A']],
    // Two conditions after a comma are two: "Pain, arm" is not read across "cough,".
    ['Cough, left arm pain.', ['R05.9', 'M79.602']],
  ]);
});

describe('a site said after a comma begins no condition of its own', () => {
  // Index: "Pain, breast NEC N64.4"; "Pain, scrotum N50.82". "Breast (see also condition)" and
  // "Scrotal tongue K14.5" are main terms, but their first word is a site of the Table of
  // Neoplasms: after a comma it says where.
  readAs([
    ['This is a 47-year-old female with pain, left breast.', ['N64.4']],
    ['This is a 67-year-old male with pain, left scrotum.', ['N50.82']],
  ]);
  it('words after the comma that make a clause of their own name no site', () => {
    // "Anesthesia, skin R20.0" is numbness; here "skin was prepped" is the next step.
    expect(claim('Under general anesthesia, skin was prepped and draped in usual fashion.')).toEqual([]);
  });
});

describe('a site by its adjective', () => {
  // Table of Neoplasms: "intestine, large, cecum C18.0"; "cecum C18.0". Index: "Polyp, cecum
  // D12.0"; "Polyp, duodenum K31.7"; "Swelling, scrotum N50.89"; "Hypertrophy, tonsils J35.1".
  // Notes say "cecal", "duodenal", "scrotal", "tonsillar".
  readAs([
    ['Final diagnosis: cecal adenocarcinoma.', ['C18.0']],
    ['Postoperative diagnosis: Cecal polyp.', ['D12.0']],
    ['IMPRESSION: Duodenal polyp.', ['K31.7']],
    ['He presents with a right scrotal swelling.', ['N50.89']],
    ['She has significant tonsillar hypertrophy.', ['J35.1']],
  ]);
});

describe('a part of a site the index reaches by a reference', () => {
  // Index: "Swelling, joint — see Effusion, joint"; "Effusion, joint, knee M25.46-", "shoulder
  // M25.41-". No "Swelling, knee" is listed: a note naming the joint names "joint" too.
  readAs([
    ['Swelling of the right knee.', ['M25.461']],
    ['Right shoulder shows evidence of swelling.', ['M25.411']],
  ]);
  it("an ankle's edema is the limb's, not fluid in the joint", () => {
    // "Edema, joint — see Effusion, joint" is not read from "ankle edema" ("Edema, legs R60.0").
    expect(claim('The patient has significant ankle edema.').some((c) => c.startsWith('M25.47'))).toBe(false);
  });
  it("a site the term's own site group reads is not read again through a reference", () => {
    // "Pain, foot — see Pain, limb, lower": "Pain, limb" already reads the thigh; the path says so.
    const top = codeNoteCandidates('Right thigh pain.', k, { setting: 'outpatient', profile: 'claim' })
      .candidates[0]?.suggestion;
    expect(top?.indexPath).toBe('Pain > limb > lower > thigh');
  });
});

describe('a part of a limb that the condition does not list', () => {
  // Index: "Pain, limb, lower, foot M79.67-", "lower leg M79.66-"; no "Pain, heel", "Pain,
  // calf", "Pain, shin". The heel is the foot's, the calf and the shin the lower leg's. Where the
  // index names the part, it is read ("Ulcer, pressure, stage 2, heel L89.62-").
  readAs([
    ['CHIEF COMPLAINT: Left shin pain.', ['M79.662']],
    ['He presents with extreme pain in his left heel.', ['M79.672']],
    ['Status post delivery five weeks ago presenting with left calf pain.', ['M79.662']],
    ['Pressure ulcer of the left heel, stage 2.', ['L89.622']],
  ]);
  it('the joints of the shoulder region are the shoulder', () => {
    // Index: "Osteoarthritis, shoulder M19.01-"; "Effusion, joint, shoulder M25.41-". The
    // shoulder region holds the acromioclavicular, glenohumeral and sternoclavicular joints.
    expect(claim('IMPRESSION: Left acromioclavicular osteoarthritis.')).toEqual(['M19.012']);
    expect(claim('There is fluid in the right glenohumeral joint.')).toEqual(['M25.411']);
  });
  it('feet are the foot, unless they are counted', () => {
    // Index: "Swelling, foot M79.89"; "ambulated 600 feet" is a distance.
    expect(claim('Chest pain and swelling in her feet.')).toContain('M79.89');
    expect(claim('Swelling after walking 600 feet.')).toEqual(['R60.9']);
    expect(claim('Pain when he walks more than twenty feet.')).toEqual(['R52']);
  });
});

describe('a reference that prints one subterm as two pieces', () => {
  // Index: "Burn, arm — see Burn, upper, limb"; the subterm is "upper limb T22.00".
  readAs([['CHIEF COMPLAINT: Burn, right arm.', ['T22.00XA']]]);
});

describe('the side of a site is part of its name', () => {
  // The confidence model weighs words said between the condition's own (coder/confidence.ts,
  // "gap"); the side is the tabular's to read (laterality), no word of distance.
  const gap = (text: string): number | undefined =>
    codeNoteCandidates(text, k, { setting: 'outpatient', profile: 'claim' }).candidates[0]?.inputs.features
      .gap;
  it('"fracture of the right radius" is as direct as "fracture of the radius"', () => {
    expect(gap('Fracture of the right radius.')).toBe(0);
    expect(gap('Fracture of the radius.')).toBe(0);
    expect(gap('Fracture of the angulated radius.')).toBe(1);
  });
});

describe('the lower back is the lumbar region', () => {
  // Index: "Strain, low back S39.012"; "Injury, muscle, lower back S39.002". Under "Pain, spine"
  // the lumbar region is its own subterm, and "spine" stays with the condition said with it
  // ("Arthrosis, spine — see Spondylosis" M47.9).
  readAs([
    ['Lumbar muscle strain.', ['S39.012A']],
    ['Lumbar strain.', ['S39.012A']],
  ]);
  it('pain in the lumbar spine beside its facet arthrosis', () => {
    expect(claim('Pain in the lumbar spine secondary to facet arthrosis.')).toContain('M47.9');
  });
});

describe('a bone by its adjective', () => {
  // Index: "Fracture, traumatic, metatarsal bone S92.30-" (notes drop "bone"); "ankle, lateral
  // malleolus only S82.6-" (notes do not say "only"); "acetabulum S32.40-", "calcaneus — see
  // Fracture, tarsal, calcaneus S92.00-" (notes say "acetabular", "calcaneal").
  readAs([
    ['PREOPERATIVE DIAGNOSIS: Fractured right fifth metatarsal.', ['S92.351A']],
    ['PREOPERATIVE DIAGNOSIS: Left lateral malleolus fracture.', ['S82.62XA']],
    ['Acetabular fracture.', ['S32.409A']],
    ['Calcaneal fracture, left.', ['S92.002A']],
  ]);
});

describe('a reference that ends "by site" reads the site from the words not read yet', () => {
  // Index: "Ulcer, decubitus — see Ulcer, pressure, by site"; "Ulcer, pressure, stage 4, sacral
  // region L89.154"; "buttock L89.30-"; "Hernia, intestine, intestinal — see Hernia, by site";
  // "Hernia, inguinal K40.90". Before, "by site" read the residual "specified site NEC".
  readAs([
    ['Stage IV sacral decubitus ulcer.', ['L89.154']],
    ['He developed decubitus ulcers on his buttocks.', ['L89.309']],
    ['There is a right inguinal hernia containing a loop of small bowel.', ['K40.90']],
    ['Hernia containing small bowel.', ['K46.9']],
  ]);
});

describe('a code the index gives for tuberculosis, in a nonessential word', () => {
  // Index: "Abscess, lumbar (tuberculous) A18.01 — nontuberculous L02.212"; "Abscess, sacrum
  // (tuberculous) A18.01 — nontuberculous M46.28". Guidelines I.C.1: infections as documented.
  readAs([
    ['Lumbar abscess.', ['L02.212']],
    ['She had a sacral abscess.', ['M46.28']],
    ['Tuberculous abscess of the lumbar spine.', ['A18.01']],
  ]);
});
