// The fee schedule formula in integers: checked against a BigInt reference on random RVUs,
// GPCIs and conversion factors, against the official file's own totals, and with a 2025 GPCI
// locality read from the installed GPCI file.
import type { PfsRvu } from '@medcode/codesets';
import type { HcpcsCode } from '@medcode/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeTables } from '../testing/context.ts';
import { FACILITY_POS, pfsAmount, settingFor } from './pfs-amount.ts';

/** Reference: exact decimal arithmetic in BigInt, half-up to the cent. */
function reference(work: bigint, pe: bigint, mp: bigint, g: [bigint, bigint, bigint], cf: bigint): number {
  // RVU ×100, GPCI ×1000, CF ×10000 → ×10⁹ dollars = ×10⁷ cents.
  const units = (work * g[0]! + pe * g[1]! + mp * g[2]!) * cf;
  const q = units / 10_000_000n;
  const r = units % 10_000_000n;
  return Number(2n * r >= 10_000_000n ? q + 1n : q);
}

const row = (over: Partial<PfsRvu>): PfsRvu => ({
  ...({} as PfsRvu),
  nonFacilityNa: false,
  facilityNa: false,
  ...over,
});

describe('pfsAmount', () => {
  it('equals the exact decimal computation, rounded half up, for any RVUs, GPCIs and CF', () => {
    const rvu = fc.integer({ min: 0, max: 9999 }); // hundredths
    const gpci = fc.integer({ min: 300, max: 2000 }); // thousandths
    const cf = fc.integer({ min: 200_000, max: 400_000 }); // ten-thousandths
    fc.assert(
      fc.property(rvu, rvu, rvu, gpci, gpci, gpci, cf, (w, p, m, gw, gp, gm, c) => {
        const a = pfsAmount(
          row({
            work: w / 100,
            peNonFacility: p / 100,
            peFacility: 0,
            mp: m / 100,
            conversionFactor: c / 10_000,
          }),
          'nonFacility',
          { work: gw / 1000, pe: gp / 1000, mp: gm / 1000 },
        );
        expect(a.amount).toBe(
          reference(BigInt(w), BigInt(p), BigInt(m), [BigInt(gw), BigInt(gp), BigInt(gm)], BigInt(c)),
        );
      }),
    );
  });

  it.each(['99213', '99214', '10060', '11102', '20610', '12002', '64483'])(
    "%s: the components give the file's own totals × CF, in both settings",
    (code) => {
      const r = storeTables().fees.pfs(code as HcpcsCode, '', '2026-07-15')!;
      for (const [setting, total] of [
        ['nonFacility', r.totalNonFacility],
        ['facility', r.totalFacility],
      ] as const) {
        const expected = reference(
          BigInt(Math.round(total * 100)),
          0n,
          0n,
          [1000n, 1000n, 1000n],
          BigInt(Math.round(r.conversionFactor * 10_000)),
        );
        expect(pfsAmount(r, setting).amount).toBe(expected);
      }
    },
  );

  it('a locality: the installed GPCI file (2025, the newest on hand) weights each component', () => {
    const { fees } = storeTables();
    const g = fees.gpci('13202', '01', '2026-07-15')!;
    expect(g.name).toBe('MANHATTAN');
    expect(g.evidence.covers).toBe(false); // RVU26C came without a GPCI file
    const r = fees.pfs('99213' as HcpcsCode, '', '2026-07-15')!;
    const a = pfsAmount(r, 'nonFacility', g);
    const n = (x: number, s: number) => BigInt(Math.round(x * s));
    expect(a.amount).toBe(
      reference(
        n(r.work, 100),
        n(r.peNonFacility, 100),
        n(r.mp, 100),
        [n(g.work, 1000), n(g.pe, 1000), n(g.mp, 1000)],
        n(r.conversionFactor, 10_000),
      ),
    );
    expect(a.amount).not.toBe(pfsAmount(r, 'nonFacility').amount);
  });

  it('a PE RVU marked NA for the setting falls back to the other setting, and says so', () => {
    const r = storeTables().fees.pfs('29881' as HcpcsCode, '', '2026-07-15')!;
    expect(r.nonFacilityNa).toBe(true);
    const office = pfsAmount(r, 'nonFacility');
    expect(office.setting).toBe('facility');
    expect(office.note).toMatch(/NA/);
    expect(office.amount).toBe(pfsAmount(r, 'facility').amount);
  });
});

describe('settingFor', () => {
  it.each([
    ['11', 'nonFacility'],
    ['12', 'nonFacility'],
    ['10', 'nonFacility'],
    ['02', 'facility'],
    ['21', 'facility'],
    ['22', 'facility'],
    ['23', 'facility'],
    ['24', 'facility'],
    ['31', 'facility'],
  ])('POS %s is %s', (pos, setting) => {
    expect(settingFor(pos)).toBe(setting);
  });
  it('no place of service: non-facility', () => expect(settingFor(undefined)).toBe('nonFacility'));
  it('lists 16 facility places of service', () => expect(FACILITY_POS.size).toBe(16));
});
