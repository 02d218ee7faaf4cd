import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HcpcsCode, IsoDate } from '@medcode/domain';
import { GOLDEN_IMPLS, golden, run } from '../test-support/golden.ts';
import { loadPack } from './parse.ts';

const dir = join(import.meta.dirname, '..', '..', 'packs');
const load = (name: string) => loadPack(readFileSync(join(dir, name), 'utf8'), name);
const acme = load('acme-health-ppo.yaml');
const medicare = load('medicare-part-b.yaml');
const prior = (procedure: string, date: string) => [
  { procedure: procedure as HcpcsCode, date: date as IsoDate },
];

describe.each(GOLDEN_IMPLS)('payer packs: the two shipped examples [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[], Parameters<typeof golden>[2]?]>([
    ['MRI without authorization', { lines: [{ code: '70551' }] }, ['PY001@1']],
    ['MRI with authorization', { lines: [{ code: '70551' }], priorAuthorization: 'AUTH1' }, []],
    // PET joined the authorization list in version 2026.1: the date of service picks the version.
    ['PET in 2026', { lines: [{ code: '78815' }] }, ['PY001@1']],
    ['PET in 2025', { lines: [{ code: '78815' }], date: '2025-11-03' }, [], { today: '2026-01-10' }],
    ['modifier XS', { lines: [{ code: '11042', modifiers: ['XS'] }] }, ['PY002@1']],
    ['a consultation without a referring provider', { lines: [{ code: '99243' }] }, ['PY003@1']],
    ['a consultation with one', { lines: [{ code: '99243' }], referringNpi: '1245319599' }, []],
    // 2026.1 allows 90 days, 2025.1 allowed 180.
    ['filed 116 days after a 2026 service', { date: '2026-01-05' }, ['PY004'], { today: '2026-05-01' }],
    ['filed 120 days after a 2025 service', { date: '2025-11-01' }, [], { today: '2026-03-01' }],
    [
      'a second preventive visit within a year',
      { lines: [{ code: '99396' }] },
      ['PY005@1'],
      { history: prior('99396', '2025-09-01') },
    ],
    [
      'a preventive visit a year and a month later',
      { lines: [{ code: '99396' }] },
      [],
      { history: prior('99396', '2025-02-01') },
    ],
    [
      'two preventive visits on one claim',
      { lines: [{ code: '99396', date: '2026-01-10' }, { code: '99395' }] },
      ['PY005@2'],
      { today: '2026-03-15' },
    ],
    ['vitamin D for hypertension', { dx: ['I10'], lines: [{ code: '82306' }] }, ['MN002@1']],
    ['vitamin D for deficiency', { dx: ['E559'], lines: [{ code: '82306' }] }, []],
    ['an excluded service', { lines: [{ code: '15775' }] }, ['PY006@1']],
    ['modifier 25 on a lone visit', { lines: [{ code: '99213', modifiers: ['25'] }] }, ['PY007@1']],
  ])('acme-health-ppo: %s', (_name, input, expected, opts = {}) => {
    expect(golden(input, ['PY', 'MN002'], { ...opts, pack: acme, tables })).toEqual(expected);
  });

  it.each<[string, Parameters<typeof golden>[0], string[], Parameters<typeof golden>[2]?]>([
    ['a lab test without the ordering provider', { dx: ['E785'], lines: [{ code: '80061' }] }, ['PY003@1']],
    ['with it', { dx: ['E785'], lines: [{ code: '80061' }], referringNpi: '1245319599' }, []],
    [
      'a subsequent AWV 6 months after the last',
      { dx: ['Z0000'], lines: [{ code: 'G0439' }] },
      ['PY005@1'],
      { history: prior('G0439', '2025-09-15') },
    ],
    [
      'blepharoplasty in a hospital outpatient department without authorization',
      { kind: 'institutional', typeOfBill: '131', lines: [{ code: '15823', pointers: [] }] },
      ['PY001@1'],
    ],
    ['the same in an office', { lines: [{ code: '15823' }] }, []],
    ['filed 13 months after the service', { date: '2025-03-03' }, ['PY004'], { today: '2026-04-01' }],
  ])('medicare-part-b: %s', (_name, input, expected, opts = {}) => {
    expect(golden(input, ['PY'], { ...opts, pack: medicare, tables })).toEqual(expected);
  });

  it('a pack finding cites the pack, version and rule, and carries its fix', () => {
    const f = run({ lines: [{ code: '11042', modifiers: ['XS'] }] }, { pack: acme, tables }).findings.find(
      (x) => x.code === 'PY002',
    )!;
    expect(f.evidence).toContainEqual({
      kind: 'payerPack',
      pack: 'acme-health-ppo',
      version: '2026.1',
      rule: 'x-modifiers',
    });
    expect(f.fix).toEqual({ description: 'report modifier 59 instead' });
    expect(f.message).toContain('it expects 59');
  });

  it("changes the library's severities where the payer says so", () => {
    const sev = (pack?: typeof acme) =>
      run({ dx: ['E119', 'E109'] }, pack ? { pack, tables } : { tables }).findings.find(
        (x) => x.code === 'CC001',
      )?.severity;
    expect(sev()).toBe('warn');
    expect(sev(acme)).toBe('deny');
  });

  it('rejects a pack that breaks the schema, naming the file and the field', () => {
    const bad =
      'pack: x\ntitle: X\nversions:\n  - version: "1"\n    from: "2026-01-01"\n    rules:\n      - { id: a, kind: priorAuth, procedures: ["1"] }\n';
    expect(() => loadPack(bad, 'bad.yaml')).toThrow(/bad\.yaml.*not a valid payer pack/s);
    const noFact =
      '{"pack":"y","title":"Y","versions":[{"version":"1","from":"2026-01-01","rules":[{"id":"c","kind":"condition","scope":"line","when":{"fact":"line.nope","operator":"equal","value":1},"message":"m"}]}]}';
    expect(() => loadPack(noFact, 'y.json')).toThrow(/y\.json.*no fact named line\.nope/s);
  });
});
