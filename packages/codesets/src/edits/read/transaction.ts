/**
 * @module edits/read/transaction
 * Loaders write a release's rows inside one transaction (tens of thousands of inserts per
 * second instead of one fsync per row); the rows arrive from async file streams, so the
 * transaction is opened and closed by hand rather than with better-sqlite3's sync wrapper.
 */
import type Database from 'better-sqlite3';

export async function inTransaction<T>(db: Database.Database, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN');
  try {
    const out = await work();
    db.exec('COMMIT');
    return out;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
