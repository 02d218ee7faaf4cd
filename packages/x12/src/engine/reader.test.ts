import { describe, expect, it } from 'vitest';
import { readEventsSync } from './input.ts';
import type { GroupEvent, InterchangeEvent, ProblemEvent, ReaderEvent, TransactionEvent } from './types.ts';

const ISA =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

function interchange(
  sets: string[],
  trailer = { ge: undefined as string | undefined, iea: undefined as string | undefined },
): string {
  const body = sets
    .map((s, i) => {
      const control = String(i + 1).padStart(4, '0');
      const segs = s.split('~').filter((x) => x !== '');
      return `ST*270*${control}*005010X279A1~${segs.join('~')}~SE*${segs.length + 2}*${control}~`;
    })
    .join('');
  return `${ISA}GS*HS*SENDER*RECEIVER*20240101*1200*7*X*005010X279A1~${body}${trailer.ge ?? `GE*${sets.length}*7~`}${trailer.iea ?? 'IEA*1*000000001~'}`;
}

const problems = (ev: ReaderEvent[]): ProblemEvent['problem'][] =>
  ev.filter((e): e is ProblemEvent => e.kind === 'problem').map((e) => e.problem);
const sets = (ev: ReaderEvent[]): TransactionEvent[] =>
  ev.filter((e): e is TransactionEvent => e.kind === 'transaction');
const group = (ev: ReaderEvent[]): GroupEvent => ev.find((e): e is GroupEvent => e.kind === 'group')!;
const ta1 = (ev: ReaderEvent[]): InterchangeEvent =>
  ev.find((e): e is InterchangeEvent => e.kind === 'interchange')!;

const BODY = 'BHT*0022*13*10001234*20240101*1200~HL*1**20*1~NM1*PR*2*ACME*****PI*12345~';

describe('X12Reader envelope', () => {
  it('accepts a clean interchange', () => {
    const ev = readEventsSync(interchange([BODY, BODY]));
    expect(problems(ev)).toEqual([]);
    expect(sets(ev).map((t) => t.ack.code)).toEqual(['A', 'A']);
    expect(group(ev).ack).toMatchObject({ code: 'A', included: 2, received: 2, accepted: 2, errors: [] });
    expect(ta1(ev).ack).toMatchObject({ code: 'A', noteCode: '000', controlNumber: '000000001' });
  });

  it('rejects the one transaction set whose SE01 count is wrong, with its position', () => {
    const text = interchange([BODY, BODY]).replace('SE*5*0002', 'SE*9*0002');
    const ev = readEventsSync(text, { file: 'in.x12' });
    expect(sets(ev).map((t) => [t.ack.code, t.ack.errors])).toEqual([
      ['A', []],
      ['R', ['4']],
    ]);
    const p = problems(ev)[0]!;
    expect(p.code).toBe('x12.se.count');
    expect(p.position).toMatchObject({
      file: 'in.x12',
      interchange: '000000001',
      group: '7',
      transaction: '0002',
      segmentId: 'SE',
      segmentPosition: 5,
      element: 1,
      segmentIndex: 12,
    });
    expect(group(ev).ack).toMatchObject({ code: 'P', received: 2, accepted: 1 });
  });

  it('reports SE02, GE and IEA mismatches with their acknowledgment codes', () => {
    const text = interchange([BODY], { ge: 'GE*2*8~', iea: 'IEA*3*000000009~' }).replace(
      'SE*5*0001',
      'SE*5*0009',
    );
    const ev = readEventsSync(text);
    expect(sets(ev)[0]!.ack).toMatchObject({ code: 'R', errors: ['3'] });
    expect(group(ev).ack.errors).toEqual(['5', '4']);
    expect(ta1(ev).ack).toMatchObject({ code: 'R', noteCode: '001' });
    expect(problems(ev).map((p) => p.code)).toEqual([
      'x12.se.control',
      'x12.ge.count',
      'x12.ge.control',
      'x12.iea.control',
      'x12.iea.count',
    ]);
  });

  it('closes a transaction set, group and interchange cut short by the end of the file', () => {
    const text = `${ISA}GS*HS*SENDER*RECEIVER*20240101*1200*7*X*005010X279A1~ST*270*0001*005010X279A1~${BODY}`;
    const ev = readEventsSync(text);
    expect(problems(ev).map((p) => p.code)).toEqual(['x12.se.missing', 'x12.ge.missing', 'x12.iea.missing']);
    expect(sets(ev)[0]!.ack).toMatchObject({ code: 'R', errors: ['2'] });
    expect(ta1(ev).ack.noteCode).toBe('023');
  });

  it('finds element syntax errors and names the data element', () => {
    const ev = readEventsSync(interchange(['BHT*0022*13*10001234*20241301*1200~HL*1**20*1~N3*A\nB~']));
    expect(
      problems(ev).map((p) => [p.code, p.position.segmentId, p.position.element, p.position.elementRef]),
    ).toEqual([
      ['x12.element.invalid-date', 'BHT', 4, '373'],
      ['x12.element.invalid-character', 'N3', 1, '166'],
    ]);
    expect(
      sets(ev)[0]!.ack.segments.map((s) => [s.segmentId, s.position, s.code, s.elements.map((e) => e.code)]),
    ).toEqual([
      ['BHT', 2, '8', ['8']],
      ['N3', 4, '8', ['6']],
    ]);
  });

  it('reports a group whose version is not 5010 unless told to read other versions', () => {
    const text = interchange([BODY]).replace('*X*005010X279A1~ST', '*X*004010X092A1~ST');
    expect(group(readEventsSync(text)).ack).toMatchObject({ code: 'R', errors: ['2'] });
    expect(group(readEventsSync(text, { allowOtherVersions: true })).ack.code).toBe('A');
  });

  it('reports a transaction set ID that does not belong in its group', () => {
    const ev = readEventsSync(interchange([BODY]).replace('ST*270', 'ST*835'));
    expect(sets(ev)[0]!.ack).toMatchObject({ code: 'R', errors: ['6'] });
  });

  it('reads composites written with ">" when ISA16 declares another separator, with a warning', () => {
    const text = interchange(['BHT*0022*13*10001234*20240101*1200~CLM*A1*10***11>B>1~']);
    const ev = readEventsSync(text);
    expect(problems(ev).map((p) => [p.code, p.severity])).toEqual([
      ['x12.isa.component-separator', 'warning'],
    ]);
  });
});
