import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import {
  deviceListResponseSchema,
  deviceParamsSchema,
  deviceSummarySchema,
  type DeviceSummary,
} from '../../shared/schemas/auth';
import { callerUnits } from '../auth/scope';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import { defineRoute } from '../http/route';
import { heartbeatColumns } from '../store/heartbeatColumns';
import type { Database } from '../store/schema';
import { toNumber } from '../store/schema';
import type { Kysely } from 'kysely';

// Devices and their last heartbeat: the supervisor sees how many records still wait on each
// tablet in their units; the admin can revoke a lost or stolen one.

function deviceQuery(db: Kysely<Database>) {
  return db
    .selectFrom('devices as d')
    .innerJoin('users as u', 'u.id', 'd.last_user_id')
    .leftJoin('heartbeats as h', 'h.device_id', 'd.id')
    .select([
      'd.id',
      'd.label',
      'd.registered_at',
      'd.last_seen_at',
      'd.revoked_at',
      'd.last_user_id',
      'u.username',
      ...heartbeatColumns,
    ])
    .orderBy('d.registered_at');
}

type DeviceRow = Awaited<ReturnType<ReturnType<typeof deviceQuery>['executeTakeFirstOrThrow']>>;

function summary(r: DeviceRow): DeviceSummary {
  const age =
    r.received_at && r.oldest_pending_at
      ? Math.max(
          0,
          Math.round((r.received_at.getTime() - new Date(r.oldest_pending_at).getTime()) / 1000),
        )
      : null;
  return {
    id: r.id,
    label: r.label,
    registeredAt: r.registered_at.toISOString(),
    lastUsername: r.username,
    lastSeenAt: r.last_seen_at.toISOString(),
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
    heartbeat: r.received_at
      ? {
          receivedAt: r.received_at.toISOString(),
          pendingCount: r.pending_count ?? 0,
          oldestPendingAgeSeconds: age,
          appVersion: r.app_version ?? '',
          storageUsedBytes: toNumber(r.storage_used_bytes ?? 0),
          storageQuotaBytes: r.storage_quota_bytes == null ? null : toNumber(r.storage_quota_bytes),
          lastError: r.last_error,
        }
      : null,
  };
}

export function registerDeviceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/devices',
    tag: 'devices',
    summary: 'Thiết bị và nhịp báo gần nhất (giám sát viên: thiết bị của người trong địa bàn)',
    roles: ['supervisor', 'admin'],
    response: deviceListResponseSchema,
    handler: async ({ caller }) => {
      const units = await callerUnits(db, caller);
      let query = deviceQuery(db);
      if (units !== null) {
        if (units.length === 0) return { devices: [] };
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('user_units as uu')
              .select(sql`1`.as('one'))
              .whereRef('uu.user_id', '=', 'd.last_user_id')
              .where('uu.unit_code', 'in', units),
          ),
        );
      }
      return { devices: (await query.execute()).map(summary) };
    },
  });

  defineRoute(app, ctx, {
    method: 'POST',
    url: '/api/devices/:id/revoke',
    tag: 'devices',
    summary: 'Thu hồi thiết bị: lần liên lạc sau nó được yêu cầu xóa dữ liệu (wipe)',
    roles: ['admin'],
    params: deviceParamsSchema,
    response: deviceSummarySchema,
    errors: [404],
    audit: {
      action: 'devices.revoke',
      targetType: 'device',
      targets: ({ params }) => [(params as { id: string }).id],
    },
    handler: async ({ params, caller, audit }) => {
      const now = new Date();
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('devices')
          // Its key-wrapping secret goes too: the tablet's records can no longer be opened by a
          // login, only by the PIN until the wipe (docs/encryption.md).
          .set({ revoked_at: now, revoked_by: caller.userId, wrap_secret: null })
          .where('id', '=', params.id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) {
          const exists = await trx
            .selectFrom('devices')
            .select('id')
            .where('id', '=', params.id)
            .executeTakeFirst();
          if (!exists) throw new ApiError(404, 'device_unknown');
        }
        await trx
          .updateTable('sessions')
          .set({ revoked_at: now })
          .where('device_id', '=', params.id)
          .where('revoked_at', 'is', null)
          .execute();
        await audit.writeIn(trx);
      });
      return summary(await deviceQuery(db).where('d.id', '=', params.id).executeTakeFirstOrThrow());
    },
  });
}
