import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  LIMITS,
  backupFileSchema,
  type BackupAttachment,
  type BackupFile,
  type Mutation,
} from '../../shared/schemas';
import type { SharedMessageKey } from '../../shared/messages';
import { getAttachment, getDeviceId, getVisit, listOutbox, type GhiDanhDB } from '../db';
import { addCarriedBackup, listCarriedBackups } from '../db/carried';
import { hasOutboxEntry, outboxMutation } from '../db/outbox';
import { base64ToBytes, bytesToBase64, sha256Hex } from './base64';

// A file that carries every unsynced record (with its photos) off a device that cannot sync:
// this device's outbox and any backups it is itself carrying for another device.

/** Larger files are refused before reading: parsing them could exhaust a tablet's memory. */
export const BACKUP_MAX_BYTES = LIMITS.backupBytesMax;

export interface BackupProgress {
  done: number;
  total: number;
}

export async function buildBackup(
  db: GhiDanhDB,
  appVersion: string,
  onProgress: (p: BackupProgress) => void = () => undefined,
  now = new Date(),
): Promise<BackupFile> {
  const own: Mutation[] = (await listOutbox(db, { limit: 10_000 })).map(outboxMutation);
  const carried = await listCarriedBackups(db);
  const mutations = [...own, ...carried.flatMap((c) => c.file.mutations)];
  const attachments: BackupAttachment[] = carried.flatMap((c) => c.file.attachments);
  const have = new Set(attachments.map((a) => a.id));

  for (const [i, m] of own.entries()) {
    const photos = m.type === 'visit.create' ? m.payload.attachments : [];
    for (const id of photos) {
      if (have.has(id)) continue;
      const stored = await getAttachment(db, id);
      if (!stored) continue; // the schema check below names the missing photo
      const bytes = new Uint8Array(await stored.blob.arrayBuffer());
      attachments.push({ ...stored.meta, dataBase64: bytesToBase64(bytes) });
      have.add(id);
    }
    onProgress({ done: i + 1, total: own.length });
  }
  return backupFileSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    deviceId: await getDeviceId(db),
    appVersion: appVersion.slice(0, 40),
    mutations,
    attachments,
  });
}

export function backupFileName(file: BackupFile): string {
  const stamp = file.exportedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `ghidanh-saoluu-${stamp}-${file.deviceId.slice(-8)}.json`;
}

export type ImportResult =
  { ok: true; added: number; skipped: number } | { ok: false; reason: SharedMessageKey };

/** Checks a backup file completely (schema, every photo's size and hash) before storing anything. */
export async function importBackup(db: GhiDanhDB, file: Blob): Promise<ImportResult> {
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, reason: 'backup.tooMany' };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { ok: false, reason: 'backup.unreadable' };
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? 'backup.format';
    return {
      ok: false,
      reason: first.startsWith('backup.') ? (first as SharedMessageKey) : 'backup.format',
    };
  }
  for (const a of parsed.data.attachments) {
    const bytes = base64ToBytes(a.dataBase64);
    if (!bytes || bytes.length !== a.size || (await sha256Hex(bytes)) !== a.sha256) {
      return { ok: false, reason: 'backup.attachmentData' };
    }
  }
  // Records this device already holds (its own, or from an earlier import) are not new.
  let known = 0;
  for (const m of parsed.data.mutations) {
    const held =
      m.type === 'visit.create' ? await getVisit(db, m.payload.id) : await hasOutboxEntry(db, m.id);
    if (held) known += 1;
  }
  const added = await addCarriedBackup(db, parsed.data);
  const total = parsed.data.mutations.length;
  return added
    ? { ok: true, added: total - known, skipped: known }
    : { ok: true, added: 0, skipped: total };
}
