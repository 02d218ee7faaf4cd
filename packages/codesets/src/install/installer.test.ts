import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MedcodeError } from '@medcode/domain';
import { CodeSetStore } from '../store.ts';
import { currentLink, install } from './installer.ts';
import type { DatasetLoader } from './loader.ts';
import type { Manifest } from './manifest.ts';

// A tiny dataset in a made-up two-column layout: "code<TAB>title" per line.
const ROWS = 'A01\tFirst thing\nA02\tSecond thing\n';
const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

let loads = 0;
const tsvLoader: DatasetLoader = {
  name: 'test-tsv',
  version: 1,
  load(ctx) {
    loads++;
    ctx.db.exec('CREATE TABLE codes (code TEXT PRIMARY KEY, title TEXT NOT NULL)');
    const insert = ctx.db.prepare('INSERT INTO codes VALUES (?, ?)');
    const file = ctx.file('codes.tsv');
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .forEach((line, i) => {
        const [code, title] = line.split('\t');
        if (!code || !title)
          throw new MedcodeError('bad-input', 'expected code<TAB>title', { place: { file, line: i + 1 } });
        insert.run(code, title);
      });
  },
};
const loaders = new Map([[tsvLoader.name, tsvLoader]]);

function manifestFor(content: string, release = 'test-codes-2026'): Manifest {
  return [
    {
      dataset: 'test-codes',
      loader: 'test-tsv',
      description: 'hand-made test data',
      releases: [
        {
          id: release,
          version: '2026',
          effectiveFrom: '2025-10-01',
          effectiveTo: '2026-09-30',
          files: [
            {
              name: 'codes.tsv',
              url: 'https://example.invalid/codes.tsv',
              sha256: sha(content),
              size: Buffer.byteLength(content),
            },
          ],
        },
      ],
    },
  ];
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'medcode-installer-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function freshHome(name: string): { home: string; from: string } {
  const home = join(work, name, 'home');
  const from = join(work, name, 'files', 'nested');
  mkdirSync(from, { recursive: true });
  return { home, from: join(work, name, 'files') };
}

describe('installer', () => {
  it('installs from a folder (files found at any depth), then reads by effective date', async () => {
    const { home, from } = freshHome('basic');
    writeFileSync(join(from, 'nested', 'codes.tsv'), ROWS);
    const summary = await install({ home, manifest: manifestFor(ROWS), loaders, from });
    expect(summary.loaded).toEqual(['test-codes-2026']);
    const store = CodeSetStore.open(home);
    expect(store.releaseOn('test-codes', '2026-01-15')?.covers).toBe(true);
    expect(store.releaseOn('test-codes', '2027-01-15')?.covers).toBe(false);
    const row = store.db('test-codes-2026').prepare('SELECT title FROM codes WHERE code = ?').get('A02') as {
      title: string;
    };
    expect(row.title).toBe('Second thing');
    store.close();
  });

  it('is idempotent: a second run changes nothing and loads nothing', async () => {
    const { home, from } = freshHome('idempotent');
    writeFileSync(join(from, 'codes.tsv'), ROWS);
    await install({ home, manifest: manifestFor(ROWS), loaders, from });
    const before = readlinkSync(currentLink(home));
    const loadsBefore = loads;
    const again = await install({ home, manifest: manifestFor(ROWS), loaders, from });
    expect(again.changed).toBe(false);
    expect(loads).toBe(loadsBefore);
    expect(readlinkSync(currentLink(home))).toBe(before);
  });

  it('refuses a corrupt or truncated file by name and leaves the store unchanged', async () => {
    const { home, from } = freshHome('corrupt');
    writeFileSync(join(from, 'codes.tsv'), ROWS);
    await install({ home, manifest: manifestFor(ROWS), loaders, from });
    const before = readlinkSync(currentLink(home));
    // A new release is announced, but the file on disk is truncated.
    const next = `${ROWS}A03\tThird thing\n`;
    writeFileSync(join(from, 'codes.tsv'), next.slice(0, -5));
    const attempt = install({ home, manifest: manifestFor(next, 'test-codes-2027'), loaders, from });
    await expect(attempt).rejects.toThrow(/codes\.tsv.*(bytes|sha256)/);
    expect(readlinkSync(currentLink(home))).toBe(before);
    const store = CodeSetStore.open(home);
    expect(store.releases.map((r) => r.id)).toEqual(['test-codes-2026']);
    store.close();
  });

  it('refuses a file whose records are bad (checksum right) and names the line', async () => {
    const { home, from } = freshHome('badrow');
    const bad = 'A01\tFirst thing\nA02-no-tab\n';
    writeFileSync(join(from, 'codes.tsv'), bad);
    await expect(install({ home, manifest: manifestFor(bad), loaders, from })).rejects.toThrow(
      /codes\.tsv, line 2/,
    );
    expect(() => CodeSetStore.open(home)).toThrow(/no code sets installed/);
  });

  describe('from a mirror on loopback', () => {
    let server: Server;
    let base: string;
    let served = ROWS;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/codes.tsv') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(served);
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('downloads, verifies and installs', async () => {
      const home = join(work, 'mirror', 'home');
      served = ROWS;
      const events: string[] = [];
      const summary = await install({
        home,
        manifest: manifestFor(ROWS),
        loaders,
        mirror: base,
        onEvent: (e) => events.push(e.kind),
      });
      expect(summary.loaded).toEqual(['test-codes-2026']);
      expect(events).toContain('file');
    });

    it('refuses a mirror that serves other bytes', async () => {
      const home = join(work, 'mirror-bad', 'home');
      served = ROWS.replace('First', 'Fir5t');
      await expect(install({ home, manifest: manifestFor(ROWS), loaders, mirror: base })).rejects.toThrow(
        /sha256 .* does not match/,
      );
      expect(() => CodeSetStore.open(home)).toThrow(MedcodeError);
    });

    it('says which file and URL when the mirror lacks it', async () => {
      const home = join(work, 'mirror-404', 'home');
      const m = manifestFor(ROWS);
      m[0]!.releases[0]!.files[0]!.name = 'missing.tsv';
      await expect(install({ home, manifest: m, loaders, mirror: base })).rejects.toThrow(
        /missing\.tsv.*HTTP 404/,
      );
    });
  });
});
