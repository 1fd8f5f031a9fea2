import { sql, type Kysely } from 'kysely';

// The office's monthly lists and the audit log.
// - exports: every list produced — who, when, which list, for which provider or commune, the
//   change_seq range it covers, its row count and SHA-256, and the file itself, so a past export
//   downloads again byte for byte.
// - reported_entries: per commune, each entry as the last increase/decrease/adjustment list
//   reported it; the next list compares against it, so it tells an increase from an adjustment.
// - audit_log: who did what to which records (ids only), when, from which device, and how it ended.

const statements = [
  sql`create table exports (
    id uuid primary key,
    list text not null,
    format text not null,
    provider_id text references providers (id),
    unit_code text references admin_units (code),
    created_by uuid not null references users (id),
    device_id uuid,
    created_at timestamptz not null default now(),
    cursor_from bigint not null,
    cursor_to bigint not null,
    row_count integer not null,
    sha256 text not null,
    file_name text not null,
    size integer not null,
    bytes bytea not null,
    check ((provider_id is null) <> (unit_code is null))
  )`,
  sql`create index exports_recent on exports (created_at desc)`,
  sql`create index exports_subject on exports (list, unit_code, provider_id, created_at desc)`,
  sql`create table reported_entries (
    commune_code text not null references admin_units (code),
    beneficiary_id uuid not null references beneficiaries (id),
    export_id uuid not null references exports (id),
    data jsonb not null,
    primary key (commune_code, beneficiary_id)
  )`,
  sql`create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    user_id uuid,
    role text,
    device_id uuid,
    action text not null,
    target_type text,
    target_ids jsonb not null default '[]',
    outcome text not null,
    status integer not null
  )`,
  sql`create index audit_log_at on audit_log (at desc)`,
  sql`create index audit_log_user on audit_log (user_id, at desc)`,
  sql`create index audit_log_action on audit_log (action, at desc)`,
  sql`create index audit_log_targets on audit_log using gin (target_ids jsonb_path_ops)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'reported_entries', 'exports']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
