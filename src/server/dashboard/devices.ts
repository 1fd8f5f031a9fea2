import { sql, type Kysely } from 'kysely';
import {
  STALE_NO_CONTACT_MS,
  STALE_OLDEST_PENDING_MS,
  STALE_REASONS,
  staleReasons,
} from '../../shared/dashboard/staleness';
import type {
  DeviceStatus,
  DeviceStatusResponse,
  WorkerStatus,
} from '../../shared/schemas/dashboard';
import { heartbeatColumns } from '../store/heartbeatColumns';
import { toNumber, type Database } from '../store/schema';
import { anyCode, type DashboardScope } from './scope';

// The state of every field worker's tablet in scope and of each worker: when it last synced, how
// much still waits on it and for how long, its app version, storage and last error. Three reads.

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null || a > b ? a : b;
}

export async function deviceStatus(
  db: Kysely<Database>,
  scope: DashboardScope,
  now = new Date(),
): Promise<DeviceStatusResponse> {
  let workersQuery = db
    .selectFrom('users as u')
    .select(['u.id', 'u.username', 'u.display_name'])
    .where('u.role', '=', 'field_worker')
    .where('u.disabled_at', 'is', null)
    .orderBy('u.username');
  if (scope.units !== null) {
    const units = anyCode(scope.units);
    workersQuery = workersQuery.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_units as uu')
          .select(sql`1`.as('one'))
          .whereRef('uu.user_id', '=', 'u.id')
          .where('uu.unit_code', '=', units),
      ),
    );
  }
  const workers = await workersQuery.execute();
  const ids = workers.map((w) => w.id);
  const userIds = sql<string>`any(${ids}::uuid[])`;
  const [devices, visits] = await Promise.all([
    db
      .selectFrom('devices as d')
      .leftJoin('heartbeats as h', 'h.device_id', 'd.id')
      .select(['d.id', 'd.label', 'd.last_user_id', 'd.last_seen_at', ...heartbeatColumns])
      .where('d.revoked_at', 'is', null)
      .where('d.last_user_id', '=', userIds)
      .orderBy('d.registered_at')
      .execute(),
    db
      .selectFrom('visits')
      .select((eb) => [
        'user_id',
        eb.fn.countAll<string>().as('visits'),
        eb.fn.max('visited_at').as('last_visit_at'),
      ])
      .where('user_id', '=', userIds)
      .where('commune_code', '=', anyCode(scope.communes))
      .groupBy('user_id')
      .execute(),
  ]);
  const workerOf = new Map(workers.map((w) => [w.id, w]));
  const deviceRows = devices.map((d): DeviceStatus => {
    const worker = workerOf.get(d.last_user_id)!;
    const lastSyncAt = iso(d.received_at);
    const lastContactAt = later(lastSyncAt, iso(d.last_seen_at))!;
    const oldestPendingAt = iso(d.oldest_pending_at);
    return {
      deviceId: d.id,
      label: d.label,
      userId: worker.id,
      username: worker.username,
      displayName: worker.display_name,
      lastSyncAt,
      lastContactAt,
      pendingCount: d.pending_count,
      oldestPendingAt,
      oldestPendingAgeSeconds:
        oldestPendingAt === null
          ? null
          : Math.max(0, Math.floor((now.getTime() - Date.parse(oldestPendingAt)) / 1000)),
      appVersion: d.app_version,
      storageUsedBytes: d.storage_used_bytes === null ? null : toNumber(d.storage_used_bytes),
      storageQuotaBytes: d.storage_quota_bytes === null ? null : toNumber(d.storage_quota_bytes),
      lastError: d.last_error,
      staleReasons: staleReasons({ lastContactAt, oldestPendingAt }, now.getTime()),
    };
  });
  const visitsOf = new Map(visits.map((v) => [v.user_id, v]));
  const devicesOf = new Map<string, DeviceStatus[]>();
  for (const d of deviceRows) devicesOf.set(d.userId, [...(devicesOf.get(d.userId) ?? []), d]);
  const workerRows = workers.map((w): WorkerStatus => {
    const own = devicesOf.get(w.id) ?? [];
    const ages = own.map((d) => d.oldestPendingAgeSeconds).filter((a) => a !== null);
    const reasons = new Set(own.flatMap((d) => d.staleReasons));
    if (own.length === 0) reasons.add('no_contact');
    const v = visitsOf.get(w.id);
    return {
      userId: w.id,
      username: w.username,
      displayName: w.display_name,
      deviceCount: own.length,
      lastSyncAt: own.reduce<string | null>((acc, d) => later(acc, d.lastSyncAt), null),
      pendingCount: own.reduce((sum, d) => sum + (d.pendingCount ?? 0), 0),
      oldestPendingAgeSeconds: ages.length > 0 ? Math.max(...ages) : null,
      visits: v ? toNumber(v.visits) : 0,
      lastVisitAt: v?.last_visit_at ? iso(v.last_visit_at) : null,
      staleReasons: STALE_REASONS.filter((r) => reasons.has(r)),
    };
  });
  return {
    generatedAt: now.toISOString(),
    rule: {
      noContactHours: STALE_NO_CONTACT_MS / 3_600_000,
      oldestPendingHours: STALE_OLDEST_PENDING_MS / 3_600_000,
    },
    devices: deviceRows,
    workers: workerRows,
  };
}
