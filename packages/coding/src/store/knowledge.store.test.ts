/**
 * Knowledge for notes of many dates, against the installed code sets (MEDCODE_TEST_HOME): one
 * opening per set of releases the dates pick. The test home holds ICD-10-CM code files for
 * FY2025 (from 2024-10-01) and FY2026 (from 2025-10-01).
 */
import { CodeSetStore } from '@medcode/codesets';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeByDate } from './knowledge.ts';

const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
afterAll(() => store.close());

describe('KnowledgeByDate', () => {
  it('opens once for dates that pick the same releases, and again for a date that picks others', () => {
    const k = new KnowledgeByDate(store);
    const fy2026 = k.on('2025-10-01');
    expect(k.on('2026-03-15')).toBe(fy2026);
    const fy2025 = k.on('2025-01-15');
    expect(fy2025).not.toBe(fy2026);
    expect(fy2025.releases.tabular).toContain('fy2025');
    expect(fy2026.releases.tabular).toContain('fy2026');
    expect(k.on('2024-12-01')).toBe(fy2025);
  });
});
