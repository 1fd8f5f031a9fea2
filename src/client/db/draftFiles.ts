import { attachmentMetaSchema, issuesOf, type AttachmentMeta } from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import type { StoredAttachment } from './visits';

// Photos and signatures of a visit still being filled in. Drafts hold form values only, so the
// files go into the attachments table at once, under the id the visit will have (the draft's
// id): a reload or a killed tab keeps them, and saveVisit then finds them already on the device.
// Files a draft no longer uses are removed when it is discarded, or pruned before it is saved.

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores one file of a draft after checking its metadata against its bytes. */
export async function putDraftFile(
  db: GhiDanhDB,
  draftId: string,
  meta: unknown,
  bytes: ArrayBuffer,
): Promise<AttachmentMeta> {
  const parsed = attachmentMetaSchema.safeParse(meta);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  if (bytes.byteLength !== parsed.data.size || (await sha256Hex(bytes)) !== parsed.data.sha256) {
    throw new ValidationError([{ path: 'bytes', key: 'validation.attachment.bytesMismatch' }]);
  }
  await withStorageErrors(() => db.attachments.put({ ...parsed.data, visitId: draftId, bytes }));
  return parsed.data;
}

/** The files kept under a draft (or an unsynced visit being edited). */
export async function listDraftFiles(db: GhiDanhDB, draftId: string): Promise<StoredAttachment[]> {
  const rows = await db.attachments.where('visitId').equals(draftId).toArray();
  return rows.map(({ bytes, visitId, ...meta }) => ({
    meta,
    visitId,
    blob: new Blob([bytes], { type: meta.mimeType }),
  }));
}

/**
 * Removes a draft's files except `keep`. Files a saved visit with this id lists are never
 * removed here: an edit that is abandoned must leave the saved visit whole.
 */
export function pruneDraftFiles(
  db: GhiDanhDB,
  draftId: string,
  keep: readonly string[],
): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.attachments, db.visits, async () => {
      const saved = new Set((await db.visits.get(draftId))?.attachments ?? []);
      const kept = new Set(keep);
      const ids = await db.attachments.where('visitId').equals(draftId).primaryKeys();
      await db.attachments.bulkDelete(ids.filter((id) => !kept.has(id) && !saved.has(id)));
    }),
  );
}

/** Discards a draft and the files only it used, in one transaction. */
export function discardDraftWithFiles(db: GhiDanhDB, draftId: string): Promise<void> {
  return withStorageErrors(() =>
    db.transaction('rw', db.drafts, db.attachments, db.visits, async () => {
      await db.drafts.delete(draftId);
      await pruneDraftFiles(db, draftId, []);
    }),
  );
}
