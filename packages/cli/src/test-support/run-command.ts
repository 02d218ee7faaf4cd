/**
 * Runs a command in process, as a test would: the commands `register` adds to a fresh program,
 * parsed from `args`, with what they print to stdout (console.log) and stderr (console.error
 * and direct writes, such as progress bars) captured, and the exit status they set. Call
 * `vi.restoreAllMocks()` after each test (the suites do, in afterEach).
 */
import { Command } from 'commander';
import { vi } from 'vitest';

export interface CommandRun {
  out: string;
  err: string;
  /** process.exitCode as the command left it (0 when unset); reset for the next run. */
  exit: number;
}

export async function runCommand(
  register: (program: Command) => void,
  args: readonly string[],
): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s)));
  vi.spyOn(console, 'error').mockImplementation((s: unknown) => void err.push(String(s)));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: unknown) => {
    err.push(String(s));
    return true;
  });
  const program = new Command().exitOverride();
  register(program);
  process.exitCode = undefined;
  try {
    await program.parseAsync([...args], { from: 'user' });
    return { out: out.join('\n'), err: err.join('\n'), exit: Number(process.exitCode ?? 0) };
  } finally {
    process.exitCode = undefined;
  }
}
