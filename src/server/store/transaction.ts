import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

// PostgreSQL may abort one of two transactions that collide (deadlock, serialization failure, a
// unique key both inserted at once); running it again then sees the other's committed rows.
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 4;

export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

/**
 * Writers of rows that carry `change_seq` call this right before inserting them: the lock is held
 * until commit, so sequence numbers become visible in the order they were drawn and a pull never
 * steps over a row that commits later with a smaller number.
 */
export async function lockChangeSequence(trx: Transaction<Database>): Promise<void> {
  await trx
    .selectNoFrom((eb) => eb.fn('pg_advisory_xact_lock', [eb.lit(60_606)]).as('locked'))
    .execute();
}
