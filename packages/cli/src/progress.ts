/**
 * @module progress
 * A one-line progress display on stderr: redrawn in place on a terminal, printed at most once a
 * second elsewhere (logs stay short), silent with --quiet.
 */
export interface Progress {
  update(label: string, done: number, total: number): void;
  note(line: string): void;
  done(): void;
}

export function createProgress(opts: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const out = opts.stream ?? process.stderr;
  const tty = out.isTTY === true;
  let last = 0;
  let drawn = false;
  const clear = (): void => {
    if (tty && drawn) out.write('\r\x1b[K');
    drawn = false;
  };
  return {
    update(label, done, total) {
      if (opts.quiet) return;
      const now = Date.now();
      if (now - last < (tty ? 80 : 1000) && done < total) return;
      last = now;
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      const width = 24;
      const bar = '#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '.');
      const line = `${label} [${bar}] ${pct}%`;
      if (tty) {
        out.write(`\r\x1b[K${line}`);
        drawn = true;
      } else out.write(`${line}\n`);
    },
    note(line) {
      if (opts.quiet) return;
      clear();
      out.write(`${line}\n`);
    },
    done() {
      clear();
    },
  };
}
