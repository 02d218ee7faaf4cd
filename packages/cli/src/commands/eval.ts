/**
 * @module commands/eval
 * `medcode eval codiesp [--split train|dev] [--data DIR] [--min-confidence N] [--json]`
 * Scores the coder against the CodiEsp gold codes (../shared/eval/codiesp, or MEDCODE_SHARED):
 * micro precision, recall and F1 over (document, code) pairs, at full code, 3-character
 * category and without R codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CodeSetStore, medcodeHome } from '@medcode/codesets';
import {
  DEFAULT_MIN_CONFIDENCE,
  editionMap,
  evaluateCodiEsp,
  openKnowledge,
  parseCodiEsp,
  type Scores,
} from '@medcode/coding';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';

/** ../shared beside the checkout (the command runs from dist/ or from the sources). */
function sharedDir(): string {
  if (process.env.MEDCODE_SHARED) return resolve(process.env.MEDCODE_SHARED);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, '..', 'shared');
    if (existsSync(join(candidate, 'eval'))) return resolve(candidate);
    dir = dirname(dir);
  }
  return resolve('..', 'shared');
}

const line = (name: string, s: Scores): string =>
  `${name.padEnd(10)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.truePositives}, predicted ${s.predicted}, gold ${s.gold})`;

/** The US fiscal year whose codes CodiEsp's gold uses (see the scoring below). */
const GOLD_EDITION = 2017;

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder against a gold-coded corpus')
    .argument('<corpus>', 'codiesp')
    .option('--split <split>', 'train or dev', 'dev')
    .option('--data <dir>', 'the corpus folder (default: ../shared/eval/codiesp)')
    .option('--min-confidence <n>', 'drop suggestions below this confidence', String(DEFAULT_MIN_CONFIDENCE))
    .option('--json', 'print JSON')
    .action(
      (corpus: string, opts: { split: string; data?: string; minConfidence: string; json?: boolean }) => {
        if (corpus !== 'codiesp')
          throw new MedcodeError(ERROR_CODES.BAD_INPUT, `unknown corpus "${corpus}" (known: codiesp)`);
        if (opts.split !== 'train' && opts.split !== 'dev')
          throw new MedcodeError(
            ERROR_CODES.BAD_INPUT,
            `--split must be train or dev (the test split is held out): "${opts.split}"`,
          );
        const minConfidence = Number(opts.minConfidence);
        if (!Number.isFinite(minConfidence))
          throw new MedcodeError(ERROR_CODES.BAD_INPUT, '--min-confidence must be a number');
        const file = join(opts.data ?? join(sharedDir(), 'eval', 'codiesp'), 'codiesp_en.jsonl');
        if (!existsSync(file))
          throw new MedcodeError(ERROR_CODES.NOT_FOUND, `CodiEsp not found: ${file}`, { place: { file } });
        const docs = parseCodiEsp(readFileSync(file, 'utf8'), opts.split);
        const store = CodeSetStore.open(medcodeHome());
        try {
          // CodiEsp was coded in Spain's 2018 edition (PROVENANCE.txt), which carries the US
          // codes of FY2017: of the gold's 2,194 distinct codes, 48 were first valid in FY2017
          // and none in FY2018 (I21.9, created FY2018, never appears; the history dataset).
          // Scores are also shown with each suggestion mapped back to FY2017 (R51.9 → R51).
          const map = editionMap(store, GOLD_EDITION);
          const report = evaluateCodiEsp(docs, openKnowledge(store), {
            minConfidence,
            ...(map ? { edition: { fiscalYear: GOLD_EDITION, map } } : {}),
          });
          if (opts.json) {
            console.log(JSON.stringify(report, null, 2));
            return;
          }
          console.log(
            `CodiEsp ${opts.split}: ${report.documents} documents, profile mentions, ${report.millisPerDocument.toFixed(1)} ms/document`,
          );
          console.log(line('full code', report.full));
          console.log(line('category', report.category));
          console.log(line('without R', report.noR));
          if (report.edition) {
            console.log(
              `mapped to the gold's edition (FY${report.edition.fiscalYear}) and convention (no 7th character):`,
            );
            console.log(line('full code', report.edition.full));
            console.log(line('category', report.edition.category));
            console.log(line('without R', report.edition.noR));
          }
          console.log('precision/recall by minimum confidence (full code, as scored above):');
          for (const c of report.curve) console.log(line(`>= ${c.minConfidence.toFixed(2)}`, c.scores));
        } finally {
          store.close();
        }
      },
    );
}
