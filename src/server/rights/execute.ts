import { sql, type Transaction } from 'kysely';
import type { Store } from '../store/db';
import type { Database } from '../store/schema';
import { inTransaction, lockChangeSequence } from '../store/transaction';

// Carrying out data-subject requests. Withdrawal marks the person: no further processing, left
// out of provider exports. Erasure replaces the roster entry and every visit with non-personal
// tombstones (ids, commune, dates, outcome), deletes the visits' photos and signatures, and
// removes the entry from the roster. Each request then draws a change_seq: devices pull it and
// mark or purge the person locally. Idempotent: running a request twice changes nothing more.

const nextSeq = sql<number>`nextval('change_seq')`;

interface Due {
  id: string;
  beneficiary_id: string;
  kind: string;
}

async function withdraw(trx: Transaction<Database>, r: Due, now: Date): Promise<void> {
  await trx
    .updateTable('beneficiaries')
    .set({ withdrawn_at: sql`coalesce(withdrawn_at, ${now})` })
    .where('id', '=', r.beneficiary_id)
    .execute();
}

async function erase(trx: Transaction<Database>, r: Due, now: Date): Promise<void> {
  const tombstone = sql`jsonb_build_object('id', id, 'communeCode', commune_code,
    'erasedAt', ${now.toISOString()}::text)`;
  await trx
    .updateTable('beneficiaries')
    .set({
      data: tombstone as never,
      removed_at: sql`coalesce(removed_at, ${now})`,
      withdrawn_at: sql`coalesce(withdrawn_at, ${now})`,
      erased_at: now,
      change_seq: nextSeq,
    })
    .where('id', '=', r.beneficiary_id)
    .execute();

  const visits = await trx
    .selectFrom('visits')
    .select(['id', 'data'])
    .where('beneficiary_id', '=', r.beneficiary_id)
    .where('erased_at', 'is', null)
    .execute();
  const attachmentIds = visits.flatMap((v) => {
    const list = (v.data as { attachments?: unknown }).attachments;
    return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
  });
  await trx
    .updateTable('visits')
    .set({
      data: sql`jsonb_build_object('id', id, 'beneficiaryId', beneficiary_id,
        'communeCode', commune_code, 'visitedAt', visited_at, 'outcome', outcome,
        'erasedAt', ${now.toISOString()}::text)` as never,
      erased_at: now,
    })
    .where('beneficiary_id', '=', r.beneficiary_id)
    .where('erased_at', 'is', null)
    .execute();
  if (attachmentIds.length > 0) {
    const gone = await trx
      .deleteFrom('attachments')
      .where('id', 'in', attachmentIds)
      .returning('sha256')
      .execute();
    const hashes = [...new Set(gone.map((g) => g.sha256))];
    if (hashes.length > 0) {
      // A photo's bytes go when no other attachment shares them.
      await trx
        .deleteFrom('attachment_blobs')
        .where('sha256', 'in', hashes)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('attachments as a')
                .select(sql`1`.as('one'))
                .whereRef('a.sha256', '=', 'attachment_blobs.sha256'),
            ),
          ),
        )
        .execute();
    }
  }
  // Staff notes on the person's requests may name them: cleared too.
  await trx
    .updateTable('rights_requests')
    .set({ note: '' })
    .where('beneficiary_id', '=', r.beneficiary_id)
    .execute();
}

/** Carries out every pending request received up to `now`; returns how many were done. */
export async function executeDueRights(store: Store, now: Date): Promise<number> {
  const due = await store.db
    .selectFrom('rights_requests')
    .select(['id', 'beneficiary_id', 'kind'])
    .where('state', '=', 'pending')
    .where('received_at', '<=', now)
    .orderBy('received_at')
    .limit(1000)
    .execute();
  for (const r of due) {
    await inTransaction(store.db, async (trx) => {
      await lockChangeSequence(trx);
      if (r.kind === 'erase') await erase(trx, r, now);
      else await withdraw(trx, r, now);
      await trx
        .updateTable('rights_requests')
        .set({ state: 'done', completed_at: now, change_seq: nextSeq })
        .where('id', '=', r.id)
        .where('state', '=', 'pending')
        .execute();
    });
  }
  return due.length;
}
