/**
 * @module writer/envelope
 * The interchange and functional group envelope around written transaction sets: the fixed-width
 * ISA (X12.5; 00501, repetition separator in ISA11), GS/GE with the implementation reference in
 * GS08, ST/SE with the segment count, IEA with the group count. Control numbers and the date come
 * from the options so that output is reproducible.
 */
import { MedcodeError } from '@medcode/domain';
import { type Element, SegmentWriter, STANDARD_DELIMITERS, type WriterDelimiters } from './segment-writer.ts';

export interface Party {
  /** ISA05/07 interchange id qualifier: ZZ mutually defined (default), 30 federal tax id, 01 DUNS ... */
  qualifier?: string;
  id: string;
}

export interface EnvelopeOptions {
  sender: Party;
  receiver: Party;
  /** ISA13, default 1. */
  controlNumber?: number;
  /** GS06 of the first group, default the interchange control number. */
  groupControlNumber?: number;
  /** ST02 of the first transaction set, default 1. */
  transactionControlNumber?: number;
  /** CCYYMMDD and HHMM; default the current UTC date and time. */
  date?: string;
  time?: string;
  /** ISA15, default P (production). */
  usage?: 'P' | 'T';
  /** ISA14: ask for a TA1. Default false. */
  ackRequested?: boolean;
  delimiters?: Partial<WriterDelimiters>;
  /** A line break after each segment terminator (easier to read; receivers tolerate it). */
  lineBreaks?: boolean;
}

export interface TransactionSpec {
  setId: string;
  reference: string;
  /** Writes the segments between ST and SE. */
  body: (w: SegmentWriter, control: string) => void;
}

export interface GroupSpec {
  functionalId: string;
  version: string;
  sets: TransactionSpec[];
}

export interface Stamp {
  date: string;
  time: string;
}

export function stamp(opts: Pick<EnvelopeOptions, 'date' | 'time'>): Stamp {
  const now = new Date().toISOString();
  return {
    date: opts.date ?? `${now.slice(0, 4)}${now.slice(5, 7)}${now.slice(8, 10)}`,
    time: opts.time ?? `${now.slice(11, 13)}${now.slice(14, 16)}`,
  };
}

function fixed(value: string, width: number, field: string): string {
  if (value.length > width)
    throw new MedcodeError('bad-input', `"${value}" is longer than ${width} characters`, {
      place: { segment: 'ISA', field },
    });
  return value.padEnd(width, ' ');
}

export function writeInterchange(
  opts: EnvelopeOptions,
  groups: readonly GroupSpec[],
  interchangeSegments?: (w: SegmentWriter) => void,
): string {
  const d: WriterDelimiters = { ...STANDARD_DELIMITERS, ...opts.delimiters };
  const w = new SegmentWriter(d, opts.lineBreaks === true ? { lineBreaks: true } : {});
  const { date, time } = stamp(opts);
  const control = String(opts.controlNumber ?? 1).padStart(9, '0');
  if (control.length !== 9)
    throw new MedcodeError('bad-input', 'the interchange control number has more than 9 digits', {
      place: { segment: 'ISA', field: 'ISA13' },
    });
  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    fixed(opts.sender.qualifier ?? 'ZZ', 2, 'ISA05'),
    fixed(opts.sender.id, 15, 'ISA06'),
    fixed(opts.receiver.qualifier ?? 'ZZ', 2, 'ISA07'),
    fixed(opts.receiver.id, 15, 'ISA08'),
    date.slice(2),
    time.slice(0, 4),
    d.repetition,
    '00501',
    control,
    opts.ackRequested === true ? '1' : '0',
    opts.usage ?? 'P',
    d.component,
  ];
  w.raw(isa.join(d.element));
  interchangeSegments?.(w);
  let gsControl = opts.groupControlNumber ?? opts.controlNumber ?? 1;
  let stControl = opts.transactionControlNumber ?? 1;
  for (const g of groups) {
    w.seg(
      'GS',
      g.functionalId,
      opts.sender.id,
      opts.receiver.id,
      date,
      time,
      String(gsControl),
      'X',
      g.version,
    );
    for (const t of g.sets) {
      const st = String(stControl++).padStart(4, '0');
      w.resetCount();
      w.seg('ST', t.setId, st, t.reference);
      t.body(w, st);
      w.seg('SE', String(w.count + 1), st);
    }
    w.seg('GE', String(g.sets.length), String(gsControl));
    gsControl++;
  }
  w.seg('IEA', String(groups.length), control);
  return w.toString();
}

export type { Element };
