/**
 * @module commands/setup
 * `medcode setup [--from DIR] [--mirror URL] [--only DATASET...] [--cpt FILE | --no-cpt]`
 */
import type { Command } from 'commander';
import { install, LOADERS, localReleases, medcodeHome, readShippedManifest } from '@medcode/codesets';
import { createProgress } from '../progress.ts';

interface SetupOptions {
  from?: string;
  mirror?: string;
  only?: string[];
  /** A file path, `false` for --no-cpt, or absent (keep what is installed). */
  cpt?: string | false;
  quiet?: boolean;
}

export function registerSetup(program: Command): void {
  program
    .command('setup')
    .description('install the official code sets into MEDCODE_HOME (verified, atomic, idempotent)')
    .option('--from <dir>', 'a folder holding the official files (searched by file name)')
    .option('--mirror <url>', 'a host serving the official file names, instead of the publishers')
    .option('--only <datasets...>', 'rebuild only these datasets; the others stay as installed')
    .option('--cpt <file>', 'your licensed CPT descriptions (CSV or tab-delimited code, description)')
    .option('--no-cpt', 'remove the CPT descriptions installed before')
    .option('--quiet', 'no progress output')
    .action(async (opts: SetupOptions) => {
      const home = medcodeHome();
      const progress = createProgress({ quiet: opts.quiet ?? false });
      const started = Date.now();
      // A CPT file is a local release: installed with the others, remembered for later runs.
      const local = localReleases(home, opts.cpt);
      const summary = await install({
        home,
        manifest: [...readShippedManifest(), ...local.manifest],
        loaders: LOADERS,
        ...(opts.from !== undefined ? { from: opts.from } : {}),
        ...(opts.mirror !== undefined ? { mirror: opts.mirror } : {}),
        ...(opts.only !== undefined ? { only: opts.only } : {}),
        onEvent: (e) => {
          if (e.kind === 'file') progress.update(`verify ${e.file}`, e.done, e.total);
          else if (e.kind === 'progress') progress.update(`${e.release}: ${e.what}`, e.done, e.total);
          else if (e.state !== 'loading')
            progress.note(`${e.state === 'kept' ? 'kept  ' : 'loaded'} ${e.release}`);
        },
      }).catch((e: unknown) => {
        local.discard();
        throw e;
      });
      local.commit();
      progress.done();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (!summary.changed)
        console.log(`code sets are up to date in ${home} (${summary.kept.length} releases)`);
      else
        console.log(
          `installed ${summary.loaded.length} releases, kept ${summary.kept.length}, in ${secs}s: ${summary.storeDir}`,
        );
    });
}
