/**
 * @module em/patterns
 * What the note says that counts toward each element of medical decision making (AMA CPT E/M
 * guidelines 2021, "Table 1 - Levels of Medical Decision Making"), written as data: regular
 * expressions over a sentence, each naming the element item it evidences.
 */

export type ProblemKind =
  | 'selfLimited'
  | 'acuteUncomplicated'
  | 'chronicStable'
  | 'chronicExacerbation'
  | 'chronicSevere'
  | 'undiagnosedNew'
  | 'acuteSystemic'
  | 'acuteComplicatedInjury'
  | 'threatToLife';

export type DataItem =
  | 'externalNotes'
  | 'resultReview'
  | 'testOrdered'
  | 'independentHistorian'
  | 'independentInterpretation'
  | 'discussion';

export type RiskItem =
  | 'otcDrug'
  | 'prescriptionDrug'
  | 'minorSurgery'
  | 'majorSurgery'
  | 'emergencySurgery'
  | 'socialDeterminants'
  | 'intensiveMonitoring'
  | 'hospitalization'
  | 'dnr';

/** Words that name a test (for ordering and reviewing: each unique test counts once). */
export const TESTS: Readonly<Record<string, RegExp>> = {
  cbc: /\b(?:cbc|complete blood count|hemogram)\b/i,
  metabolicPanel:
    /\b(?:bmp|cmp|basic metabolic panel|comprehensive metabolic panel|electrolytes|chem(?:istry)? ?7|renal function)\b/i,
  a1c: /\b(?:a1c|hba1c|hemoglobin a1c|glycated hemoglobin)\b/i,
  lipids: /\b(?:lipid panel|lipid profile|cholesterol panel|lipids)\b/i,
  thyroid: /\b(?:tsh|thyroid function|free t4)\b/i,
  urinalysis: /\b(?:urinalysis|ua|urine culture)\b/i,
  culture: /\b(?:blood cultures?|cultures?|throat swab|strep test|rapid strep)\b/i,
  xray: /\b(?:x-rays?|xrays?|radiographs?|cxr|chest film)\b/i,
  ct: /\b(?:ct|cat scan|computed tomography)\b/i,
  mri: /\b(?:mri|magnetic resonance)\b/i,
  ultrasound: /\b(?:ultrasound|ultrasonography|sonogram|echocardiogram|echo|doppler)\b/i,
  ecg: /\b(?:ekg|ecg|electrocardiogram)\b/i,
  inr: /\b(?:inr|pt\/inr|coagulation)\b/i,
  psa: /\bpsa\b/i,
  other:
    /\b(?:biopsy|stress test|holter|spirometry|pulmonary function|colonoscopy|endoscopy|mammogram|bone density|dexa)\b/i,
};

export const ORDER_VERBS =
  /\b(?:order(?:ed)?|will (?:obtain|get|check|order)|obtain(?:ed)?|check(?:ed)?|send|sent|request(?:ed)?|schedul(?:e|ed)|recheck|repeat|draw|drawn)\b/i;
export const REVIEW_VERBS =
  /\b(?:review(?:ed)?|results?|showed|shows|revealed|reveals|demonstrat(?:ed|es)|was normal|were normal|is normal|unremarkable|within normal limits)\b/i;

export const DATA_PATTERNS: readonly {
  item: Exclude<DataItem, 'resultReview' | 'testOrdered'>;
  re: RegExp;
}[] = [
  {
    item: 'externalNotes',
    re: /\b(?:outside|external|prior|previous|old) (?:records?|notes?|charts?)\b|\brecords? from\b|\breviewed (?:the )?(?:notes?|records?) (?:from|of)\b/i,
  },
  {
    item: 'independentHistorian',
    re: /\b(?:history (?:was )?(?:obtained|provided|given) (?:by|from)|per (?:his|her|the) (?:mother|father|wife|husband|daughter|son|caregiver|parents?)|(?:mother|father|parent|caregiver|wife|husband) (?:provides|gives|reports) (?:the )?history|independent historian)\b/i,
  },
  {
    item: 'independentInterpretation',
    re: /\b(?:i (?:personally|independently) (?:reviewed|interpreted|viewed)|my (?:own )?(?:interpretation|review|read) of|independent(?:ly)? interpret(?:ed|ation))\b/i,
  },
  {
    item: 'discussion',
    re: /\b(?:discussed (?:with|the case with) (?:dr\.?|the|his|her)|spoke (?:with|to) (?:dr\.?|the|his|her)|case was discussed with|consulted with dr)\b/i,
  },
];

export const RISK_PATTERNS: readonly { item: RiskItem; re: RegExp }[] = [
  {
    item: 'otcDrug',
    re: /\b(?:over[- ]the[- ]counter|otc|ibuprofen|acetaminophen|tylenol|advil|motrin|naproxen|aleve|antihistamines?|saline|fluids and rest)\b/i,
  },
  {
    item: 'prescriptionDrug',
    re: /\b(?:prescri(?:bed|ption|be)|rx\b|refill(?:ed|s)?|start(?:ed)? (?:on )?[a-z]+ \d+ ?(?:mg|mcg|units?)|increas(?:e|ed) (?:the |his |her )?(?:dose|dosage)|decreas(?:e|ed) (?:the |his |her )?(?:dose|dosage)|continue (?:on )?(?:his |her |current )?(?:medications?|[a-z]+ \d+ ?(?:mg|mcg))|titrat(?:e|ed|ion)|\d+ ?(?:mg|mcg) (?:po|by mouth|daily|bid|tid|qid|b\.i\.d|t\.i\.d|once|twice))\b/i,
  },
  {
    item: 'minorSurgery',
    re: /\b(?:incision and drainage|excision of (?:a |the )?(?:lesion|cyst|mole)|laceration repair|biopsy)\b/i,
  },
  {
    item: 'majorSurgery',
    re: /\b(?:surgery|surgical (?:repair|intervention|management)|[a-z]+ectomy|arthroplasty|laparoscop[a-z]+|refer(?:red)? (?:to|for) (?:surgery|surgical))\b/i,
  },
  { item: 'emergencySurgery', re: /\b(?:emergent(?:ly)?|emergency) (?:surgery|operation|laparotomy)\b/i },
  {
    item: 'socialDeterminants',
    re: /\b(?:cannot afford|unable to afford|no insurance|uninsured|homeless|lack of transportation|food insecurity)\b/i,
  },
  {
    item: 'intensiveMonitoring',
    re: /\b(?:chemotherapy|warfarin|coumadin|inr monitoring|lithium level|drug levels?|tacrolimus|methotrexate monitoring)\b/i,
  },
  {
    item: 'hospitalization',
    re: /\b(?:admit(?:ted)? (?:to|for)|hospital admission|will admit|admission to (?:the )?hospital|send (?:him|her|the patient) to the (?:er|emergency)|transfer(?:red)? to (?:the )?(?:er|emergency|hospital))\b/i,
  },
  { item: 'dnr', re: /\b(?:dnr|do not resuscitate|comfort care|hospice)\b/i },
];

/** Problem status words, read in the sentence that assesses the problem. */
export const STATUS_PATTERNS: readonly { kind: ProblemKind; re: RegExp }[] = [
  {
    kind: 'threatToLife',
    re: /\b(?:life[- ]threatening|threat to life|sepsis|septic shock|acute myocardial infarction|stemi|respiratory failure|pulmonary embolism|stroke|unstable angina|suicidal)\b/i,
  },
  {
    kind: 'chronicSevere',
    re: /\bsevere(?:ly)? (?:exacerbation|worsening|progression|decompensat\w*)|\bdecompensated\b/i,
  },
  {
    kind: 'chronicExacerbation',
    re: /\b(?:exacerbation|worsen(?:ing|ed)|uncontrolled|poorly controlled|not (?:well )?controlled|progress(?:ion|ing)|flare|side effects?|suboptimal(?:ly)? controlled|above goal)\b/i,
  },
  {
    kind: 'undiagnosedNew',
    re: /\b(?:uncertain (?:prognosis|etiology)|undiagnosed|unclear (?:etiology|cause)|new (?:lump|mass|nodule)|of unknown (?:cause|etiology))\b/i,
  },
  {
    kind: 'acuteSystemic',
    re: /\b(?:pyelonephritis|pneumonia|colitis|systemic symptoms|with fever|febrile|influenza)\b/i,
  },
  {
    kind: 'acuteComplicatedInjury',
    re: /\b(?:fracture|dislocation|head injury with|concussion|tendon (?:rupture|laceration))\b/i,
  },
  { kind: 'chronicStable', re: /\b(?:stable|well[- ]controlled|controlled|at goal|chronic)\b/i },
  {
    kind: 'selfLimited',
    re: /\b(?:common cold|viral (?:syndrome|illness|uri)|upper respiratory infection|uri|insect bite|minor|self[- ]limit\w*|abrasion|contusion|sunburn|cerumen)\b/i,
  },
];

/**
 * Conditions that are chronic by nature (a problem list convention, not a CPT list). AMA 2021:
 * a chronic illness is one expected to last at least a year or until death (cancers included).
 */
export const CHRONIC_CONDITION =
  /\b(?:hypertension|htn|diabetes|dm|hyperlipidemia|dyslipidemia|hypercholesterolemia|asthma|copd|chronic|ckd|heart failure|chf|coronary artery disease|cad|atrial fibrillation|hypothyroidism|hyperthyroidism|depression|anxiety|bipolar|schizophrenia|osteoarthritis|rheumatoid|gerd|reflux|obesity|migraine|epilepsy|seizure disorder|parkinson|dementia|hiv|hepatitis c|cirrhosis|osteoporosis|gout|psoriasis|glaucoma|sleep apnea|benign prostatic|carcinoma|cancer|malignant neoplasm|lymphoma|leukemia|myeloma)\b/i;

/** Total time statements: "total time 35 minutes", "spent 40 minutes", ">50% of 25 minutes". */
export const TOTAL_TIME =
  /\b(?:total (?:time|of)|spent(?: a total of)?|time spent(?: today)?(?: was)?|face[- ]to[- ]face (?:time )?(?:of|was)?)\D{0,40}?(\d{1,3}) ?(?:minutes|mins?)\b/i;

export const NEW_PATIENT =
  /\b(?:new patient|new to (?:the|this|our) (?:clinic|practice|office)|establish(?:ing)? care|initial (?:visit|consultation))\b/i;
export const ESTABLISHED_PATIENT =
  /\b(?:established patient|follow[- ]?up|returns?(?: today)? for|return visit|last seen|seen (?:here )?(?:last|previously))\b/i;
