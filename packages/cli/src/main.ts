/**
 * @module main
 * The `medcode` command. Each subcommand registers itself from its own file.
 */
import { Command } from 'commander';
import { registerSetup } from './commands/setup.ts';
import { registerCode } from './commands/code.ts';
import { registerCodes } from './commands/codes.ts';
import { registerEval } from './commands/eval.ts';
import { registerAudit } from './commands/audit.ts';
import { registerServe } from './commands/serve.ts';
import { registerScrub } from './commands/scrub.ts';
import { registerConvert } from './commands/convert.ts';
import { registerAdjudicate } from './commands/adjudicate.ts';
import { registerEligibility } from './commands/eligibility.ts';
import { registerX12 } from './commands/x12.ts';
import { registerLab } from './commands/lab.ts';
import { reportError } from './exit.ts';

const program = new Command('medcode')
  .description('Medcode: medical coding and claims integrity, offline')
  .version('0.1.0')
  .showHelpAfterError();

registerSetup(program);
registerCode(program);
registerCodes(program);
registerEval(program);
registerAudit(program);
registerServe(program);
registerScrub(program);
registerConvert(program);
registerAdjudicate(program);
registerEligibility(program);
registerX12(program);
registerLab(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.exitCode = reportError(e);
});
