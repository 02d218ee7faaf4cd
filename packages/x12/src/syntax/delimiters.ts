/**
 * @module syntax/delimiters
 * The four X12 delimiters come from the ISA segment of each interchange (X12.5 / TR3 appendix B):
 * the data element separator is the byte after "ISA", the repetition separator is ISA11 (5010;
 * in 4010 ISA11 is the standards identifier "U"), the component separator is ISA16 and the
 * segment terminator is the byte right after ISA16. ISA is fixed width: 106 bytes with its terminator.
 */

export interface Delimiters {
  /** Byte values. */
  readonly element: number;
  readonly component: number;
  /** Absent when ISA11 is a letter or digit (4010 "U"), i.e. the interchange has no repetition separator. */
  readonly repetition: number | undefined;
  readonly segment: number;
}

export const ISA_LENGTH = 106;

export const DEFAULT_DELIMITERS: Delimiters = {
  element: 0x2a, // *
  component: 0x3a, // :
  repetition: 0x5e, // ^
  segment: 0x7e, // ~
};

export type IsaScan =
  | { kind: 'ok'; delimiters: Delimiters; length: number; fixedWidth: boolean }
  | { kind: 'more' }
  | { kind: 'bad'; reason: string; ta1: string };

const isAlnum = (b: number): boolean =>
  (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Longest ISA we try to read when it is not fixed width (short ISA06/ISA08 fields). */
const ISA_SCAN_LIMIT = 400;

/**
 * Reads the delimiters of the ISA starting at `start`. `ended` says no more bytes will come, so
 * a short buffer is final. A non-fixed-width ISA is read by counting its 16 separators.
 */
export function scanIsa(buf: Uint8Array, start: number, end: number, ended: boolean): IsaScan {
  const avail = end - start;
  if (avail < ISA_LENGTH && !ended) return { kind: 'more' };
  if (avail < 4) return { kind: 'bad', reason: 'the file ends inside the ISA segment', ta1: '023' };
  const element = buf[start + 3]!;
  if (isAlnum(element) || element === 0x20)
    return { kind: 'bad', reason: 'ISA has no data element separator after "ISA"', ta1: '026' };
  // Fixed width: separators at the 16 fixed places, ISA16 at 104 and the terminator at 105.
  if (avail >= ISA_LENGTH && fixedSeparators(buf, start, element)) {
    return finish(buf, start, element, start + 82, start + 104, ISA_LENGTH, true);
  }
  // Not fixed width: count separators.
  let seen = 0;
  let isa11 = -1;
  const limit = Math.min(end, start + ISA_SCAN_LIMIT);
  for (let i = start + 3; i < limit; i++) {
    if (buf[i] !== element) continue;
    seen++;
    if (seen === 11) isa11 = i + 1;
    if (seen === 16) {
      if (i + 2 >= end) {
        if (!ended) return { kind: 'more' };
        return { kind: 'bad', reason: 'the file ends inside the ISA segment', ta1: '023' };
      }
      return finish(buf, start, element, isa11, i + 1, i + 3 - start, false);
    }
  }
  if (!ended && end - start < ISA_SCAN_LIMIT) return { kind: 'more' };
  return { kind: 'bad', reason: 'ISA does not have 16 data elements', ta1: '022' };
}

const FIXED_SEPARATORS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

function fixedSeparators(buf: Uint8Array, start: number, element: number): boolean {
  for (const p of FIXED_SEPARATORS) if (buf[start + p] !== element) return false;
  return true;
}

function finish(
  buf: Uint8Array,
  start: number,
  element: number,
  isa11At: number,
  isa16At: number,
  length: number,
  fixedWidth: boolean,
): IsaScan {
  const component = buf[isa16At]!;
  const segment = buf[isa16At + 1]!;
  const isa11 = isa11At >= 0 ? buf[isa11At]! : 0x55;
  const repetition = isAlnum(isa11) || isa11 === 0x20 || isa11 === element ? undefined : isa11;
  if (isAlnum(component) || component === 0x20 || component === element)
    return { kind: 'bad', reason: 'ISA16 is not a usable component separator', ta1: '027' };
  if (isAlnum(segment) || segment === 0x20 || segment === element || segment === component)
    return { kind: 'bad', reason: 'the byte after ISA16 is not a usable segment terminator', ta1: '004' };
  if (repetition !== undefined && (repetition === component || repetition === segment))
    return { kind: 'bad', reason: 'ISA11 repeats another delimiter', ta1: '022' };
  void start;
  return { kind: 'ok', delimiters: { element, component, repetition, segment }, length, fixedWidth };
}

/** The delimiters as characters, for messages and writers. */
export function delimiterChars(d: Delimiters): {
  element: string;
  component: string;
  repetition: string;
  segment: string;
} {
  return {
    element: String.fromCharCode(d.element),
    component: String.fromCharCode(d.component),
    repetition: d.repetition === undefined ? '' : String.fromCharCode(d.repetition),
    segment: String.fromCharCode(d.segment),
  };
}
