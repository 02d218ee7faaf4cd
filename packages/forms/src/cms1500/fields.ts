/**
 * @module cms1500/fields
 * A professional claim as the values of the 1500 Claim Form (02/12), box by box, page by page.
 * Pure: no drawing here (render.ts draws). Box numbers and contents follow the NUCC "1500 Health
 * Insurance Claim Form Reference Instruction Manual" for the 02/12 form; the X12 element each
 * value comes from is the one the model field names.
 *
 * Six service lines fit a page (item 24). More lines continue on further pages: every page
 * repeats the header boxes, is labelled "Page n of m", and item 28 reads CONTINUED on all but
 * the last page, which carries the claim's total (payer multi-page rules, e.g. HMSA "Multi-page
 * Claims", TMHP CSHCN manual 5.3: "indicate 'continued' in Block 28").
 */
import type { Claim, Person, PersonName, Provider, ServiceLine } from '@medcode/domain';
import { findProvider, formatDollars } from '@medcode/domain';

export const LINES_PER_PAGE = 6;
/** Item 21 holds twelve diagnoses, A through L. */
export const DIAGNOSIS_LETTERS = 'ABCDEFGHIJKL';

/** Check boxes: `<box>:<choice>`. */
export type Check =
  | `1:${'medicare' | 'medicaid' | 'tricare' | 'champva' | 'group' | 'feca' | 'other'}`
  | `3:${'M' | 'F'}`
  | `6:${'self' | 'spouse' | 'child' | 'other'}`
  | `10${'a' | 'b' | 'c'}:${'yes' | 'no'}`
  | `11a:${'M' | 'F'}`
  | `11d:${'yes' | 'no'}`
  | `25:${'ssn' | 'ein'}`
  | `27:${'yes' | 'no'}`;

export interface Cms1500Line {
  /** 24A: MM DD YY. */
  from: string;
  to: string;
  pos: string; // 24B
  emg: string; // 24C
  procedure: string; // 24D
  modifiers: string[]; // 24D, up to four
  pointer: string; // 24E: letters A-L
  dollars: string; // 24F, whole dollars
  cents: string; // 24F, the cents column
  units: string; // 24G
  npi: string; // 24J (unshaded): rendering provider NPI
  /** The shaded supplemental line: N4 + NDC + unit + quantity (item 24, shaded area). */
  supplemental: string;
}

export interface Cms1500Page {
  page: number;
  pages: number;
  /** Box id → text ('1a', '2', '5.city', '21.A', '28.dollars' ...). */
  boxes: Record<string, string>;
  checks: Set<Check>;
  lines: Cms1500Line[];
}

/** NUCC item 2/4: "Last Name, First Name, Middle Initial". */
export function formName(n: PersonName): string {
  const parts = [n.last, n.first, n.middle?.slice(0, 1)].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  return parts.join(', ') + (n.suffix === undefined ? '' : ` ${n.suffix}`);
}

/** YYYY-MM-DD → "MM DD YYYY" (items 3, 11a) or "MM DD YY" (items 14, 18, 24A). */
export function formDate(iso: string | undefined, year: 2 | 4 = 2): string {
  if (iso === undefined) return '';
  const [y = '', m = '', d = ''] = iso.split('-');
  return `${m} ${d} ${year === 2 ? y.slice(2) : y}`;
}

/** Dollars and cents in the form's two columns: "1,234" and "50". */
export function money(cents: number): { dollars: string; cents: string } {
  const s = formatDollars(cents as Parameters<typeof formatDollars>[0]).replace('$', '');
  const [dollars = '', c = ''] = s.split('.');
  return { dollars, cents: c };
}

/**
 * Item 1 from the claim filing indicator (SBR09): MA/MB Medicare, MC Medicaid, CH TRICARE
 * (CHAMPUS), VA CHAMPVA, commercial and managed-care codes Group Health Plan, FECA Black Lung
 * for the Federal Employees' Compensation Act program (OF other federal), the rest Other.
 */
function insuranceType(filing: string | undefined): Check {
  switch (filing) {
    case 'MA':
    case 'MB':
      return '1:medicare';
    case 'MC':
      return '1:medicaid';
    case 'CH':
      return '1:tricare';
    case 'VA':
      return '1:champva';
    case 'CI':
    case 'BL':
    case 'HM':
    case '12':
    case '13':
    case '14':
    case '15':
    case '16':
    case 'DS':
    case 'EP':
    case 'LM':
      return '1:group';
    case 'OF':
      return '1:feca';
    default:
      return '1:other';
  }
}

/** Item 6 from the X12 individual relationship code (PAT01 / SBR02). */
function relationship(code: string): Check {
  if (code === '18') return '6:self';
  if (code === '01') return '6:spouse';
  if (code === '19') return '6:child';
  return '6:other';
}

function address(prefix: string, p: Person | Provider | undefined, boxes: Record<string, string>): void {
  const a = p?.address;
  if (a === undefined) return;
  boxes[`${prefix}.street`] = [a.line1, a.line2].filter(Boolean).join(' ');
  boxes[`${prefix}.city`] = a.city;
  boxes[`${prefix}.state`] = a.state ?? '';
  boxes[`${prefix}.zip`] = a.postalCode ?? '';
}

function providerBlock(p: Provider | undefined): string {
  if (p === undefined) return '';
  const a = p.address;
  const name = p.entity === 'organization' ? p.name.last : formName(p.name);
  if (a === undefined) return name;
  const cityLine = `${a.city}${a.state === undefined ? '' : ` ${a.state}`}${a.postalCode === undefined ? '' : ` ${a.postalCode}`}`;
  return [name, [a.line1, a.line2].filter(Boolean).join(' '), cityLine].join('\n');
}

/** The boxes every page repeats (items 1-23, 25-27, 29-33). */
function headerBoxes(c: Claim): { boxes: Record<string, string>; checks: Set<Check> } {
  const s = c.subscriber;
  const b: Record<string, string> = {};
  const checks = new Set<Check>([insuranceType(s.claimFilingIndicator), relationship(c.patientRelationship)]);
  b.carrier = [
    s.payer.name,
    s.payer.address?.line1,
    s.payer.address === undefined
      ? undefined
      : `${s.payer.address.city} ${s.payer.address.state ?? ''} ${s.payer.address.postalCode ?? ''}`.trim(),
  ]
    .filter((x): x is string => x !== undefined && x !== '')
    .join('\n');
  b['1a'] = s.memberId;
  b['2'] = formName(c.patient.name);
  b['3'] = formDate(c.patient.birthDate, 4);
  if (c.patient.sex === 'M' || c.patient.sex === 'F') checks.add(`3:${c.patient.sex}`);
  b['4'] = formName(s.person.name);
  address('5', c.patient, b);
  address('7', s.person, b);
  const other = c.otherSubscribers[0];
  if (other !== undefined) {
    b['9'] = formName(other.subscriber.person.name);
    b['9a'] = other.subscriber.groupNumber ?? other.subscriber.memberId;
    b['9d'] = other.subscriber.groupName ?? other.subscriber.payer.name;
  }
  const causes = c.relatedCauses ?? [];
  checks.add(causes.includes('EM') ? '10a:yes' : '10a:no');
  checks.add(causes.includes('AA') ? '10b:yes' : '10b:no');
  if (causes.includes('AA') && c.accidentState !== undefined) b['10b.state'] = c.accidentState; // CLM11-4
  checks.add(causes.includes('OA') ? '10c:yes' : '10c:no');
  b['11'] = s.groupNumber ?? '';
  b['11a'] = formDate(s.person.birthDate, 4);
  if (s.person.sex === 'M' || s.person.sex === 'F') checks.add(`11a:${s.person.sex}`);
  b['11c'] = s.groupName ?? s.payer.name;
  checks.add(c.otherSubscribers.length > 0 ? '11d:yes' : '11d:no');
  // Items 12/13: "Signature on File" when the release (CLM09 = Y) and assignment of benefits (CLM08) are on file.
  if (c.releaseOfInformation === 'Y') b['12'] = 'SIGNATURE ON FILE';
  if (c.benefitsAssigned === true) b['13'] = 'SIGNATURE ON FILE';
  // Item 14: the date of the current illness or injury (DTP*431 onset, else DTP*439 accident), qualifier 431.
  const current = c.onset ?? c.accidentDate;
  if (current !== undefined) {
    b['14'] = formDate(current);
    b['14.qual'] = '431';
  }
  const referring =
    findProvider(c, 'referring') ?? findProvider(c, 'ordering') ?? findProvider(c, 'supervising');
  if (referring !== undefined) {
    // 17 qualifier: DN referring, DK ordering, DQ supervising provider.
    b['17.qual'] = referring.role === 'referring' ? 'DN' : referring.role === 'ordering' ? 'DK' : 'DQ';
    b['17'] = formName(referring.name);
    b['17b'] = referring.npi ?? '';
  }
  if (c.admission !== undefined) b['18.from'] = formDate(c.admission);
  if (c.discharge !== undefined) b['18.to'] = formDate(c.discharge);
  if (c.note !== undefined) b['19'] = c.note;
  // ICD indicator: 0 ICD-10-CM, 9 ICD-9-CM (a claim uses one revision).
  b['21.ind'] = c.diagnoses.length > 0 && c.diagnoses.every((d) => d.codeSystem === 'icd9cm') ? '9' : '0';
  c.diagnoses.slice(0, DIAGNOSIS_LETTERS.length).forEach((d, i) => {
    // Item 21: codes without the decimal point (NUCC: the decimal is implied).
    b[`21.${DIAGNOSIS_LETTERS[i]}`] = d.code;
  });
  if (c.frequencyCode === '7' || c.frequencyCode === '8') {
    b['22'] = c.frequencyCode;
    b['22.original'] = c.originalReference ?? '';
  }
  b['23'] = c.priorAuthorization ?? '';
  const billing = findProvider(c, 'billing');
  if (billing?.taxId !== undefined) {
    b['25'] = billing.taxId;
    checks.add(billing.taxIdKind === 'SSN' ? '25:ssn' : '25:ein');
  }
  b['26'] = c.id;
  // Item 27 from CLM07: A assigned, C not assigned.
  if (c.assignment === 'A') checks.add('27:yes');
  else if (c.assignment === 'C') checks.add('27:no');
  const paid = c.otherSubscribers.reduce((t, o) => t + (o.paidAmount ?? 0), 0);
  if (c.otherSubscribers.some((o) => o.paidAmount !== undefined)) {
    const m = money(paid);
    b['29.dollars'] = m.dollars;
    b['29.cents'] = m.cents;
  }
  if (c.providerSignature === true) b['31'] = 'SIGNATURE ON FILE';
  const facility = findProvider(c, 'serviceFacility');
  b['32'] = providerBlock(facility);
  b['32a'] = facility?.npi ?? '';
  b['33'] = providerBlock(billing);
  b['33a'] = billing?.npi ?? '';
  // 33b: the billing provider taxonomy with qualifier ZZ.
  b['33b'] = billing?.taxonomy === undefined ? '' : `ZZ${billing.taxonomy}`;
  return { boxes: b, checks };
}

function formLine(c: Claim, l: ServiceLine): Cms1500Line {
  const m = money(l.charge);
  const rendering = l.providers.find((p) => p.role === 'rendering') ?? findProvider(c, 'rendering');
  // Item 24E holds up to four pointer letters.
  const pointer = l.diagnosisPointers
    .slice(0, 4)
    .map((p) => DIAGNOSIS_LETTERS[p - 1])
    .filter((x): x is string => x !== undefined)
    .join('');
  return {
    from: formDate(l.serviceDate),
    to: formDate(l.serviceDateTo ?? l.serviceDate),
    pos: l.placeOfService ?? c.placeOfService ?? '',
    emg: l.emergency === true ? 'Y' : '',
    procedure: l.procedure ?? '',
    modifiers: l.modifiers.slice(0, 4),
    pointer,
    dollars: m.dollars,
    cents: m.cents,
    units: String(l.units),
    npi: rendering?.npi ?? '',
    supplemental: l.drug === undefined ? '' : `N4${l.drug.ndc} ${l.drug.unit}${l.drug.quantity}`,
  };
}

/** The claim as 1500 form pages: six service lines each, header boxes on every page. */
export function cms1500Pages(c: Claim): Cms1500Page[] {
  const count = Math.max(1, Math.ceil(c.lines.length / LINES_PER_PAGE));
  const total = money(c.totalCharge);
  return Array.from({ length: count }, (_, i) => {
    const { boxes, checks } = headerBoxes(c);
    const last = i === count - 1;
    boxes['28.dollars'] = last ? total.dollars : 'CONTINUED';
    boxes['28.cents'] = last ? total.cents : '';
    boxes.page = `Page ${i + 1} of ${count}`;
    return {
      page: i + 1,
      pages: count,
      boxes,
      checks,
      lines: c.lines.slice(i * LINES_PER_PAGE, (i + 1) * LINES_PER_PAGE).map((l) => formLine(c, l)),
    };
  });
}
