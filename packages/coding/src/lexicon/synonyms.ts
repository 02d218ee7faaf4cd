/**
 * @module lexicon/synonyms
 * Spelling variants and word equivalences, as data. The ICD-10-CM index writes American
 * spelling and prefers the adjective of an organ ("Failure, renal", "Disease, heart"); notes
 * (and machine translations) say "kidney failure", "haemorrhage". Each group below is folded to
 * its first member before stemming, on both the note side and the index side, so a match on
 * one is a match on all. Groups are lower-case whole words.
 */

/** British → American spelling, applied to a lower-case word by pattern. */
export const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/^oesophag/, 'esophag'],
  [/^haem/, 'hem'],
  [/aem/, 'em'],
  [/^oedema/, 'edema'],
  [/oea$/, 'ea'],
  [/^foet/, 'fet'],
  [/^paed/, 'ped'],
  [/paed/, 'ped'],
  [/our$/, 'or'],
  [/^orthopaed/, 'orthoped'],
  [/isation$/, 'ization'],
  [/yse$/, 'yze'],
  [/^sulph/, 'sulf'],
  // "Leucopenia", "leucocytosis": the British white-cell prefix (the index writes "leuko-").
  [/^leuc(?=[oae])/, 'leuk'],
  [/^leukaem/, 'leukem'],
  [/^faec/, 'fec'],
  [/^anaesth/, 'anesth'],
  [/^coeliac/, 'celiac'],
];

/** Words that the index treats as one concept. The first word of each group is canonical. */
export const WORD_GROUPS: readonly (readonly string[])[] = [
  ['renal', 'kidney', 'kidneys', 'nephric'],
  ['heart', 'cardiac'],
  ['pulmonary', 'lung', 'lungs'],
  ['hepatic', 'liver'],
  ['gastric', 'stomach'],
  ['cerebral', 'brain'],
  ['cutaneous', 'skin', 'dermal'],
  ['osseous', 'bone', 'bones'],
  ['vertebral', 'vertebra', 'vertebrae'],
  ['ocular', 'eye', 'eyes'],
  // The index says either: "Loss, vision, both eyes", "Hernia, inguinal, bilateral".
  ['bilateral', 'both', 'bilaterally'],
  // "Ingrowing, nail L60.0": notes say "ingrown".
  ['ingrowing', 'ingrown'],
  ['aural', 'ear', 'ears'],
  ['nasal', 'nose'],
  ['oral', 'mouth'],
  ['dental', 'tooth', 'teeth'],
  ['vesical', 'bladder'],
  // "Ureteral" is no Latin "-a" noun's adjective ("urethral" → urethra): the organ adjective
  // rule of lexicon/normalize.ts would make it "uretera", which no index word is.
  ['ureter', 'ureteral', 'ureteric', 'ureters'],
  ['intestinal', 'intestine', 'bowel', 'bowels'],
  ['colonic', 'colon'],
  // Sites of the bowel and others by their adjective, which notes use and the Table of
  // Neoplasms does not ("Neoplasm, cecum"; "cecal adenocarcinoma"); the index writes either.
  ['duodenum', 'duodenal'],
  ['cecum', 'cecal', 'caecum', 'caecal'],
  ['ileum', 'ileal'],
  ['jejunum', 'jejunal'],
  ['appendix', 'appendiceal'],
  ['mesentery', 'mesenteric'],
  ['scrotum', 'scrotal'],
  // The index codes the groin and the inguinal region alike ("Abscess, groin", "Abscess, inguinal" L02.214).
  ['inguinal', 'groin', 'groins'],
  ['axilla', 'axillary', 'axillae'],
  ['umbilicus', 'umbilical'],
  ['tonsil', 'tonsils', 'tonsillar'],
  ['vulva', 'vulvar', 'vulval'],
  ['palate', 'palatal'],
  ['breast', 'breasts', 'mammary'],
  ['rectal', 'rectum'],
  // "Anal fissure" is "Fissure, anus, anal": the index prints the noun and its adjective as one
  // subterm, which required both words before they were one.
  ['anal', 'anus'],
  ['penile', 'penis'],
  ['uterine', 'uterus'],
  ['ovarian', 'ovary'],
  ['testicular', 'testis', 'testicle'],
  ['prostatic', 'prostate'],
  ['thyroid', 'thyroidal'],
  ['splenic', 'spleen'],
  ['pancreatic', 'pancreas'],
  ['costal', 'rib', 'ribs'],
  ['femoral', 'femur'],
  ['humeral', 'humerus'],
  ['tibial', 'tibia'],
  ['fibular', 'fibula'],
  ['radial', 'radius'],
  ['ulnar', 'ulna'],
  // "Pedal edema", "pedal swelling": the foot's (the index never writes "pedal").
  ['foot', 'pedal'],
  // Bones by their adjective, which notes use ("acetabular fracture", "calcaneal spur").
  ['acetabulum', 'acetabular'],
  ['calcaneus', 'calcaneal', 'calcaneum'],
  ['clavicle', 'clavicular'],
  ['mandible', 'mandibular'],
  ['maxilla', 'maxillary'],
  ['sternum', 'sternal'],
  ['sacrum', 'sacral'],
  ['coccyx', 'coccygeal'],
  ['carpus', 'carpal'],
  ['tarsus', 'tarsal'],
  ['phalanx', 'phalanges', 'phalangeal'],
  ['malleolus', 'malleolar'],
  ['trochanter', 'trochanteric'],
  ['condyle', 'condyles', 'condylar'],
  ['pelvic', 'pelvis'],
  ['abdominal', 'abdomen'],
  ['thoracic', 'thorax', 'chest'],
  ['arterial', 'artery', 'arteries'],
  ['venous', 'vein', 'veins'],
  ['tumor', 'tumour', 'tumors', 'tumours'],
  ['neoplasm', 'neoplasia', 'neoplastic'],
  ['carcinoma', 'cancer', 'cancers', 'carcinomas'],
  ['infarction', 'infarct'],
  ['hemorrhage', 'bleeding', 'bleed'],
  // "Macroscopic hematuria" is the index's "Hematuria, gross R31.0".
  ['gross', 'macroscopic'],
  // The function and its adjective, which the index prints as one subterm ("Loss, vision, visual
  // H54.7") and notes use either of ("decreased visual acuity": "Decrease(d), vision NEC").
  ['vision', 'visual'],
  ['fever', 'febrile', 'pyrexia'],
  ['vomiting', 'emesis'],
  ['pain', 'painful', 'ache', 'aching'],
  ['headache', 'cephalalgia', 'cephalea'],
  ['dyspnea', 'breathlessness'],
  ['pruritus', 'itching', 'itch'],
  ['obesity', 'obese'],
  ['anemia', 'anemic'],
  ['infection', 'infected', 'infectious'],
  ['diabetes', 'diabetic'],
  ['asthma', 'asthmatic'],
  ['depression', 'depressive'],
];
