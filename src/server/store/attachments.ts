import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface AttachmentToStore {
  id: string;
  sha256: string;
  bytes: Buffer;
  mimeType: string;
  kind: string;
  deviceId: string;
  userId: string;
}

/** Thrown inside the transaction so a refused id leaves nothing behind. */
class IdConflict extends Error {}

/**
 * Keeps one copy of the bytes per hash and links the attachment id to it. Repeats are harmless:
 * 'duplicate' when the id was linked to these bytes before, 'conflict' when it names other bytes.
 */
export async function storeAttachment(
  db: Kysely<Database>,
  a: AttachmentToStore,
): Promise<'stored' | 'duplicate' | 'conflict'> {
  try {
    return await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('attachment_blobs')
        .values({ sha256: a.sha256, size: a.bytes.length, bytes: a.bytes })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      const inserted = await trx
        .insertInto('attachments')
        .values({
          id: a.id,
          sha256: a.sha256,
          mime_type: a.mimeType,
          kind: a.kind,
          device_id: a.deviceId,
          user_id: a.userId,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      if (inserted.length > 0) return 'stored';
      const earlier = await trx
        .selectFrom('attachments')
        .select('sha256')
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow();
      if (earlier.sha256 !== a.sha256) throw new IdConflict(); // roll back: a refusal stores nothing
      return 'duplicate';
    });
  } catch (error) {
    if (error instanceof IdConflict) return 'conflict';
    throw error;
  }
}
