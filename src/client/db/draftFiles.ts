import { attachmentMetaSchema, issuesOf, type AttachmentMeta } from '../../shared/schemas';
import { openAll, openAttachment, openVisit, sealAttachment, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { ValidationError, withStorageErrors } from './errors';
import { sealStamp } from './seal/sealer';
import type { StoredAttachment } from './visits';

// Photos and signatures of a visit still being filled in. Drafts hold form values only, so the
// files go into the attachments table at once, under the id the visit will have (the draft's
// id): a reload or a killed tab keeps them, and saveVisit then finds them already on the device.
// Files a draft no longer uses are removed when it is discarded, or pruned before it is saved.

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
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
  const stored = await sealAttachment(sealerOf(db), { ...parsed.data, visitId: draftId, bytes });
  await withStorageErrors(() => db.attachments.put(stored));
  return parsed.data;
}

/** The files kept under a draft (or an unsynced visit being edited). */
export async function listDraftFiles(db: GhiDanhDB, draftId: string): Promise<StoredAttachment[]> {
  const stored = await db.attachments.where('visitId').equals(draftId).toArray();
  const rows = await openAll(stored, (a) => openAttachment(sealerOf(db), a));
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
  return prune(db, draftId, keep, false);
}

/** Discards a draft and the files only it used, in one transaction. */
export function discardDraftWithFiles(db: GhiDanhDB, draftId: string): Promise<void> {
  return prune(db, draftId, [], true);
}

async function prune(db: GhiDanhDB, draftId: string, keep: readonly string[], draft: boolean) {
  const kept = new Set(keep);
  // The saved visit's list of files is sealed: it is read and opened first, and the deletion
  // happens only if the visit is still that version (else read again).
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await db.visits.get(draftId);
    const saved = new Set(before ? (await openVisit(sealerOf(db), before)).attachments : []);
    const stamp = before ? sealStamp(before.sealed) : null;
    const done = await withStorageErrors(() =>
      db.transaction('rw', db.attachments, db.visits, db.drafts, async () => {
        const now = await db.visits.get(draftId);
        if ((now ? sealStamp(now.sealed) : null) !== stamp) return false;
        if (draft) await db.drafts.delete(draftId);
        const ids = await db.attachments.where('visitId').equals(draftId).primaryKeys();
        await db.attachments.bulkDelete(ids.filter((id) => !kept.has(id) && !saved.has(id)));
        return true;
      }),
    );
    if (done) return;
  }
  throw new Error(`The visit ${draftId} kept changing while its files were pruned`);
}
