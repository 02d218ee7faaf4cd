import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeApi } from './api.case.ts';

describeApi('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'medcode-api-'));
  return { url: join(dir, 'medcode.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
