import { sql, type Kysely } from 'kysely';
import type { FileColumn } from '../../shared/exports/csv';
import { AUDIT_IDS_SHOWN, type AuditEntry, type AuditQuery } from '../../shared/schemas/audit';
import type { Database } from '../store/schema';

// Reading the audit log with the admin's filters. Days are Vietnam days (UTC+7), both included.

export type AuditFilters = Omit<AuditQuery, 'limit' | 'offset'>;

const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

export function auditQuery(db: Kysely<Database>, f: AuditFilters) {
  let q = db.selectFrom('audit_log as l').leftJoin('users as u', 'u.id', 'l.user_id');
  if (f.userId) q = q.where('l.user_id', '=', f.userId);
  if (f.deviceId) q = q.where('l.device_id', '=', f.deviceId);
  if (f.action) q = q.where('l.action', '=', f.action);
  if (f.from) q = q.where('l.at', '>=', dayStart(f.from));
  if (f.to) q = q.where('l.at', '<', new Date(dayStart(f.to).getTime() + 86_400_000));
  if (f.recordId) {
    q = q.where(sql<boolean>`l.target_ids @> ${JSON.stringify([f.recordId])}::jsonb`);
  }
  return q;
}

export function selectEntries(q: ReturnType<typeof auditQuery>) {
  return q
    .select([
      'l.id',
      'l.at',
      'l.user_id',
      'u.username',
      'l.role',
      'l.device_id',
      'l.action',
      'l.target_type',
      'l.target_ids',
      'l.outcome',
      'l.status',
    ])
    .orderBy('l.id', 'desc');
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['execute']>>[number];

export function entryOf(r: EntryRow, idsShown = AUDIT_IDS_SHOWN): AuditEntry {
  const ids = (r.target_ids as string[] | null) ?? [];
  return {
    id: String(r.id),
    at: r.at.toISOString(),
    userId: r.user_id,
    username: r.username,
    role: r.role as AuditEntry['role'],
    deviceId: r.device_id,
    action: r.action,
    targetType: r.target_type,
    targetIds: ids.slice(0, idsShown),
    targetCount: ids.length,
    outcome: r.outcome as AuditEntry['outcome'],
    status: r.status,
  };
}

export const AUDIT_FILE_COLUMNS: readonly FileColumn[] = [
  { key: 'at', header: 'Thời điểm (UTC)', kind: 'text', width: 26 },
  { key: 'username', header: 'Người dùng', kind: 'text', width: 16 },
  { key: 'userId', header: 'Mã người dùng', kind: 'text', width: 38 },
  { key: 'role', header: 'Vai trò', kind: 'text', width: 14 },
  { key: 'deviceId', header: 'Thiết bị', kind: 'text', width: 38 },
  { key: 'action', header: 'Thao tác', kind: 'text', width: 22 },
  { key: 'targetType', header: 'Loại bản ghi', kind: 'text', width: 14 },
  { key: 'targetCount', header: 'Số bản ghi', kind: 'integer', width: 10 },
  { key: 'targetIds', header: 'Mã bản ghi', kind: 'text', width: 60 },
  { key: 'outcome', header: 'Kết quả', kind: 'text', width: 10 },
  { key: 'status', header: 'Mã trạng thái', kind: 'integer', width: 10 },
];

/** Rows in one audit file, newest first. */
export const AUDIT_EXPORT_MAX = 100_000;
/** Ids written per entry into a file cell (spreadsheet cells hold 32,767 characters). */
export const AUDIT_FILE_IDS = 500;
