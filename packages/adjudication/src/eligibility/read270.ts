/**
 * @module eligibility/read270
 * Reading X12 270 eligibility inquiries (005010X279A1) on top of the x12 package's streaming
 * tokenizer: the envelope (ISA sender and receiver, to answer back), and per transaction set
 * the BHT, the information source (2000A HL*20, 2100A NM1*PR), the information receiver (2000B
 * HL*21, 2100B NM1*1P), and each subscriber (2000C HL*22: TRN, 2100C NM1*IL, DMG, DTP*291, 2110C
 * EQ) with its dependents (2000D HL*23: TRN, 2100D NM1*03, DMG, DTP*291, EQ). Envelope and
 * element syntax are the x12 package's `checkInterchange`; this reader says what it cannot use.
 */
import type { IsoDate, PersonName } from '@medcode/domain';
import { Tokenizer, type X12Segment } from '@medcode/x12';

export interface InquiryPerson {
  name: PersonName;
  entity: 'person' | 'organization';
  idQualifier?: string;
  id?: string;
  birthDate?: IsoDate;
  sex?: string;
}

export interface Trace {
  type: string;
  number: string;
  originator: string;
  supplemental?: string;
}

export interface InquirySubject {
  /** 1-based position of the subject in its transaction set (for messages). */
  hl: string;
  subscriber: InquiryPerson;
  subscriberTraces: Trace[];
  dependent?: InquiryPerson;
  dependentTraces: Trace[];
  /** DTP*291: the date (or span) asked about; absent means the date of the inquiry. */
  date?: { from: IsoDate; to?: IsoDate };
  /** EQ01 service type codes (30 when none is asked). */
  serviceTypes: string[];
}

export interface EligibilityInquiry {
  interchange: {
    sender: { qualifier: string; id: string };
    receiver: { qualifier: string; id: string };
    control: string;
    usage: string;
  };
  control: string;
  /** BHT03: the submitter's reference, echoed in the 271. */
  reference: string;
  date: string;
  time?: string;
  source: { name: string; idQualifier: string; id: string };
  receiver: InquiryPerson;
  subjects: InquirySubject[];
}

export interface InquiryProblem {
  line: number;
  segment: string;
  message: string;
}

export interface Read270Result {
  inquiries: EligibilityInquiry[];
  problems: InquiryProblem[];
}

const el = (s: X12Segment, i: number): string => (s.e[i] ?? '').trim();
const comps = (s: X12Segment, i: number): string[] => el(s, i).split(String.fromCharCode(s.d.component));
const reps = (s: X12Segment, i: number): string[] => {
  const v = el(s, i);
  if (v === '') return [];
  return s.d.repetition === undefined ? [v] : v.split(String.fromCharCode(s.d.repetition));
};

function d8(v: string): IsoDate | undefined {
  return /^\d{8}$/.test(v) ? (`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` as IsoDate) : undefined;
}

function person(s: X12Segment): InquiryPerson {
  const p: InquiryPerson = {
    entity: el(s, 2) === '2' ? 'organization' : 'person',
    name: {
      last: el(s, 3),
      ...(el(s, 4) ? { first: el(s, 4) } : {}),
      ...(el(s, 5) ? { middle: el(s, 5) } : {}),
      ...(el(s, 7) ? { suffix: el(s, 7) } : {}),
    },
  };
  if (el(s, 8)) p.idQualifier = el(s, 8);
  if (el(s, 9)) p.id = el(s, 9);
  return p;
}

function trace(s: X12Segment): Trace {
  return {
    type: el(s, 1),
    number: el(s, 2),
    originator: el(s, 3),
    ...(el(s, 4) ? { supplemental: el(s, 4) } : {}),
  };
}

/** Splits input into segments, kept with their positions, and the tokenizer's problems. */
function tokenize(input: string | Uint8Array): { segments: X12Segment[]; problems: InquiryProblem[] } {
  const segments: X12Segment[] = [];
  const problems: InquiryProblem[] = [];
  let position = 0;
  const t = new Tokenizer({
    segment(view) {
      position = view.tag === 'ST' ? 1 : position + 1;
      segments.push(view.materialize(position));
    },
    problem(p) {
      problems.push({ line: p.line, segment: '', message: p.message });
    },
  });
  t.push(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  t.end();
  return { segments, problems };
}

interface Builder {
  inquiry: EligibilityInquiry;
  level: string;
  subject?: InquirySubject;
}

export function read270(input: string | Uint8Array): Read270Result {
  const { segments, problems } = tokenize(input);
  const inquiries: EligibilityInquiry[] = [];
  let interchange: EligibilityInquiry['interchange'] = {
    sender: { qualifier: 'ZZ', id: '' },
    receiver: { qualifier: 'ZZ', id: '' },
    control: '',
    usage: 'P',
  };
  let b: Builder | undefined;
  const problem = (s: X12Segment, message: string) =>
    problems.push({ line: s.line, segment: s.tag, message });
  for (const s of segments) {
    switch (s.tag) {
      case 'ISA':
        interchange = {
          sender: { qualifier: el(s, 5), id: el(s, 6) },
          receiver: { qualifier: el(s, 7), id: el(s, 8) },
          control: el(s, 13),
          usage: el(s, 15),
        };
        break;
      case 'ST':
        if (el(s, 1) !== '270') {
          problem(s, `transaction set ${el(s, 1)} is not a 270 eligibility inquiry`);
          b = undefined;
          break;
        }
        b = {
          level: '',
          inquiry: {
            interchange,
            control: el(s, 2),
            reference: '',
            date: '',
            source: { name: '', idQualifier: '', id: '' },
            receiver: { entity: 'organization', name: { last: '' } },
            subjects: [],
          },
        };
        inquiries.push(b.inquiry);
        break;
      default:
        if (b) segment(b, s, problem);
    }
  }
  for (const q of inquiries)
    if (q.subjects.length === 0)
      problems.push({
        line: 0,
        segment: 'ST',
        message: `270 ${q.control} asks about no subscriber (no HL*22)`,
      });
  return { inquiries, problems };
}

function segment(b: Builder, s: X12Segment, problem: (s: X12Segment, m: string) => void): void {
  const q = b.inquiry;
  switch (s.tag) {
    case 'BHT':
      q.reference = el(s, 3);
      q.date = el(s, 4);
      if (el(s, 5)) q.time = el(s, 5);
      return;
    case 'HL': {
      b.level = el(s, 3);
      if (b.level === '22') {
        b.subject = {
          hl: el(s, 1),
          subscriber: { entity: 'person', name: { last: '' } },
          subscriberTraces: [],
          dependentTraces: [],
          serviceTypes: [],
        };
        q.subjects.push(b.subject);
      } else if (b.level === '23') {
        if (!b.subject) problem(s, 'a dependent (HL*23) without a subscriber (HL*22)');
        else if (b.subject.dependent !== undefined) {
          // Each dependent is a subject of its own, under the same subscriber.
          const sub = b.subject;
          b.subject = { ...sub, hl: el(s, 1), dependentTraces: [], serviceTypes: [] };
          delete b.subject.dependent;
          delete b.subject.date;
          q.subjects.push(b.subject);
        }
      } else if (b.level !== '20' && b.level !== '21')
        problem(s, `HL level code ${b.level} is not 20, 21, 22 or 23`);
      return;
    }
    case 'NM1': {
      const who = el(s, 1);
      if (who === 'PR' && b.level === '20')
        q.source = { name: el(s, 3), idQualifier: el(s, 8), id: el(s, 9) };
      else if (b.level === '21') q.receiver = person(s);
      else if (who === 'IL' && b.subject) b.subject.subscriber = person(s);
      else if (who === '03' && b.subject) b.subject.dependent = person(s);
      return;
    }
    case 'TRN':
      if (!b.subject) return;
      (b.level === '23' ? b.subject.dependentTraces : b.subject.subscriberTraces).push(trace(s));
      return;
    case 'DMG': {
      if (!b.subject) return;
      const p = b.level === '23' ? b.subject.dependent : b.subject.subscriber;
      if (!p) return;
      const birth = el(s, 1) === 'D8' ? d8(el(s, 2)) : undefined;
      if (birth) p.birthDate = birth;
      else if (el(s, 2)) problem(s, `birth date ${el(s, 2)} is not CCYYMMDD (DMG01 D8)`);
      if (el(s, 3)) p.sex = el(s, 3);
      return;
    }
    case 'DTP': {
      if (!b.subject || el(s, 1) !== '291') return;
      const v = el(s, 3);
      const from = d8(el(s, 2) === 'RD8' ? v.slice(0, 8) : v);
      const to = el(s, 2) === 'RD8' ? d8(v.slice(9, 17)) : undefined;
      if (!from) problem(s, `date ${v} is not a ${el(s, 2) || 'D8'} date`);
      else b.subject.date = to ? { from, to } : { from };
      return;
    }
    case 'EQ':
      if (!b.subject) return;
      b.subject.serviceTypes.push(...reps(s, 1));
      if (reps(s, 1).length === 0 && comps(s, 2)[1]) b.subject.serviceTypes.push('30');
      return;
    default:
  }
}
