/**
 * Test support: the coder's knowledge from the code sets the global test setup installs
 * (MEDCODE_TEST_HOME), on the date the store tests code for, with the store closed after the file.
 */
import { CodeSetStore } from '@medcode/codesets';
import { afterAll } from 'vitest';
import { openKnowledge } from '../store/knowledge.ts';
import type { CodingOptions } from '../types.ts';
import { type CodingKnowledge, codeNote } from './coder.ts';

export function installedKnowledge(on = '2025-10-01'): CodingKnowledge {
  const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
  afterAll(() => store.close());
  return openKnowledge(store, on);
}

/** The codes suggested for a text, in order. */
export const suggestedCodes =
  (k: CodingKnowledge, options: CodingOptions) =>
  (text: string): string[] =>
    codeNote(text, k, options).suggestions.map((s) => s.code);
