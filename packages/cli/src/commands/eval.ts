/**
 * @module commands/eval
 * `medcode eval codiesp [--split train|dev] [--data DIR] [--min-confidence N] [--json]`
 * Scores the coder against the CodiEsp gold codes (../shared/eval/codiesp, or MEDCODE_SHARED):
 * micro precision, recall and F1 over (document, code) pairs, at full code, 3-character
 * category and without R codes.
 * `medcode eval codiesp --fit-confidence [--l2 N]` refits the confidence model on train and
 * checks it on dev (eval/fit-confidence.ts): the weights, the log-likelihood per suggestion and
 * F1 of the shipped and the refitted model, and the threshold the refit would choose on train.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CodeSetStore, medcodeHome } from '@medcode/codesets';
import {
  CONFIDENCE_MODEL,
  type CodingKnowledge,
  type CodiEspDoc,
  type ConfidenceModel,
  chooseThreshold,
  collectConfidenceSamples,
  confidenceLogLikelihood,
  DEFAULT_MIN_CONFIDENCE,
  editionMap,
  evaluateCodiEsp,
  fitConfidenceModel,
  openKnowledge,
  parseCodiEsp,
  type Scores,
  scoresAt,
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

/** The model as the source of coder/confidence.ts writes it, to paste there. */
const modelSource = (m: ConfidenceModel): string =>
  [
    `bias: ${m.bias},`,
    `weights: { ${Object.entries(m.weights)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} },`,
    `repeated: ${m.repeated},`,
    `chapter: { ${Object.entries(m.chapter)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} },`,
  ].join('\n');

/** Refits the confidence model on train, checks it on dev (eval/fit-confidence.ts). */
function fitConfidence(
  all: readonly CodiEspDoc[],
  k: CodingKnowledge,
  map: ((code: string) => string) | undefined,
  l2: number,
  threshold: number,
): void {
  const train = all.filter((d) => d.split === 'train');
  const dev = all.filter((d) => d.split === 'dev');
  const samples = {
    train: collectConfidenceSamples(train, k, map ? { map } : {}),
    dev: collectConfidenceSamples(dev, k, map ? { map } : {}),
  };
  const docs = { train, dev };
  const fitted = fitConfidenceModel(samples.train, l2);
  console.log(
    `suggestions: train ${samples.train.length} (${samples.train.filter((s) => s.correct).length} in the gold), dev ${samples.dev.length}; L2 ${l2}`,
  );
  for (const [name, model] of [
    ['shipped', CONFIDENCE_MODEL],
    ['refitted', fitted],
  ] as const) {
    console.log(`${name} model:`);
    for (const split of ['train', 'dev'] as const)
      console.log(
        `  ${split.padEnd(5)} log-likelihood per suggestion ${confidenceLogLikelihood(model, samples[split]).toFixed(4)}; ${line(`>= ${threshold.toFixed(2)}`, scoresAt(model, samples[split], docs[split], threshold))}`,
      );
  }
  const chosen = chooseThreshold(fitted, samples.train, train);
  console.log(
    `refitted threshold chosen on train: ${chosen.threshold.toFixed(2)} (best train F1 ${chosen.best.toFixed(4)})`,
  );
  console.log(
    `  train F1 by threshold: ${chosen.curve.map((c) => `${c.threshold.toFixed(2)} ${c.scores.f1.toFixed(4)}`).join(', ')}`,
  );
  for (const split of ['train', 'dev'] as const)
    console.log(
      `  ${split.padEnd(5)} ${line(`>= ${chosen.threshold.toFixed(2)}`, scoresAt(fitted, samples[split], docs[split], chosen.threshold))}`,
    );
  console.log(`refitted weights (coder/confidence.ts):\n${modelSource(fitted)}`);
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder against a gold-coded corpus')
    .argument('<corpus>', 'codiesp')
    .option('--split <split>', 'train or dev', 'dev')
    .option('--data <dir>', 'the corpus folder (default: ../shared/eval/codiesp)')
    .option('--min-confidence <n>', 'drop suggestions below this confidence', String(DEFAULT_MIN_CONFIDENCE))
    .option('--json', 'print JSON')
    .option('--fit-confidence', 'refit the confidence model on train and check it on dev')
    .option('--l2 <n>', 'L2 penalty of the refit', '0.5')
    .action(
      (
        corpus: string,
        opts: {
          split: string;
          data?: string;
          minConfidence: string;
          json?: boolean;
          fitConfidence?: boolean;
          l2: string;
        },
      ) => {
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
        const l2 = Number(opts.l2);
        if (!Number.isFinite(l2) || l2 < 0)
          throw new MedcodeError(ERROR_CODES.BAD_INPUT, '--l2 must be a number of 0 or more');
        const store = CodeSetStore.open(medcodeHome());
        try {
          if (opts.fitConfidence) {
            const map = editionMap(store, GOLD_EDITION);
            const all = parseCodiEsp(readFileSync(file, 'utf8')).filter(
              (d) => d.split === 'train' || d.split === 'dev',
            );
            fitConfidence(all, openKnowledge(store), map, l2, minConfidence);
            return;
          }
          const docs = parseCodiEsp(readFileSync(file, 'utf8'), opts.split);
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
