/**
 * @module commands/serve-options
 * Where the service keeps its database by default: a SQLite file in MEDCODE_HOME.
 */
import { join } from 'node:path';

export const defaultDbUrl = (home: string): string => join(home, 'medcode.db');
