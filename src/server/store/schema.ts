import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../shared/schemas/auth';

// Row types of the server database, as Kysely sees them. The records inside `data` columns are
// the shared zod schemas' output (Beneficiary, Visit …), validated before they are written.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** int8 comes back as string (pg) or number/bigint (PGlite): read it through `toNumber`. */
type BigIntColumn = ColumnType<
  string | number | bigint,
  number | bigint | string,
  number | bigint | string
>;
type Json = ColumnType<unknown, string, string>;
/** Drawn from the change_seq sequence by the column default. */
type ChangeSeq = ColumnType<string | number | bigint, never, number>;

export type { Role };

export interface AdminUnitTable {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
}

export interface ProviderTable {
  id: string;
  name: string;
  kind: string;
}

export interface ProviderUnitTable {
  provider_id: string;
  unit_code: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  provider_id: string | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  created_at: Generated<Date>;
  disabled_at: Date | null;
}

export interface UserUnitTable {
  user_id: string;
  unit_code: string;
}

export interface DeviceTable {
  id: string;
  label: string;
  registered_by: string;
  registered_at: Generated<Date>;
  last_user_id: string;
  last_seen_at: Timestamp;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  device_id: string;
  refresh_hash: string;
  /** The token before the last rotation, honoured briefly in case its answer was lost. */
  previous_hash: string | null;
  rotated_at: Date | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  revoked_at: Date | null;
}

export interface HeartbeatTable {
  device_id: string;
  user_id: string;
  received_at: Timestamp;
  pending_count: number;
  oldest_pending_at: Date | string | null;
  app_version: string;
  storage_used_bytes: BigIntColumn;
  storage_quota_bytes: BigIntColumn | null;
  last_error: string | null;
}

export interface BeneficiaryTable {
  id: string;
  commune_code: string;
  data: Json;
  change_seq: ChangeSeq;
  removed_at: Date | null;
}

/** A view (migration 0002): every applied mutation, read from the visit it created. */
export interface MutationTable {
  id: string;
  device_id: string;
  user_id: string;
  seq: BigIntColumn;
  type: string;
  payload_hash: string;
  result: Json;
  received_at: Generated<Date>;
}

export interface VisitTable {
  id: string;
  /** The idempotency record of the mutation that created the visit (unique). */
  mutation_id: string;
  payload_hash: string;
  seq: BigIntColumn;
  applied_at: Timestamp;
  beneficiary_id: string;
  commune_code: string;
  device_id: string;
  user_id: string;
  visited_at: Timestamp;
  outcome: string;
  data: Json;
  received_at: Generated<Date>;
  change_seq: ChangeSeq;
}

export interface AttachmentBlobTable {
  sha256: string;
  size: number;
  bytes: Uint8Array;
  created_at: Generated<Date>;
}

export interface AttachmentTable {
  id: string;
  sha256: string;
  mime_type: string;
  kind: string;
  device_id: string;
  user_id: string;
  created_at: Generated<Date>;
}

export interface AccountOpeningTable {
  beneficiary_id: string;
  provider_id: string;
  commune_code: string;
  status: string;
  updated_at: Timestamp;
  change_seq: ChangeSeq;
}

export interface ReviewFlagTable {
  id: string;
  beneficiary_id: string;
  commune_code: string;
  reason: string;
  visit_ids: Json;
  created_at: Generated<Date>;
  resolved_at: Date | null;
  resolved_by: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface ProviderChannelTable {
  provider_id: string;
  /** "bank:<BIN>", "wallet:<wallet id>", "post_office_cash" or "cash_at_home" (shared/exports/channels). */
  channel: string;
}

export interface ExportTable {
  id: string;
  list: string;
  format: string;
  provider_id: string | null;
  unit_code: string | null;
  created_by: string;
  device_id: string | null;
  created_at: Generated<Date>;
  cursor_from: BigIntColumn;
  cursor_to: BigIntColumn;
  row_count: number;
  sha256: string;
  file_name: string;
  size: number;
  bytes: Uint8Array;
}

export interface ReportedEntryTable {
  commune_code: string;
  beneficiary_id: string;
  export_id: string;
  data: Json;
}

export interface AuditLogTable {
  id: Generated<string | number | bigint>;
  at: Generated<Date>;
  user_id: string | null;
  role: string | null;
  device_id: string | null;
  action: string;
  target_type: string | null;
  target_ids: Json;
  outcome: string;
  status: number;
}

export interface Database {
  admin_units: AdminUnitTable;
  providers: ProviderTable;
  provider_units: ProviderUnitTable;
  users: UserTable;
  user_units: UserUnitTable;
  devices: DeviceTable;
  sessions: SessionTable;
  heartbeats: HeartbeatTable;
  beneficiaries: BeneficiaryTable;
  mutations: MutationTable;
  visits: VisitTable;
  attachment_blobs: AttachmentBlobTable;
  attachments: AttachmentTable;
  account_openings: AccountOpeningTable;
  review_flags: ReviewFlagTable;
  settings: SettingTable;
  provider_channels: ProviderChannelTable;
  exports: ExportTable;
  reported_entries: ReportedEntryTable;
  audit_log: AuditLogTable;
}

export function toNumber(value: string | number | bigint): number {
  return typeof value === 'number' ? value : Number(value);
}
