import { deriveEnrolmentState, type EnrolmentState } from '../../shared/enrolment';
import {
  attachmentMetaSchema,
  issuesOf,
  visitSchema,
  type AttachmentMeta,
  type Issue,
  type Visit,
} from '../../shared/schemas';
import {
  openAll,
  openAttachment,
  openRoster,
  openVisit,
  patchRow,
  sealAttachment,
  sealerOf,
  sealVisit,
} from './codec';
import type { GhiDanhDB } from './database';
import {
  DuplicateVisitError,
  NotFoundError,
  ValidationError,
  VisitLockedError,
  withStorageErrors,
} from './errors';
import { prepareMutation, queueMutation } from './outbox';
import { stateWithVisit } from './roster';
import type { AttachmentRow, OutboxRowOf, VisitRow } from './rows';
import type { StoredOutboxOf } from './stored';
import { getDeviceId } from './syncMeta';

// Saving a visit is one transaction: the visit, its photos and its outbox entry are written
// together (or not at all), and the draft it came from is removed. Everything is sealed before
// the transaction opens (Web Crypto would let it commit); the few values only known inside it
// (the sequence number, the outbox row) are clear fields.

export interface NewAttachment {
  meta: unknown;
  data: Blob | ArrayBuffer;
}

interface CheckedVisit {
  visit: Visit;
  attachments: AttachmentRow[];
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Everything that can be checked before the transaction (hashing cannot run inside one). */
async function checkVisit(
  db: GhiDanhDB,
  input: unknown,
  files: readonly NewAttachment[],
): Promise<CheckedVisit> {
  const parsed = visitSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  const visit = parsed.data;
  const issues: Issue[] = [];
  if (visit.deviceId !== (await getDeviceId(db))) {
    issues.push({ path: 'deviceId', key: 'validation.visit.deviceMismatch' });
  }
  const attachments: AttachmentRow[] = [];
  for (const [index, file] of files.entries()) {
    const meta = attachmentMetaSchema.safeParse(file.meta);
    if (!meta.success) {
      for (const i of issuesOf(meta.error)) {
        issues.push({ path: `files.${index}.${i.path}`, key: i.key });
      }
      continue;
    }
    if (!visit.attachments.includes(meta.data.id)) {
      issues.push({ path: `files.${index}.id`, key: 'validation.visit.attachmentNotListed' });
    }
    const bytes = file.data instanceof Blob ? await file.data.arrayBuffer() : file.data;
    if (bytes.byteLength !== meta.data.size || (await sha256Hex(bytes)) !== meta.data.sha256) {
      issues.push({ path: `files.${index}`, key: 'validation.attachment.bytesMismatch' });
    }
    attachments.push({ ...meta.data, visitId: visit.id, bytes });
  }
  if (new Set(attachments.map((a) => a.id)).size !== attachments.length) {
    issues.push({ path: 'files', key: 'validation.list.duplicate' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { visit, attachments };
}

/** Every attachment the visit lists is given now or already on the device. */
async function checkAttachmentsPresent(db: GhiDanhDB, visit: Visit, given: AttachmentRow[]) {
  const givenIds = new Set(given.map((a) => a.id));
  const others = visit.attachments.filter((id) => !givenIds.has(id));
  const stored = await db.attachments.bulkGet(others);
  const issues: Issue[] = [];
  stored.forEach((row, i) => {
    if (!row) {
      const index = visit.attachments.indexOf(others[i]!);
      issues.push({ path: `attachments.${index}`, key: 'validation.visit.attachmentMissing' });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

export interface SavedVisit {
  visit: VisitRow;
  outbox: OutboxRowOf<'visit.create'>;
}

/**
 * Validates and saves a new visit with its photos, queues it for sync with the device's next
 * sequence number and removes its draft, all in one transaction. Throws ValidationError (nothing
 * written), DuplicateVisitError, StorageFullError.
 */
export async function saveVisit(
  db: GhiDanhDB,
  input: unknown,
  files: readonly NewAttachment[] = [],
): Promise<SavedVisit> {
  const { visit, attachments } = await checkVisit(db, input, files);
  const sealer = sealerOf(db);
  const row: VisitRow = { ...visit, syncedAt: null };
  // The outbox entry's sealed payload does not depend on its sequence number: seal it now.
  const [storedVisit, storedFiles, prepared, state] = await Promise.all([
    sealVisit(sealer, row),
    Promise.all(attachments.map((a) => sealAttachment(sealer, a))),
    prepareMutation(db, 'visit.create', visit, { visitId: visit.id }),
    stateWithVisit(db, row),
  ]);
  const tables = [db.visits, db.attachments, db.outbox, db.syncMeta, db.drafts, db.roster];
  const saved = await withStorageErrors(() =>
    db.transaction('rw', tables, async () => {
      if (await db.visits.get(visit.id)) throw new DuplicateVisitError(visit.id);
      await checkAttachmentsPresent(db, visit, attachments);
      await db.visits.add(storedVisit);
      await db.attachments.bulkAdd(storedFiles);
      const outbox = await queueMutation(db, prepared);
      await db.drafts.delete(visit.id);
      if (state) await patchRow(db.roster, visit.beneficiaryId, state);
      return { visit: row, outbox };
    }),
  );
  if (state) db.rosterGeneration++;
  return saved;
}

/**
 * Changes a visit that has not reached the server (its outbox entry is pending, or was rejected
 * and is being corrected). A sent visit is append-only: record a new visit superseding it.
 */
export async function updateUnsyncedVisit(
  db: GhiDanhDB,
  input: unknown,
  files: readonly NewAttachment[] = [],
): Promise<SavedVisit> {
  const { visit, attachments } = await checkVisit(db, input, files);
  const sealer = sealerOf(db);
  const row: VisitRow = { ...visit, syncedAt: null };
  // The payload is sealed under its outbox entry's id, read first (checked again below).
  const entryBefore = await db.outbox.where('visitId').equals(visit.id).first();
  const [storedVisit, storedFiles, storedPayload, state] = await Promise.all([
    sealVisit(sealer, row),
    Promise.all(attachments.map((a) => sealAttachment(sealer, a))),
    entryBefore ? sealer.seal(visit, `outbox:${entryBefore.id}`) : null,
    stateWithVisit(db, row),
  ]);
  const tables = [db.visits, db.attachments, db.outbox, db.roster];
  const saved = await withStorageErrors(() =>
    db.transaction('rw', tables, async () => {
      const existing = await db.visits.get(visit.id);
      if (!existing) throw new NotFoundError('visits', visit.id);
      if (existing.beneficiaryId !== visit.beneficiaryId) {
        throw new ValidationError([
          { path: 'beneficiaryId', key: 'validation.visit.beneficiaryChanged' },
        ]);
      }
      const entry = (await db.outbox.where('visitId').equals(visit.id).first()) as
        StoredOutboxOf<'visit.create'> | undefined;
      if (!entry) throw new VisitLockedError(visit.id, 'synced');
      if (entry.status === 'sending') throw new VisitLockedError(visit.id, 'sending');
      // Sealed for the entry read before the transaction; another tab replaced it meanwhile.
      if (!storedPayload || entry.id !== entryBefore?.id) {
        throw new VisitLockedError(visit.id, 'sending');
      }
      await checkAttachmentsPresent(db, visit, attachments);
      const { sealed: _old, ...clear } = entry;
      await db.visits.put(storedVisit);
      await db.attachments.bulkPut(storedFiles);
      const inVisit = new Set(visit.attachments);
      const dropped = await db.attachments
        .where('visitId')
        .equals(visit.id)
        .filter((a) => !inVisit.has(a.id))
        .primaryKeys();
      await db.attachments.bulkDelete(dropped);
      const next = { ...clear, status: 'pending' as const, errors: null };
      await db.outbox.put({ ...next, sealed: storedPayload });
      if (state) await patchRow(db.roster, visit.beneficiaryId, state);
      const outbox: OutboxRowOf<'visit.create'> = { ...next, payload: visit };
      return { visit: row, outbox };
    }),
  );
  if (state) db.rosterGeneration++;
  return saved;
}

export async function getVisit(db: GhiDanhDB, id: string): Promise<VisitRow | undefined> {
  const row = await db.visits.get(id);
  return row && openVisit(sealerOf(db), row);
}

/** A beneficiary's visits on this device, oldest first. */
export async function listVisitsFor(db: GhiDanhDB, beneficiaryId: string): Promise<VisitRow[]> {
  const stored = await db.visits.where('beneficiaryId').equals(beneficiaryId).toArray();
  const visits = await openAll(stored, (v) => openVisit(sealerOf(db), v));
  return visits.sort((a, b) => a.visitedAt.localeCompare(b.visitedAt) || a.id.localeCompare(b.id));
}

/** Where a beneficiary stands given the roster and this device's visits. */
export async function getEnrolmentState(
  db: GhiDanhDB,
  beneficiaryId: string,
): Promise<EnrolmentState<VisitRow> | undefined> {
  const stored = await db.roster.get(beneficiaryId);
  if (!stored) return undefined;
  const [entry, visits] = await Promise.all([
    openRoster(sealerOf(db), stored),
    listVisitsFor(db, beneficiaryId),
  ]);
  return deriveEnrolmentState(entry, visits);
}

export interface StoredAttachment {
  meta: AttachmentMeta;
  visitId: string;
  blob: Blob;
}

export async function getAttachment(
  db: GhiDanhDB,
  id: string,
): Promise<StoredAttachment | undefined> {
  const stored = await db.attachments.get(id);
  if (!stored) return undefined;
  const { bytes, visitId, ...meta } = await openAttachment(sealerOf(db), stored);
  return { meta, visitId, blob: new Blob([bytes], { type: meta.mimeType }) };
}
