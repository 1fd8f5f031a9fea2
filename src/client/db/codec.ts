import type { Table } from 'dexie';
import type { AttachmentMeta, BackupFile, Beneficiary, Mutation } from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import type { AttachmentRow, CarriedRow, DraftRow, OutboxRow, RosterEntry, VisitRow } from './rows';
import { LockedError, type Sealer } from './seal/sealer';
import type {
  StoredAttachment,
  StoredCarried,
  StoredDraft,
  StoredOutbox,
  StoredRoster,
  StoredVisit,
} from './stored';

// Records to stored rows and back. Sealing and opening are Web Crypto calls: never inside an
// IndexedDB transaction (it would commit while they run) — seal first, then write; read, then open.

export function sealerOf(db: GhiDanhDB): Sealer {
  if (!db.sealer) throw new LockedError();
  return db.sealer;
}

/**
 * Changes some clear fields of a stored row (call inside a transaction). Not Dexie's update():
 * it deep-clones the row, and its clone does not know a buffer read back from another realm (as
 * in tests under jsdom), which would lose the sealed field.
 */
export async function patchRow<T extends { id: string }>(
  table: Table<T, string>,
  id: string,
  changes: Partial<T>,
): Promise<boolean> {
  const row = await table.get(id);
  if (!row) return false;
  await table.put({ ...row, ...changes });
  return true;
}

/** Runs `open` on every row at once (Web Crypto works them in parallel). */
export function openAll<S, T>(rows: readonly S[], open: (row: S) => Promise<T>): Promise<T[]> {
  return Promise.all(rows.map(open));
}

export async function sealRoster(s: Sealer, entry: RosterEntry): Promise<StoredRoster> {
  const { currentStatus, needsReview, ...beneficiary } = entry;
  return {
    id: entry.id,
    communeCode: entry.communeCode,
    currentStatus,
    needsReview,
    sealed: await s.seal(beneficiary, `roster:${entry.id}`),
  };
}

export async function openRoster(s: Sealer, row: StoredRoster): Promise<RosterEntry> {
  const beneficiary = await s.open<Beneficiary>(row.sealed, `roster:${row.id}`);
  return { ...beneficiary, currentStatus: row.currentStatus, needsReview: row.needsReview };
}

export async function sealVisit(s: Sealer, row: VisitRow): Promise<StoredVisit> {
  const { syncedAt, ...visit } = row;
  return {
    id: row.id,
    beneficiaryId: row.beneficiaryId,
    visitedAt: row.visitedAt,
    syncedAt,
    sealed: await s.seal(visit, `visits:${row.id}`),
  };
}

export async function openVisit(s: Sealer, row: StoredVisit): Promise<VisitRow> {
  const visit = await s.open<Omit<VisitRow, 'syncedAt'>>(row.sealed, `visits:${row.id}`);
  return { ...visit, syncedAt: row.syncedAt };
}

export async function sealAttachment(s: Sealer, row: AttachmentRow): Promise<StoredAttachment> {
  const { bytes, visitId, ...meta } = row;
  const aad = `attachments:${row.id}`;
  const [sealed, sealedBytes] = await Promise.all([s.seal(meta, aad), s.sealBytes(bytes, aad)]);
  return { id: row.id, visitId, sealed, sealedBytes };
}

/** The metadata only (listing, checks); the bytes are opened when the file itself is wanted. */
export function openAttachmentMeta(s: Sealer, row: StoredAttachment): Promise<AttachmentMeta> {
  return s.open<AttachmentMeta>(row.sealed, `attachments:${row.id}`);
}

export async function openAttachment(s: Sealer, row: StoredAttachment): Promise<AttachmentRow> {
  const aad = `attachments:${row.id}`;
  const [meta, bytes] = await Promise.all([
    s.open<AttachmentMeta>(row.sealed, aad),
    s.openBytes(row.sealedBytes, aad),
  ]);
  return { ...meta, visitId: row.visitId, bytes };
}

export async function sealDraft(s: Sealer, row: DraftRow): Promise<StoredDraft> {
  return {
    id: row.id,
    beneficiaryId: row.beneficiaryId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sealed: await s.seal({ step: row.step, data: row.data }, `drafts:${row.id}`),
  };
}

export async function openDraft(s: Sealer, row: StoredDraft): Promise<DraftRow> {
  const { step, data } = await s.open<Pick<DraftRow, 'step' | 'data'>>(
    row.sealed,
    `drafts:${row.id}`,
  );
  const { sealed: _sealed, ...clear } = row;
  return { ...clear, step, data };
}

export async function sealOutbox(s: Sealer, row: OutboxRow): Promise<StoredOutbox> {
  const { payload, ...clear } = row;
  return { ...clear, sealed: await s.seal(payload, `outbox:${row.id}`) };
}

export async function openOutbox(s: Sealer, row: StoredOutbox): Promise<OutboxRow> {
  const { sealed, ...clear } = row;
  const payload = await s.open<Mutation['payload']>(sealed, `outbox:${row.id}`);
  return { ...clear, payload };
}

export async function sealCarried(s: Sealer, row: CarriedRow): Promise<StoredCarried> {
  const { file, ...clear } = row;
  return { ...clear, sealed: await s.seal(file, `carried:${row.id}`) };
}

export async function openCarried(s: Sealer, row: StoredCarried): Promise<CarriedRow> {
  const { sealed, ...clear } = row;
  return { ...clear, file: await s.open<BackupFile>(sealed, `carried:${row.id}`) };
}
