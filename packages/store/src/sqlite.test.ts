import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './open.ts';
import { describeStore } from './store.case.ts';

const dir = mkdtempSync(join(tmpdir(), 'medcode-store-'));
describeStore(
  'SQLite',
  () => openDatabase(join(dir, 'medcode.db')),
  async (db) => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  },
);
