/**
 * @module parse/hl7
 * A lab order as an HL7 v2 message, the form most lab orders still travel in: ORM^O01 (general
 * order) or OML^O21 (laboratory order), v2.3-2.5.1. The message is split by @medplum/core's
 * `Hl7Message` (delimiters from MSH-1/MSH-2); this module maps the segments (HL7 v2.5.1
 * chapter 4, "Order Entry"; chapter 3 PID/PV1; chapter 6 IN1/DG1):
 * - PID-3 patient id, PID-5 name, PID-7 birth date, PID-8 sex (table 0001);
 * - PV1 is read for nothing the review needs (the patient class of a lab visit is O/outpatient);
 * - IN1: the coverage kind from IN1-15 plan type or IN1-2 plan id as an X12 claim filing
 *   indicator (MA/MB Medicare, MC Medicaid; anything else commercial), or "MEDICARE"/"MEDICAID"
 *   in IN1-4 company name; the payer pack from IN1-2 when its coding system (IN1-2.3) is
 *   MEDCODEPACK; IN1-36 policy number is the member id;
 * - ORC-2 placer order number is the order id; ORC-12 ordering provider (XCN) with the NPI in
 *   XCN.1 when XCN.13 (identifier type) is NPI or absent; the order counts as signed when ORC-11
 *   (verified by) names the same practitioner as ORC-12;
 * - OBR-4 universal service id: the test (CPT/HCPCS, coding systems CPT4, C4, HCPCS, HPC);
 *   OBR-7 observation (collection) date; OBR-27.1 quantity is the units (1 when absent);
 *   OBR-16 ordering provider when ORC-12 is empty; SPM-17 collection date (OML^O21) when OBR-7 is;
 * - DG1-3 diagnosis code (coding system I10 / I10C: ICD-10-CM), sequenced by DG1-15 priority
 *   (1 = primary) and then by order of appearance.
 * Problems name the segment, its position in the message, the field and the component.
 */
import { Hl7Message, type Hl7Segment } from '@medplum/core';
import type { HcpcsCode, Icd10CmCode, PersonName } from '@medcode/domain';
import type { CoverageKind, LabOrder, OrderedTest } from '../order.ts';
import { day, hcpcs, icd, npi, sex } from './codes.ts';
import { Problems } from './problems.ts';

const PROCEDURE_SYSTEMS = new Set(['CPT4', 'C4', 'CPT', 'HCPCS', 'HPC', '']);
const ICD_SYSTEMS = new Set(['I10', 'I10C', 'ICD10CM', 'ICD-10-CM', '']);

/** HL7 v2 escape sequences in text (v2.5.1 §2.7.4): \F\ \S\ \T\ \R\ \E\. */
export function unescapeHl7(s: string): string {
  return s.replace(
    /\\([FSTRE])\\/g,
    (_m, c: string) => ({ F: '|', S: '^', T: '&', R: '~', E: '\\' })[c] ?? '',
  );
}

interface Seg {
  seg: Hl7Segment;
  /** 1-based position in the message. */
  index: number;
}

const xpn = (seg: Hl7Segment, field: number): PersonName | undefined => {
  const last = unescapeHl7(seg.getComponent(field, 1));
  if (last === '') return undefined;
  const first = unescapeHl7(seg.getComponent(field, 2));
  const middle = unescapeHl7(seg.getComponent(field, 3));
  return { last, ...(first ? { first } : {}), ...(middle ? { middle } : {}) };
};

/** XCN: id^family^given^middle ... XCN.13 identifier type code. */
const xcnName = (seg: Hl7Segment, field: number): PersonName | undefined => {
  const last = unescapeHl7(seg.getComponent(field, 2));
  if (last === '') return undefined;
  const first = unescapeHl7(seg.getComponent(field, 3));
  return { last, ...(first ? { first } : {}) };
};

function coverageKind(in1: Hl7Segment): CoverageKind {
  const codes = [in1.getComponent(15, 1), in1.getComponent(2, 1)].map((s) => s.trim().toUpperCase());
  if (codes.some((c) => c === 'MA' || c === 'MB' || c === 'MEDICARE')) return 'medicare';
  if (codes.some((c) => c === 'MC' || c === 'MEDICAID')) return 'medicaid';
  const company = in1.getComponent(4, 1).toUpperCase();
  if (company.includes('MEDICARE')) return 'medicare';
  if (company.includes('MEDICAID')) return 'medicaid';
  return 'commercial';
}

export function labOrderFromHl7(text: string, file?: string): LabOrder {
  const p = new Problems(file);
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n|\n/g, '\r')
    .replace(/\r+$/, '');
  if (!body.startsWith('MSH')) {
    p.add({ line: 1, segment: 'MSH' }, 'an HL7 v2 message starts with MSH');
    p.check('lab order (HL7 v2)');
  }
  const msg = Hl7Message.parse(body);
  const segs: Seg[] = msg.segments.map((seg, k) => ({ seg, index: k + 1 }));
  const all = (name: string) => segs.filter((s) => s.seg.name === name);
  const one = (name: string) => all(name)[0];
  const at = (s: Seg, field: string) => ({ segment: s.seg.name, segmentIndex: s.index, field });

  const msh = one('MSH')!;
  const type = `${msh.seg.getComponent(9, 1)}^${msh.seg.getComponent(9, 2)}`;
  if (type !== 'ORM^O01' && type !== 'OML^O21')
    p.add(at(msh, 'MSH-9'), `expected ORM^O01 or OML^O21, got ${type}`);
  const pid = one('PID');
  const orc = one('ORC');
  const obrs = all('OBR');
  if (!pid) p.add({ segment: 'PID' }, 'no PID segment');
  if (!orc) p.add({ segment: 'ORC' }, 'no ORC segment');
  if (obrs.length === 0) p.add({ segment: 'OBR' }, 'no OBR segment: no test ordered');
  p.check('lab order (HL7 v2)');

  const tests: OrderedTest[] = [];
  for (const o of obrs) {
    const system = o.seg.getComponent(4, 3).toUpperCase();
    const code4 = o.seg.getComponent(4, 1);
    if (!PROCEDURE_SYSTEMS.has(system)) {
      p.add(at(o, 'OBR-4.3'), `the test is coded in ${system}; the review needs CPT/HCPCS (CPT4, HCPCS)`);
      continue;
    }
    const code: HcpcsCode | undefined = hcpcs(p, at(o, 'OBR-4.1'), code4);
    const q = o.seg.getComponent(27, 1).trim();
    const units = q === '' ? 1 : Number(q);
    if (!Number.isInteger(units) || units <= 0)
      p.add(at(o, 'OBR-27.1'), `units must be a positive whole number: "${q}"`);
    const name = unescapeHl7(o.seg.getComponent(4, 2));
    if (code) tests.push({ code, units, ...(name ? { name } : {}) });
  }

  const dx: { code: Icd10CmCode; priority: number; k: number }[] = [];
  all('DG1').forEach((d, k) => {
    const system = d.seg.getComponent(3, 3).toUpperCase();
    if (!ICD_SYSTEMS.has(system)) {
      p.add(at(d, 'DG1-3.3'), `the diagnosis is coded in ${system}; the review needs ICD-10-CM (I10, I10C)`);
      return;
    }
    const code = icd(p, at(d, 'DG1-3.1'), d.seg.getComponent(3, 1));
    const pr = Number(d.seg.getComponent(15, 1));
    if (code && !dx.some((x) => x.code === code))
      dx.push({ code, priority: Number.isInteger(pr) && pr > 0 ? pr : Number.MAX_SAFE_INTEGER, k });
  });
  dx.sort((a, b) => a.priority - b.priority || a.k - b.k);

  const firstObr = obrs[0]!;
  const ordering = orc!.seg.getComponent(12, 1) !== '' ? { s: orc!, f: 12 } : { s: firstObr, f: 16 };
  const idType = ordering.s.seg.getComponent(ordering.f, 13).toUpperCase();
  const rawNpi = ordering.s.seg.getComponent(ordering.f, 1);
  const orderingNpi =
    idType === '' || idType === 'NPI'
      ? npi(p, at(ordering.s, `${ordering.s.seg.name}-${ordering.f}.1`), rawNpi)
      : undefined;
  const verifier = orc!.seg.getComponent(11, 1);
  const signaturePresent = verifier !== '' && verifier === rawNpi;

  const spm = one('SPM');
  const obr7 = firstObr.seg.getComponent(7, 1);
  const spm17 = spm?.seg.getComponent(17, 1) ?? '';
  const collectionDate =
    obr7 !== ''
      ? day(p, at(firstObr, 'OBR-7'), obr7)
      : spm && spm17 !== ''
        ? day(p, at(spm, 'SPM-17'), spm17)
        : undefined;
  const bd = pid!.seg.getComponent(7, 1);
  const birthDate = bd !== '' ? day(p, at(pid!, 'PID-7'), bd) : undefined;
  p.check('lab order (HL7 v2)');

  const in1 = one('IN1');
  const packSystem = in1?.seg.getComponent(2, 3).toUpperCase();
  const pack = packSystem === 'MEDCODEPACK' ? in1!.seg.getComponent(2, 1) : '';
  const payerName = in1 ? unescapeHl7(in1.seg.getComponent(4, 1)) : '';
  const memberId = in1?.seg.getComponent(36, 1) ?? '';
  const patientId = pid!.seg.getComponent(3, 1);
  const patientName = xpn(pid!.seg, 5);
  const sexCode = pid!.seg.getComponent(8, 1);
  const providerName = xcnName(ordering.s.seg, ordering.f);
  const id = orc!.seg.getComponent(2, 1) || firstObr.seg.getComponent(2, 1) || msh.seg.getComponent(10, 1);
  return {
    id,
    orderingProvider: {
      ...(orderingNpi !== undefined ? { npi: orderingNpi } : {}),
      ...(providerName ? { name: providerName } : {}),
    },
    patient: {
      ...(patientId ? { id: patientId } : {}),
      ...(patientName ? { name: patientName } : {}),
      ...(birthDate !== undefined ? { birthDate } : {}),
      ...(sexCode ? { sex: sex(sexCode) } : {}),
    },
    coverage: {
      kind: in1 ? coverageKind(in1.seg) : 'commercial',
      ...(pack ? { payerPack: pack } : {}),
      ...(payerName ? { payerName } : {}),
      ...(memberId ? { memberId } : {}),
    },
    tests,
    diagnoses: dx.map((d) => d.code),
    ...(collectionDate !== undefined ? { collectionDate } : {}),
    signaturePresent,
  };
}
