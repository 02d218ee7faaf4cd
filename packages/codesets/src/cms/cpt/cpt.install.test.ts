import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HcpcsCode } from '@medcode/domain';
import { install } from '../../install/installer.ts';
import { CodeSetStore } from '../../store.ts';
import { hcpcsLookup, hcpcsSearchDocuments } from '../hcpcs/lookup.ts';
import { fixtureBytes, LOADERS, scratch } from '../testing.ts';
import { localReleases } from './local-release.ts';
import { cptKnown, type CptPresenceSource } from './presence.ts';

const csv = fixtureBytes(import.meta.url, 'cpt-customer.csv');

async function setup(home: string, cpt?: string | false): Promise<CodeSetStore> {
  const local = localReleases(home, cpt);
  await install({ home, manifest: local.manifest, loaders: LOADERS }).catch((e: unknown) => {
    local.discard();
    throw e;
  });
  local.commit();
  return CodeSetStore.open(home);
}

// A stand-in for the CMS tables (PFS RVU, MUE ...) that list CPT code numbers.
const rvu: CptPresenceSource = { dataset: 'pfs-rvu', has: (_s, code: HcpcsCode) => code === '99214' };

describe('customer CPT file as a local release', () => {
  it('installs, answers lookups and search, and is kept by a later setup without --cpt', async () => {
    const dir = scratch();
    const home = join(dir, 'home');
    const file = join(dir, 'my-cpt.csv');
    writeFileSync(file, csv);
    let store = await setup(home, file);
    expect(cptKnown(store, '99213', '2026-01-05', [rvu])).toEqual({
      code: '99213',
      formatValid: true,
      known: true,
      description: 'Fixture text: established patient visit, low complexity',
      sources: ['cpt-customer'],
    });
    expect(hcpcsLookup.show(store, '99213', '2026-01-05')).toMatchObject({
      system: 'hcpcs',
      description: 'Fixture text: established patient visit, low complexity',
      billable: true,
      release: { id: 'cpt-customer', covers: true },
    });
    expect(hcpcsSearchDocuments(store).map((d) => d.code)).toEqual(['0001U', '1036F', '99213']);
    store.close();

    // The next setup, without --cpt, keeps the release (the file was copied beside the store).
    store = await setup(home);
    expect(store.has('cpt-customer')).toBe(true);
    store.close();

    // --no-cpt forgets it.
    store = await setup(home, false);
    expect(store.has('cpt-customer')).toBe(false);
    expect(cptKnown(store, '99213', '2026-01-05', [rvu]).known).toBe(false);
    store.close();
  });

  it('without a customer file: known by presence in CMS tables, never with a description', async () => {
    const store = await setup(join(scratch(), 'home'), false);
    expect(cptKnown(store, '99214', '2026-01-05', [rvu])).toEqual({
      code: '99214',
      formatValid: true,
      known: true,
      sources: ['pfs-rvu'],
    });
    expect(cptKnown(store, '99215', '2026-01-05', [rvu])).toMatchObject({ formatValid: true, known: false });
    expect(cptKnown(store, '9921', '2026-01-05', [rvu])).toMatchObject({ formatValid: false, known: false });
    expect(cptKnown(store, 'J0585', '2026-01-05', [rvu]).formatValid).toBe(false);
    store.close();
  });

  it('a broken customer file is refused, naming the line; the store and the remembered file stay', async () => {
    const dir = scratch();
    const home = join(dir, 'home');
    const good = join(dir, 'good.csv');
    writeFileSync(good, csv);
    (await setup(home, good)).close();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '99213,A\n99214\n');
    await expect(setup(home, bad)).rejects.toThrow(
      /bad\.csv, line 2, field description: CPT 99214 has no description/,
    );
    const store = await setup(home);
    expect(cptKnown(store, '0001U', '2026-01-05', []).description).toBe(
      'Fixture text: a proprietary laboratory analysis',
    );
    store.close();
  });
});
