/**
 * @module cms/icd10pcs/axes
 * The seven characters ("axes") of an ICD-10-PCS code. Each section gives the characters its own
 * meanings (ICD-10-PCS Reference Manual, chapter 1 "Code structure" and the section chapters):
 * in Medical and Surgical, character 3 is the root operation and 5 the approach; in Imaging,
 * character 3 is the type and 5 the contrast.
 *
 * What the order file lets us say: character 1 (the section, a fixed list) and, from the
 * 3-character table header rows ("Lower Arteries, Destruction"; "Imaging, Eye, Magnetic Resonance
 * Imaging (MRI)"), characters 2 and 3. The values of characters 4-7 live in the PCS tables XML,
 * which is not on hand; for them we give the axis name and the character only.
 */

/** Section names, character 1 (ICD-10-PCS Reference Manual, table of sections). */
export const PCS_SECTIONS: Readonly<Record<string, string>> = {
  '0': 'Medical and Surgical',
  '1': 'Obstetrics',
  '2': 'Placement',
  '3': 'Administration',
  '4': 'Measurement and Monitoring',
  '5': 'Extracorporeal or Systemic Assistance and Performance',
  '6': 'Extracorporeal or Systemic Therapies',
  '7': 'Osteopathic',
  '8': 'Other Procedures',
  '9': 'Chiropractic',
  B: 'Imaging',
  C: 'Nuclear Medicine',
  D: 'Radiation Therapy',
  F: 'Physical Rehabilitation and Diagnostic Audiology',
  G: 'Mental Health',
  H: 'Substance Abuse Treatment',
  X: 'New Technology',
};

type AxisNames = readonly [string, string, string, string, string, string];
const SURGICAL: AxisNames = ['Body System', 'Root Operation', 'Body Part', 'Approach', 'Device', 'Qualifier'];
const REGION_METHOD: AxisNames = [
  'Body System',
  'Root Operation',
  'Body Region',
  'Approach',
  'Method',
  'Qualifier',
];
const QUALIFIERS: AxisNames = ['Body System', 'Type', 'Qualifier', 'Qualifier', 'Qualifier', 'Qualifier'];

/** Names of characters 2-7 per section (ICD-10-PCS Reference Manual, one chapter per section). */
export const PCS_AXIS_NAMES: Readonly<Record<string, AxisNames>> = {
  '0': SURGICAL,
  '1': SURGICAL,
  '2': ['Body System', 'Root Operation', 'Body Region', 'Approach', 'Device', 'Qualifier'],
  '3': ['Body System', 'Root Operation', 'Body System/Region', 'Approach', 'Substance', 'Qualifier'],
  '4': ['Body System', 'Root Operation', 'Body System', 'Approach', 'Function/Device', 'Qualifier'],
  '5': ['Body System', 'Root Operation', 'Body System', 'Duration', 'Function', 'Qualifier'],
  '6': ['Body System', 'Root Operation', 'Body System', 'Duration', 'Qualifier', 'Qualifier'],
  '7': REGION_METHOD,
  '8': REGION_METHOD,
  '9': REGION_METHOD,
  B: ['Body System', 'Type', 'Body Part', 'Contrast', 'Qualifier', 'Qualifier'],
  C: ['Body System', 'Type', 'Body Part', 'Radionuclide', 'Qualifier', 'Qualifier'],
  D: ['Body System', 'Modality', 'Treatment Site', 'Modality Qualifier', 'Isotope', 'Qualifier'],
  F: ['Section Qualifier', 'Type', 'Body System/Region', 'Type Qualifier', 'Equipment', 'Qualifier'],
  G: QUALIFIERS,
  H: QUALIFIERS,
  X: ['Body System', 'Root Operation', 'Body Part', 'Approach', 'Device/Substance/Technology', 'Qualifier'],
};

export interface PcsAxis {
  /** 1-7. */
  position: number;
  name: string;
  char: string;
  /** The character's meaning, when the files on hand say it. */
  value?: string;
}

/**
 * Characters 2 and 3 from a table header's long title. Headers outside Medical and Surgical
 * start with the section name; the last comma-separated part is the operation (or type,
 * modality), what lies between is the body system, which may itself hold commas
 * ("Anatomical Regions, General"). A header with one part names only the body system.
 */
export function headerValues(code: string, headerTitle: string): { bodySystem?: string; operation?: string } {
  const section = PCS_SECTIONS[code[0] ?? ''];
  let rest = headerTitle;
  if (code[0] !== '0') {
    if (section === undefined || !rest.startsWith(`${section}, `)) return {};
    rest = rest.slice(section.length + 2);
  }
  const cut = rest.lastIndexOf(', ');
  if (cut < 0) return rest === '' ? {} : { bodySystem: rest };
  return { bodySystem: rest.slice(0, cut), operation: rest.slice(cut + 2) };
}

/** The seven axes of a code, with what the header title tells (`headerTitle` of code[0..3]). */
export function pcsAxes(code: string, headerTitle: string | undefined): PcsAxis[] {
  const names = PCS_AXIS_NAMES[code[0] ?? ''];
  const section = PCS_SECTIONS[code[0] ?? ''];
  const known = headerTitle === undefined ? {} : headerValues(code, headerTitle);
  const axes: PcsAxis[] = [
    {
      position: 1,
      name: 'Section',
      char: code[0] ?? '',
      ...(section !== undefined ? { value: section } : {}),
    },
  ];
  for (let i = 1; i < code.length; i++) {
    const value = i === 1 ? known.bodySystem : i === 2 ? known.operation : undefined;
    axes.push({
      position: i + 1,
      name: names?.[i - 1] ?? `Character ${i + 1}`,
      char: code[i] ?? '',
      ...(value !== undefined ? { value } : {}),
    });
  }
  return axes;
}
