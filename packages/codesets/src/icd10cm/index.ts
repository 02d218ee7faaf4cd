/**
 * @module icd10cm
 * The public face of ICD-10-CM: lookup by date of service, history and replacements, the
 * tabular list's notes, the index (walked as a coder does), search documents, and the reads
 * the rules engine uses. See README.md in this folder.
 */
export { ICD10CM_DATASETS, ICD10CM_LOADERS } from './datasets.ts';
export { type CodeRange, inRange, parseCodeRefs, parseNoteRefs } from './code-ranges.ts';
export { type CodeAnswer, codesOn } from './codes-read.ts';
export {
  type History,
  type HistorySpan,
  openHistory,
  type Replacement,
  replacementsOf,
  spansOf,
} from './history-read.ts';
export { icd10cmLookup } from './lookup.ts';
export {
  type NodeRow,
  type TabularNote,
  type TabularPlace,
  type TabularSource,
  groupNotes,
  locate,
  notesAt,
  tabularSource,
} from './tabular-read.ts';
export {
  type DrugRow,
  drugRow,
  type IndexBook,
  type IndexOptions,
  type IndexTerm,
  indexLookup,
  indexWalk,
  type NeoplasmRow,
  neoplasmRow,
} from './index-read.ts';
export { icd10cmSearchDocuments } from './search-documents.ts';
export {
  type CodeNotes,
  codeNotes,
  type ExcludesFinding,
  type ExcludesPair,
  excludesBetween,
  excludesPairs,
  type ManifestationFact,
  manifestation,
  type SequencingRefs,
  type SeventhCharacterRule,
  sequencingRefs,
  seventhCharacter,
} from './rules-read.ts';
