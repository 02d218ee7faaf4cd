import { describe, expect, it } from 'vitest';
import { scanIsa } from './delimiters.ts';
import { type TokenProblem, Tokenizer } from './tokenizer.ts';

const ISA_STAR =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

/** Tokenizes chunks; returns each segment's elements (and the problems). */
function tokenize(chunks: (string | Uint8Array)[]): {
  segments: string[][];
  lines: number[];
  problems: TokenProblem[];
} {
  const segments: string[][] = [];
  const lines: number[] = [];
  const problems: TokenProblem[] = [];
  const t = new Tokenizer({
    segment: (v) => {
      const s = v.materialize(0);
      segments.push([...s.e]);
      lines.push(v.line);
    },
    problem: (p) => problems.push(p),
  });
  for (const c of chunks) t.push(typeof c === 'string' ? Buffer.from(c, 'latin1') : c);
  t.end();
  return { segments, lines, problems };
}

describe('scanIsa', () => {
  it('reads the four delimiters from a fixed-width 5010 ISA', () => {
    const r = scanIsa(Buffer.from(ISA_STAR), 0, ISA_STAR.length, true);
    expect(r).toEqual({
      kind: 'ok',
      delimiters: { element: 0x2a, component: 0x3a, repetition: 0x5e, segment: 0x7e },
      length: 106,
      fixedWidth: true,
    });
  });

  it('has no repetition separator when ISA11 is the 4010 standards identifier U', () => {
    const isa = ISA_STAR.replace('*^*00501', '*U*00401');
    const r = scanIsa(Buffer.from(isa), 0, isa.length, true);
    expect(r.kind === 'ok' && r.delimiters.repetition).toBeUndefined();
  });

  it('reads a non-fixed-width ISA by counting its separators', () => {
    const isa = 'ISA*00**00**ZZ*SHORT*ZZ*R*240101*1200*^*00501*000000001*0*P*>|';
    const r = scanIsa(Buffer.from(isa), 0, isa.length, true);
    expect(r.kind === 'ok' && [r.fixedWidth, r.delimiters.component, r.delimiters.segment]).toEqual([
      false,
      0x3e,
      0x7c,
    ]);
  });

  it('asks for more bytes when the ISA is cut short and more may come', () => {
    expect(scanIsa(Buffer.from(ISA_STAR.slice(0, 50)), 0, 50, false)).toEqual({ kind: 'more' });
  });

  it('refuses a letter as data element separator', () => {
    const r = scanIsa(Buffer.from(`ISAX${ISA_STAR.slice(4)}`), 0, 106, true);
    expect(r.kind).toBe('bad');
  });
});

describe('Tokenizer', () => {
  const body = `${ISA_STAR}GS*HC*S*R*20240101*1200*1*X*005010X222A1~ST*837*0001~NM1*85*2*ACME:X~SE*3*0001~GE*1*1~IEA*1*000000001~`;

  it('splits segments and elements with the delimiters of the ISA', () => {
    const { segments, problems } = tokenize([body]);
    expect(problems).toEqual([]);
    expect(segments.map((s) => s[0])).toEqual(['ISA', 'GS', 'ST', 'NM1', 'SE', 'GE', 'IEA']);
    expect(segments[3]).toEqual(['NM1', '85', '2', 'ACME:X']);
  });

  it('uses other delimiters when the ISA declares them', () => {
    const other = body.replaceAll('*', '|').replaceAll('~', '\n').replace('|:\n', '|>\n');
    const { segments } = tokenize([other]);
    expect(segments.map((s) => s[0])).toEqual(['ISA', 'GS', 'ST', 'NM1', 'SE', 'GE', 'IEA']);
    expect(segments[3]).toEqual(['NM1', '85', '2', 'ACME:X']);
  });

  it('skips a byte-order mark and CR/LF after terminators, and counts lines', () => {
    const withBreaks = `\ufeff${body.replaceAll('~', '~\r\n')}`;
    const { segments, lines, problems } = tokenize([Buffer.from(withBreaks, 'utf8')]);
    expect(problems).toEqual([]);
    expect(segments).toEqual(tokenize([body]).segments);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives the same segments whatever the chunk boundaries', () => {
    const whole = tokenize([body]).segments;
    const bytes = Buffer.from(body);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const pieces: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += cut) pieces.push(bytes.subarray(i, i + cut));
      expect(tokenize(pieces).segments).toEqual(whole);
    }
  });

  it('delivers a last segment without terminator and says so', () => {
    const { segments, problems } = tokenize([body.slice(0, -1)]);
    expect(segments.at(-1)).toEqual(['IEA', '1', '000000001']);
    expect(problems.map((p) => p.kind)).toEqual(['unterminated']);
  });

  it('stops at input that does not start with ISA', () => {
    const { segments, problems } = tokenize(['hello world~']);
    expect(segments).toEqual([]);
    expect(problems[0]?.kind).toBe('not-x12');
  });

  it('reports empty input', () => {
    expect(tokenize([]).problems.map((p) => p.kind)).toEqual(['not-x12']);
  });

  it('reads a second interchange with different delimiters', () => {
    const second = body.replaceAll('*', '|').replaceAll('~', '!');
    const { segments } = tokenize([body, second]);
    expect(segments.filter((s) => s[0] === 'NM1')).toEqual([
      ['NM1', '85', '2', 'ACME:X'],
      ['NM1', '85', '2', 'ACME:X'],
    ]);
  });
});
