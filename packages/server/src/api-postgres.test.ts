import { randomBytes } from 'node:crypto';
import { dropPostgresSchema } from '@medcode/store';
import { describeApi } from './api.case.ts';

const url = process.env.MEDCODE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
describeApi('PostgreSQL', () => {
  const schema = `medcode_api_${randomBytes(4).toString('hex')}`;
  return { url, schema, cleanup: () => dropPostgresSchema(url, schema) };
});
