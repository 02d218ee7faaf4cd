/**
 * @module home
 * Where Medcode keeps its data: MEDCODE_HOME, or ~/.medcode.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function medcodeHome(env: NodeJS.ProcessEnv = process.env): string {
  const h = env.MEDCODE_HOME;
  return h && h.length > 0 ? resolve(h) : join(homedir(), '.medcode');
}

export const codesetsDir = (home: string): string => join(home, 'codesets');
