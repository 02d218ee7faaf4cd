/**
 * @module cms/cpt/presence-sources
 * The CMS tables `cptKnown` asks when the customer's CPT file does not list a code. The
 * engineers who load those tables add one line each here.
 */
import { EDIT_AND_FEE_PRESENCE_SOURCES } from '../../edits/presence.ts';
import type { CptPresenceSource } from './presence.ts';

export const CPT_PRESENCE_SOURCES: CptPresenceSource[] = [...EDIT_AND_FEE_PRESENCE_SOURCES];
