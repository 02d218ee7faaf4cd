/**
 * @module side-pool
 * `--with FILE...`: resources from side files (a Bulk Data export's Patient.ndjson and
 * Encounter.ndjson, an Organization Bundle) that the references of a FHIR input may name.
 */
import { readFileSync } from 'node:fs';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { addToPool, describeProblem, ResourcePool } from '@medcode/fhir';

export function sidePool(files: readonly string[]): ResourcePool {
  const pool = new ResourcePool();
  for (const file of files) {
    const problems = addToPool(pool, readFileSync(file, 'utf8'), file);
    if (problems[0] !== undefined)
      throw new MedcodeError(ERROR_CODES.BAD_INPUT, describeProblem(problems[0]), {
        place: { field: '--with' },
      });
  }
  return pool;
}
