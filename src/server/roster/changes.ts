import { sql, type Transaction } from 'kysely';
import type { Beneficiary } from '../../shared/schemas/beneficiary';
import type { Store } from '../store/db';
import type { Database } from '../store/schema';
import { inTransaction, lockChangeSequence } from '../store/transaction';

// The month's roster changes from the social-affairs office: entries added or adjusted
// (upserted) and entries removed. Each change draws a new change_seq so devices pull it.

const CHUNK = 1000;
const nextSeq = sql<number>`nextval('change_seq')`;

export interface RosterChangeResult {
  upserted: number;
  removed: number;
}

export async function applyRosterChanges(
  store: Store,
  upsert: readonly Beneficiary[],
  remove: readonly string[],
  /** Runs in the same transaction before it commits (the audit entry). */
  onWrite?: (trx: Transaction<Database>) => Promise<void>,
): Promise<RosterChangeResult> {
  return inTransaction(store.db, async (trx) => {
    await lockChangeSequence(trx);
    const result = await writeRosterChanges(trx, upsert, remove);
    await onWrite?.(trx);
    return result;
  });
}

/**
 * The writes of applyRosterChanges inside a caller's transaction, which must already hold
 * lockChangeSequence (the roster import checks its report is still current under that lock).
 */
export async function writeRosterChanges(
  trx: Transaction<Database>,
  upsert: readonly Beneficiary[],
  remove: readonly string[],
): Promise<RosterChangeResult> {
  for (let i = 0; i < upsert.length; i += CHUNK) {
    await trx
      .insertInto('beneficiaries')
      .values(
        upsert.slice(i, i + CHUNK).map((b) => ({
          id: b.id,
          commune_code: b.communeCode,
          data: JSON.stringify(b),
          removed_at: null,
        })),
      )
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          commune_code: sql`excluded.commune_code`,
          data: sql`excluded.data`,
          removed_at: null,
          change_seq: nextSeq,
        }),
      )
      .execute();
  }
  let removed = 0;
  for (let i = 0; i < remove.length; i += CHUNK) {
    const result = await trx
      .updateTable('beneficiaries')
      .set({ removed_at: new Date(), change_seq: nextSeq })
      .where('id', 'in', remove.slice(i, i + CHUNK))
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    removed += Number(result.numUpdatedRows);
  }
  return { upserted: upsert.length, removed };
}

/** The roster's version: its highest change number (every write to an entry draws a new one). */
export async function rosterVersion(
  db: Pick<Transaction<Database>, 'selectFrom'>,
): Promise<string> {
  const row = await db
    .selectFrom('beneficiaries')
    .select((eb) => eb.fn.max('change_seq').as('v'))
    .executeTakeFirst();
  return String(row?.v ?? 0);
}
