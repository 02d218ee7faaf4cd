/**
 * @module problems/registry
 * Every problem the X12 reader can report, with a stable code (never renumbered, never reused),
 * its default severity, and the acknowledgment code it becomes: TA105 for the interchange,
 * AK905 for a functional group, IK502 for a transaction set, IK304 for a segment and IK403 for
 * a data element (ASC X12 005010X231A1, the 999 implementation guide; TA1 from X12.5).
 */

export type ProblemLevel = 'interchange' | 'group' | 'transaction' | 'segment' | 'element' | 'claim';

export interface ProblemKind {
  readonly level: ProblemLevel;
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly ta1?: string;
  readonly ak9?: string;
  readonly ik5?: string;
  readonly ik3?: string;
  readonly ik4?: string;
}

export const X12_PROBLEMS = {
  // Interchange (TA1 note codes).
  'x12.input.not-x12': {
    level: 'interchange',
    severity: 'error',
    summary: 'not an X12 interchange',
    ta1: '022',
  },
  'x12.isa.invalid': { level: 'interchange', severity: 'error', summary: 'ISA cannot be read', ta1: '022' },
  'x12.isa.not-fixed-width': {
    level: 'interchange',
    severity: 'warning',
    summary: 'ISA is not 106 bytes with fixed-width fields',
    ta1: '022',
  },
  'x12.isa.component-separator': {
    level: 'interchange',
    severity: 'warning',
    summary: 'composites use another component separator than ISA16 declares',
    ta1: '027',
  },
  'x12.isa.field': { level: 'interchange', severity: 'error', summary: 'an ISA field is invalid' },
  'x12.iea.missing': { level: 'interchange', severity: 'error', summary: 'IEA is missing', ta1: '023' },
  'x12.iea.count': {
    level: 'interchange',
    severity: 'error',
    summary: 'IEA01 group count is wrong',
    ta1: '021',
  },
  'x12.iea.control': {
    level: 'interchange',
    severity: 'error',
    summary: 'IEA02 differs from ISA13',
    ta1: '001',
  },
  'x12.interchange.content': {
    level: 'interchange',
    severity: 'error',
    summary: 'a segment sits outside a functional group',
    ta1: '024',
  },
  'x12.segment.too-long': {
    level: 'interchange',
    severity: 'error',
    summary: 'a segment is too long: the segment terminator is missing or wrong',
    ta1: '004',
  },
  // Functional group (AK905).
  'x12.gs.version': {
    level: 'group',
    severity: 'error',
    summary: 'the functional group version is not 5010',
    ak9: '2',
  },
  'x12.gs.not-supported': {
    level: 'group',
    severity: 'error',
    summary: 'functional group not supported',
    ak9: '1',
  },
  'x12.gs.control': {
    level: 'group',
    severity: 'error',
    summary: 'GS06 is not a valid control number',
    ak9: '6',
  },
  'x12.gs.duplicate': {
    level: 'group',
    severity: 'error',
    summary: 'GS06 repeats within the interchange',
    ak9: '19',
  },
  'x12.ge.missing': { level: 'group', severity: 'error', summary: 'GE is missing', ak9: '3' },
  'x12.ge.control': { level: 'group', severity: 'error', summary: 'GE02 differs from GS06', ak9: '4' },
  'x12.ge.count': { level: 'group', severity: 'error', summary: 'GE01 transaction count is wrong', ak9: '5' },
  // Transaction set (IK502).
  'x12.st.outside-group': {
    level: 'transaction',
    severity: 'error',
    summary: 'transaction set outside a functional group',
    ik5: '18',
  },
  'x12.st.id': {
    level: 'transaction',
    severity: 'error',
    summary: 'ST01 is missing or does not belong to the functional group',
    ik5: '6',
  },
  'x12.st.control': {
    level: 'transaction',
    severity: 'error',
    summary: 'ST02 is missing or invalid',
    ik5: '7',
  },
  'x12.st.duplicate': {
    level: 'transaction',
    severity: 'error',
    summary: 'ST02 repeats within the functional group',
    ik5: '23',
  },
  'x12.st.convention': {
    level: 'transaction',
    severity: 'error',
    summary: 'implementation convention not supported',
    ik5: 'I6',
  },
  'x12.se.missing': { level: 'transaction', severity: 'error', summary: 'SE is missing', ik5: '2' },
  'x12.se.control': { level: 'transaction', severity: 'error', summary: 'SE02 differs from ST02', ik5: '3' },
  'x12.se.count': {
    level: 'transaction',
    severity: 'error',
    summary: 'SE01 segment count is wrong',
    ik5: '4',
  },
  'x12.segment.outside-transaction': {
    level: 'group',
    severity: 'error',
    summary: 'a segment sits outside a transaction set',
    ak9: '1',
  },
  // Segments (IK304).
  'x12.segment.unrecognized': {
    level: 'segment',
    severity: 'error',
    summary: 'unrecognized segment ID',
    ik3: '1',
  },
  'x12.segment.unexpected': {
    level: 'segment',
    severity: 'warning',
    summary: 'unexpected segment',
    ik3: '2',
  },
  'x12.segment.required': {
    level: 'segment',
    severity: 'error',
    summary: 'required segment missing',
    ik3: '3',
  },
  'x12.segment.required-loop': {
    level: 'segment',
    severity: 'warning',
    summary: 'a loop the implementation guide requires is missing',
    ik3: '3',
  },
  'x12.loop.over-max': {
    level: 'segment',
    severity: 'warning',
    summary: 'loop occurs over maximum times',
    ik3: '4',
  },
  'x12.segment.over-max': {
    level: 'segment',
    severity: 'warning',
    summary: 'segment exceeds maximum use',
    ik3: '5',
  },
  'x12.segment.not-in-set': {
    level: 'segment',
    severity: 'warning',
    summary: 'segment not in defined transaction set',
    ik3: '6',
  },
  'x12.segment.unterminated': {
    level: 'segment',
    severity: 'warning',
    summary: 'the last segment has no terminator',
  },
  'x12.hl.structure': {
    level: 'segment',
    severity: 'error',
    summary: 'HL hierarchy is broken (HL01 not sequential or HL02 names no parent)',
    ik3: '8',
    ik4: '7',
  },
  // Data elements (IK403).
  'x12.element.required': {
    level: 'element',
    severity: 'error',
    summary: 'required data element missing',
    ik4: '1',
  },
  'x12.element.too-many': {
    level: 'element',
    severity: 'warning',
    summary: 'too many data elements',
    ik4: '3',
  },
  'x12.element.too-short': {
    level: 'element',
    severity: 'warning',
    summary: 'data element too short',
    ik4: '4',
  },
  'x12.element.too-long': {
    level: 'element',
    severity: 'warning',
    summary: 'data element too long',
    ik4: '5',
  },
  'x12.element.invalid-character': {
    level: 'element',
    severity: 'error',
    summary: 'invalid character in data element',
    ik4: '6',
  },
  'x12.element.invalid-code': {
    level: 'element',
    severity: 'error',
    summary: 'invalid code value',
    ik4: '7',
  },
  'x12.element.invalid-date': { level: 'element', severity: 'error', summary: 'invalid date', ik4: '8' },
  'x12.element.invalid-time': { level: 'element', severity: 'error', summary: 'invalid time', ik4: '9' },
  'x12.element.too-many-repetitions': {
    level: 'element',
    severity: 'warning',
    summary: 'too many repetitions',
    ik4: '12',
  },
  'x12.element.too-many-components': {
    level: 'element',
    severity: 'warning',
    summary: 'too many components',
    ik4: '13',
  },
  // Claim content: the claim cannot become the claim model (reported on the 277CA; IK3/IK4 in the 999).
  'x12.claim.code': {
    level: 'claim',
    severity: 'error',
    summary: 'a diagnosis, procedure, modifier or other code is malformed',
    ik4: '7',
  },
  'x12.claim.value': {
    level: 'claim',
    severity: 'error',
    summary: 'a claim value is missing or malformed',
    ik4: '1',
  },
  'x12.claim.pointer': {
    level: 'claim',
    severity: 'error',
    summary: 'a diagnosis pointer names no diagnosis on the claim',
    ik4: '7',
  },
  'x12.claim.no-lines': {
    level: 'claim',
    severity: 'error',
    summary: 'a claim has no service lines',
    ik3: '3',
  },
  'x12.claim.balance': {
    level: 'claim',
    severity: 'warning',
    summary: 'a remittance does not balance (835 TR3 section 1.10.2)',
  },
  'x12.claim.note': {
    level: 'claim',
    severity: 'warning',
    summary: 'a claim departs from the implementation guide',
  },
} as const satisfies Record<string, ProblemKind>;

export type X12ProblemCode = keyof typeof X12_PROBLEMS;
