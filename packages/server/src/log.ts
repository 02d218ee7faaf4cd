/**
 * @module log
 * Application logs carry no PHI: one line per request with the method, the route pattern (not
 * the path, which can hold ids), the status, the time taken and the user's id. Never bodies,
 * query strings, names, codes or claim contents.
 */
export interface LogLine {
  at: string;
  level: 'info' | 'warn' | 'error';
  msg: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  user?: string;
  code?: string;
}

export type Logger = (line: LogLine) => void;

export const jsonLogger =
  (write: (s: string) => void = (s) => process.stdout.write(s)): Logger =>
  (line) =>
    write(`${JSON.stringify(line)}\n`);

export const silentLogger: Logger = () => undefined;
