/**
 * @module @medcode/coding
 * Note to codes, the way a certified coder works: index first, tabular always, guidelines by
 * setting, evidence for every code.
 */
export * from './types.ts';
export { type CodingKnowledge, codeNote } from './coder/coder.ts';
export { KnowledgeByDate, openKnowledge } from './store/knowledge.ts';
export { editionMap } from './store/edition.ts';
export { readNote, type NoteDocument } from './text/document.ts';
export { evaluateEm, extractEmFacts, type EmResult } from './em/evaluate.ts';
export {
  type CodiEspDoc,
  DEFAULT_MIN_CONFIDENCE,
  evaluateCodiEsp,
  parseCodiEsp,
  type EvalReport,
} from './eval/codiesp.ts';
export { microScores, type Scores } from './eval/metrics.ts';
export {
  chooseThreshold,
  collectConfidenceSamples,
  type ConfidenceSample,
  confidenceLogLikelihood,
  fitConfidenceModel,
  scoresAt,
} from './eval/fit-confidence.ts';
export { CONFIDENCE_MODEL, type ConfidenceModel, SUGGESTED_FROM } from './coder/confidence.ts';
