import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import {
  backupFileSchema,
  backupImportResponseSchema,
  type BackupFile,
} from '../../shared/schemas/backup';
import { LIMITS } from '../../shared/schemas/limits';
import type { PushResult } from '../../shared/schemas/sync';
import type { Caller } from '../auth/guard';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import { defineRoute } from '../http/route';
import { storeAttachment } from '../store/attachments';
import { applyPush } from '../sync/push';

// A backup file carried from a tablet that could not sync. Its records are applied as if their
// own device had pushed them — same ids, same checks, same scope — so importing a file twice, or
// after the tablet synced after all, stores each visit once.

const BATCH = 500;

async function storeAttachments(ctx: AppContext, file: BackupFile): Promise<number> {
  const owner = new Map<string, { deviceId: string; workerId: string }>();
  for (const m of file.mutations) {
    if (m.type !== 'visit.create') continue; // only visits carry photos
    for (const id of m.payload.attachments)
      owner.set(id, { deviceId: m.deviceId, workerId: m.payload.workerId });
  }
  // Every photo is checked before any is stored: a damaged file changes nothing.
  const decoded = file.attachments.map((a) => {
    const bytes = Buffer.from(a.dataBase64, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== a.size || sha256 !== a.sha256) throw new ApiError(400, 'hash_mismatch');
    return { a, bytes, sha256 };
  });
  let stored = 0;
  for (const { a, bytes, sha256 } of decoded) {
    const by = owner.get(a.id);
    if (!by) continue; // not referenced by any record in the file
    const user = await ctx.store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', by.workerId)
      .executeTakeFirst();
    const device = await ctx.store.db
      .selectFrom('devices')
      .select('id')
      .where('id', '=', by.deviceId)
      .executeTakeFirst();
    if (!user || !device) continue; // its record is rejected below with the reason
    const status = await storeAttachment(ctx.store.db, {
      id: a.id,
      sha256,
      bytes,
      mimeType: a.mimeType,
      kind: a.kind,
      deviceId: device.id,
      userId: user.id,
    });
    if (status === 'stored') stored += 1;
  }
  return stored;
}

async function applyAsOriginalDevices(ctx: AppContext, file: BackupFile): Promise<PushResult[]> {
  const results = new Map<string, PushResult>();
  const groups = new Map<string, BackupFile['mutations']>();
  for (const m of file.mutations) {
    const key = `${m.deviceId}|${m.payload.workerId}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const mutations of groups.values()) {
    const { deviceId, payload } = mutations[0]!;
    const user = await ctx.store.db
      .selectFrom('users')
      .select(['id', 'username', 'role', 'provider_id'])
      .where('username', '=', payload.workerId)
      .executeTakeFirst();
    const device = await ctx.store.db
      .selectFrom('devices')
      .select('id')
      .where('id', '=', deviceId)
      .executeTakeFirst();
    if (!user || !device) {
      const key = !user ? 'backup.unknownWorker' : 'backup.unknownDevice';
      for (const m of mutations) {
        results.set(m.id, {
          id: m.id,
          status: 'rejected',
          errors: [{ path: !user ? 'payload.workerId' : 'deviceId', key }],
        });
      }
      continue;
    }
    const caller: Caller = {
      userId: user.id,
      username: user.username,
      role: user.role,
      providerId: user.provider_id,
      deviceId,
      sessionId: 'backup-import',
    };
    for (let i = 0; i < mutations.length; i += BATCH) {
      for (const r of await applyPush(ctx, caller, mutations.slice(i, i + BATCH)))
        results.set(r.id, r);
    }
  }
  return file.mutations.map((m) => results.get(m.id)!);
}

export function registerBackupRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/backups',
    tag: 'sync',
    summary:
      'Nhập tệp sao lưu từ một máy không đồng bộ được; mỗi bản ghi được áp dụng đúng một lần như thể máy đó tự gửi',
    roles: ['admin'],
    body: backupFileSchema,
    response: backupImportResponseSchema,
    bodyLimit: LIMITS.backupBytesMax,
    errors: [413],
    audit: {
      action: 'backups.import',
      targetType: 'visit',
      targets: ({ body }) => (body as BackupFile).mutations.flatMap((m) => [m.id, m.payload.id]),
    },
    handler: async ({ body }) => {
      const attachmentsStored = await storeAttachments(ctx, body);
      return { results: await applyAsOriginalDevices(ctx, body), attachmentsStored };
    },
  });
}
