import type { FastifyInstance } from 'fastify';
import {
  heartbeatRequestSchema,
  heartbeatResponseSchema,
  pullQuerySchema,
  pullResponseSchema,
  pushEnvelopeSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../shared/schemas/sync';
import type { Caller } from '../auth/guard';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import { defineRoute } from '../http/route';
import { pullChanges } from '../sync/pull';
import { applyPush } from '../sync/push';

/** 500 visits of a few kB each, with room to spare; larger requests get 413. */
export const PUSH_BODY_LIMIT = 4 * 1024 * 1024;
const ALL_ROLES = ['field_worker', 'provider_agent', 'supervisor', 'admin'] as const;

function sameDevice(caller: Caller, deviceId: string): void {
  if (deviceId !== caller.deviceId) throw new ApiError(403, 'device_mismatch');
}

export function registerSyncRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/sync/push',
    tag: 'sync',
    summary: 'Gửi một lô thay đổi; mỗi thay đổi được trả lời applied / duplicate / rejected',
    // Which role may send which mutation type is each type's handler's rule (sync/handlers).
    roles: ['field_worker', 'provider_agent'],
    body: pushEnvelopeSchema,
    bodyDoc: pushRequestSchema,
    response: pushResponseSchema,
    bodyLimit: PUSH_BODY_LIMIT,
    errors: [413],
    audit: { action: 'sync.push', targetType: 'visit' },
    handler: async ({ body, caller, audit }) => {
      sameDevice(caller, body.deviceId);
      const results = await applyPush(ctx, caller, body.mutations, async (trx, results) => {
        // The mutation ids and the ids of the visits they stored (not of rejected ones).
        const stored = new Set(results.filter((r) => r.status !== 'rejected').map((r) => r.id));
        for (const m of body.mutations) {
          const visitId = (m.payload as { id?: unknown } | null)?.id;
          audit.addTargets(
            stored.has(m.id) && typeof visitId === 'string' ? [m.id, visitId] : [m.id],
          );
        }
        await audit.writeIn(trx);
      });
      return { results };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/sync/pull',
    tag: 'sync',
    summary: 'Các thay đổi sau vị trí cursor, trong phạm vi đơn vị được xem, theo trang',
    roles: ALL_ROLES,
    query: pullQuerySchema,
    response: pullResponseSchema,
    handler: async ({ query, caller }) =>
      pullChanges(ctx, caller, Number(query.cursor), query.limit),
  });

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/sync/heartbeat',
    tag: 'sync',
    summary: 'Tình trạng hàng đợi trên thiết bị (gửi mỗi lần đồng bộ)',
    roles: ALL_ROLES,
    body: heartbeatRequestSchema,
    response: heartbeatResponseSchema,
    // Telemetry sent on every sync (hundreds a day per tablet), not a change to any record: the
    // device's last report is kept in `heartbeats` instead of a log line per contact.
    audit: false,
    handler: async ({ body, caller }) => {
      sameDevice(caller, body.deviceId);
      const now = new Date();
      const row = {
        user_id: caller.userId,
        received_at: now,
        pending_count: body.pendingCount,
        oldest_pending_at:
          body.oldestPendingAgeSeconds === null
            ? null
            : new Date(now.getTime() - body.oldestPendingAgeSeconds * 1000),
        app_version: body.appVersion,
        storage_used_bytes: body.storageUsedBytes,
        storage_quota_bytes: body.storageQuotaBytes,
        last_error: body.lastError,
      };
      await ctx.store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('heartbeats')
          .values({ device_id: caller.deviceId, ...row })
          .onConflict((oc) => oc.column('device_id').doUpdateSet(row))
          .execute();
        await trx
          .updateTable('devices')
          .set({ last_seen_at: now, last_user_id: caller.userId })
          .where('id', '=', caller.deviceId)
          .execute();
      });
      return { serverTime: now.toISOString(), wipe: false };
    },
  });
}
