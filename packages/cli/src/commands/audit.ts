/**
 * @module commands/audit
 * `medcode audit verify [--db URL] [--org NAME]`: recompute the audit log's hash chain of every
 * organization (or one) and say where it breaks. Exit 1 when any chain is broken.
 */
import type { Command } from 'commander';
import { medcodeHome } from '@medcode/codesets';
import { MedcodeError } from '@medcode/domain';
import { openDatabase, verifyAudit } from '@medcode/store';
import { EXIT } from '../exit.ts';
import { defaultDbUrl } from './serve-options.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description("recompute the audit log's hash chain and report any break")
    .option('--db <url>', 'database: postgres://… or a SQLite file (default: MEDCODE_HOME/medcode.db)')
    .option('--org <name>', 'only this organization')
    .option('--json', 'machine-readable output')
    .action(async (opts: { db?: string; org?: string; json?: boolean }) => {
      const db = await openDatabase(opts.db ?? defaultDbUrl(medcodeHome()));
      try {
        const orgs = await db.all<{ id: string; name: string }>(
          opts.org === undefined
            ? 'SELECT id, name FROM orgs ORDER BY name'
            : 'SELECT id, name FROM orgs WHERE name = ?',
          opts.org === undefined ? [] : [opts.org],
        );
        if (orgs.length === 0)
          throw new MedcodeError(
            'not-found',
            opts.org ? `no organization named ${opts.org}` : 'no organizations',
          );
        const verdicts = [];
        for (const o of orgs) verdicts.push({ org: o.name, ...(await verifyAudit(db, o.id)) });
        if (opts.json) console.log(JSON.stringify({ verdicts }, null, 2));
        else
          for (const v of verdicts)
            console.log(
              v.ok
                ? `${v.org}: ${v.entries} entries, chain intact`
                : `${v.org}: BROKEN at entry ${v.brokenAt} (${v.reason}); ${v.entries} entries verified before it`,
            );
        if (verdicts.some((v) => !v.ok)) process.exitCode = EXIT.REJECTED;
      } finally {
        await db.close();
      }
    });
}
