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
  /** Banks: the BIN a beneficiary's bank choice names (migration 0004). */
  bank_bin: ColumnType<string | null, string | null | undefined, string | null>;
  /** Wallets: the wallet id a beneficiary's wallet choice names (migration 0004). */
  wallet_provider: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Wraps the device's data key (base64url, 32 bytes); null once revoked. */
  wrap_secret: string | null;
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
  /** Consent withdrawn (migration 0006): no further processing, left out of provider exports. */
  withdrawn_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Personal data erased on request: `data` is a tombstone, the row stays removed. */
  erased_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
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
  /** Erased on request (migration 0006): `data` is a tombstone and the visit is not pulled. */
  erased_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
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
  /** Migration 0004: the account as folded from its account_updates rows. */
  account_number: ColumnType<string | null, string | null | undefined, string | null>;
  opened_on: ColumnType<string | null, string | null | undefined, string | null>;
  card_issued_on: ColumnType<string | null, string | null | undefined, string | null>;
  safe_use_shown_on: ColumnType<string | null, string | null | undefined, string | null>;
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  device_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One step of a provider's account work, with its mutation's idempotency record (0004). */
export interface AccountUpdateTable {
  id: string;
  mutation_id: string;
  payload_hash: string;
  seq: BigIntColumn;
  applied_at: Timestamp;
  beneficiary_id: string;
  provider_id: string;
  commune_code: string;
  step: string;
  device_id: string;
  user_id: string;
  data: Json;
  received_at: Generated<Date>;
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

export interface RosterImportTable {
  id: string;
  created_by: string;
  created_at: Generated<Date>;
  file_name: string;
  status: Generated<'staging' | 'committed'>;
  /** The roster's highest change_seq when the report was made; null until then. */
  roster_version: BigIntColumn | null;
  result: Json | null;
  committed_at: Date | null;
}

/** One staged row: an accepted entry, or the matching key of a rejected row (held, not removed). */
export interface RosterImportRowTable {
  import_id: string;
  row_number: number;
  entry: Json | null;
  held_key: string | null;
}

export interface RightsRequestTable {
  id: string;
  beneficiary_id: string;
  commune_code: string;
  kind: string;
  requested_by: string;
  channel: string;
  note: string;
  received_at: Timestamp;
  recorded_by: string;
  recorded_at: Timestamp;
  due_at: Timestamp;
  state: Generated<string>;
  completed_at: Date | null;
  change_seq: ColumnType<string | number | bigint | null, never, number | null>;
}

export interface SettingTable {
  key: string;
  value: string;
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
  account_updates: AccountUpdateTable;
  review_flags: ReviewFlagTable;
  settings: SettingTable;
  roster_imports: RosterImportTable;
  roster_import_rows: RosterImportRowTable;
  rights_requests: RightsRequestTable;
  exports: ExportTable;
  reported_entries: ReportedEntryTable;
  audit_log: AuditLogTable;
}

export function toNumber(value: string | number | bigint): number {
  return typeof value === 'number' ? value : Number(value);
}
