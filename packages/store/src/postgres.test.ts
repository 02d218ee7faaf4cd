import { randomBytes } from 'node:crypto';
import { openDatabase } from './open.ts';
import { dropPostgresSchema } from './postgres.ts';
import { describeStore } from './store.case.ts';

// CI and developer machines run PostgreSQL on 127.0.0.1:5432 (trust auth, database "test").
// Each run works in its own schema and drops it at the end.
export const PG_URL = process.env.MEDCODE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `medcode_test_${randomBytes(4).toString('hex')}`;

describeStore(
  'PostgreSQL',
  () => openDatabase(PG_URL, { schema }),
  async (db) => {
    await db.close();
    await dropPostgresSchema(PG_URL, schema);
  },
);
