/**
 * @module lookup/types
 * What `medcode codes show` and `codes stats` print, per code system. Each system (ICD-10-CM,
 * ICD-10-PCS, HCPCS/CPT) implements `SystemLookup` over its installed releases.
 */
import type { CodeDetail, CodeSystem, SystemStats } from '@medcode/domain';
import type { CodeSetStore } from '../store.ts';

export type { CodeDetail, CodeNote, NoteKind, SystemStats } from '@medcode/domain';

export interface SystemLookup {
  system: CodeSystem;
  show(store: CodeSetStore, code: string, on: string): CodeDetail | undefined;
  stats(store: CodeSetStore, on: string): SystemStats | undefined;
}
