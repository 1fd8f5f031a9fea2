import type { Table } from 'dexie';
import type {
  AccountOpening,
  AttachmentMeta,
  BackupFile,
  Beneficiary,
  MutationPayload,
  MutationType,
} from '../../shared/schemas';
import type { GhiDanhDB } from './database';
import type {
  AccountStateRow,
  AttachmentRow,
  CarriedRow,
  DraftRow,
  OutboxRow,
  OutboxRowOf,
  RosterEntry,
  VisitRow,
} from './rows';
import { LockedError, type Sealer } from './seal/sealer';
import type {
  StoredAccount,
  StoredAttachment,
  StoredCarried,
  StoredDraft,
  StoredOutbox,
  StoredOutboxOf,
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
  const { currentStatus, needsReview, consentWithdrawnAt, ...beneficiary } = entry;
  return {
    id: entry.id,
    communeCode: entry.communeCode,
    currentStatus,
    needsReview,
    ...(consentWithdrawnAt ? { consentWithdrawnAt } : {}),
    sealed: await s.seal(beneficiary, `roster:${entry.id}`),
  };
}

export async function openRoster(s: Sealer, row: StoredRoster): Promise<RosterEntry> {
  const beneficiary = await s.open<Beneficiary>(row.sealed, `roster:${row.id}`);
  const entry: RosterEntry = {
    ...beneficiary,
    currentStatus: row.currentStatus,
    needsReview: row.needsReview,
  };
  if (row.consentWithdrawnAt) entry.consentWithdrawnAt = row.consentWithdrawnAt;
  return entry;
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

export async function sealOutbox<T extends MutationType>(
  s: Sealer,
  row: OutboxRowOf<T>,
): Promise<StoredOutboxOf<T>> {
  const { payload, ...clear } = row;
  return { ...clear, sealed: await s.seal(payload, `outbox:${row.id}`) } as StoredOutboxOf<T>;
}

export async function openOutbox<T extends MutationType>(
  s: Sealer,
  row: StoredOutboxOf<T>,
): Promise<OutboxRowOf<T>> {
  const { sealed, ...clear } = row;
  const payload = await s.open<MutationPayload<T>>(sealed, `outbox:${row.id}`);
  return { ...clear, payload } as unknown as OutboxRowOf<T>;
}

/** Any entry, opened (its type kept: narrow the result by `type`). */
export function openOutboxRow(s: Sealer, row: StoredOutbox): Promise<OutboxRow> {
  return openOutbox(s, row) as Promise<OutboxRow>;
}

/** The additional data of an account's seal: its compound key. */
function accountAad(row: { beneficiaryId: string; providerId: string }): string {
  return `accounts:${row.beneficiaryId}|${row.providerId}`;
}

export async function sealAccount(s: Sealer, row: AccountStateRow): Promise<StoredAccount> {
  const { beneficiaryId, providerId, ...state } = row;
  return { beneficiaryId, providerId, sealed: await s.seal(state, accountAad(row)) };
}

export async function openAccount(s: Sealer, row: StoredAccount): Promise<AccountStateRow> {
  const state = await s.open<Omit<AccountOpening, 'beneficiaryId' | 'providerId'>>(
    row.sealed,
    accountAad(row),
  );
  return { ...state, beneficiaryId: row.beneficiaryId, providerId: row.providerId };
}

export async function sealCarried(s: Sealer, row: CarriedRow): Promise<StoredCarried> {
  const { file, ...clear } = row;
  return { ...clear, sealed: await s.seal(file, `carried:${row.id}`) };
}

export async function openCarried(s: Sealer, row: StoredCarried): Promise<CarriedRow> {
  const { sealed, ...clear } = row;
  return { ...clear, file: await s.open<BackupFile>(sealed, `carried:${row.id}`) };
}
