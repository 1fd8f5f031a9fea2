import { sql, type Kysely } from 'kysely';

// The first schema. Shipped migrations are never edited: add 0002_… instead.
//
// Every row a device may pull carries `change_seq` from one sequence, so a single number is the
// pull cursor across roster entries, visits and account openings. Writers take an advisory lock
// just before they draw numbers and hold it until commit, so numbers become visible in order
// and a reader never skips a row that commits late.

const statements = [
  sql`create sequence change_seq`,
  sql`create table admin_units (
    code text primary key,
    name text not null,
    level text not null,
    parent_code text references admin_units (code)
  )`,
  sql`create index admin_units_parent on admin_units (parent_code)`,
  sql`create table providers (id text primary key, name text not null, kind text not null)`,
  sql`create table provider_units (
    provider_id text not null references providers (id),
    unit_code text not null references admin_units (code),
    primary key (provider_id, unit_code)
  )`,
  sql`create table users (
    id uuid primary key,
    username text not null unique,
    display_name text not null,
    role text not null check (role in ('field_worker', 'provider_agent', 'supervisor', 'admin')),
    password_hash text not null,
    provider_id text references providers (id),
    failed_logins integer not null default 0,
    locked_until timestamptz,
    created_at timestamptz not null default now(),
    disabled_at timestamptz,
    check ((role = 'provider_agent') = (provider_id is not null))
  )`,
  sql`create table user_units (
    user_id uuid not null references users (id),
    unit_code text not null references admin_units (code),
    primary key (user_id, unit_code)
  )`,
  sql`create table devices (
    id uuid primary key,
    label text not null,
    registered_by uuid not null references users (id),
    registered_at timestamptz not null default now(),
    last_user_id uuid not null references users (id),
    last_seen_at timestamptz not null default now(),
    revoked_at timestamptz,
    revoked_by uuid references users (id)
  )`,
  sql`create table sessions (
    id uuid primary key,
    user_id uuid not null references users (id),
    device_id uuid not null references devices (id),
    refresh_hash text not null,
    previous_hash text,
    rotated_at timestamptz,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked_at timestamptz
  )`,
  sql`create table heartbeats (
    device_id uuid primary key references devices (id),
    user_id uuid not null references users (id),
    received_at timestamptz not null,
    pending_count integer not null,
    oldest_pending_at timestamptz,
    app_version text not null,
    storage_used_bytes bigint not null,
    storage_quota_bytes bigint,
    last_error text
  )`,
  sql`create table beneficiaries (
    id uuid primary key,
    commune_code text not null references admin_units (code),
    data jsonb not null,
    change_seq bigint not null default nextval('change_seq'),
    removed_at timestamptz
  )`,
  sql`create index beneficiaries_changes on beneficiaries (commune_code, change_seq)`,
  sql`create table mutations (
    id uuid primary key,
    device_id uuid not null references devices (id),
    user_id uuid not null references users (id),
    seq bigint not null,
    type text not null,
    payload_hash text not null,
    result jsonb not null,
    received_at timestamptz not null default now()
  )`,
  sql`create index mutations_device_seq on mutations (device_id, seq)`,
  sql`create table visits (
    id uuid primary key,
    mutation_id uuid not null unique references mutations (id),
    beneficiary_id uuid not null references beneficiaries (id),
    commune_code text not null,
    device_id uuid not null references devices (id),
    user_id uuid not null references users (id),
    visited_at timestamptz not null,
    outcome text not null,
    data jsonb not null,
    received_at timestamptz not null default now(),
    change_seq bigint not null default nextval('change_seq')
  )`,
  sql`create index visits_changes on visits (commune_code, change_seq)`,
  sql`create index visits_beneficiary on visits (beneficiary_id, visited_at)`,
  sql`create table attachment_blobs (
    sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size integer not null,
    bytes bytea not null,
    created_at timestamptz not null default now()
  )`,
  sql`create table attachments (
    id uuid primary key,
    sha256 text not null references attachment_blobs (sha256),
    mime_type text not null,
    kind text not null,
    device_id uuid not null references devices (id),
    user_id uuid not null references users (id),
    created_at timestamptz not null default now()
  )`,
  sql`create table account_openings (
    beneficiary_id uuid not null references beneficiaries (id),
    provider_id text not null references providers (id),
    commune_code text not null,
    status text not null,
    updated_at timestamptz not null,
    change_seq bigint not null default nextval('change_seq'),
    primary key (beneficiary_id, provider_id)
  )`,
  sql`create index account_openings_changes on account_openings (commune_code, change_seq)`,
  sql`create table review_flags (
    id uuid primary key,
    beneficiary_id uuid not null references beneficiaries (id),
    commune_code text not null,
    reason text not null,
    visit_ids jsonb not null,
    created_at timestamptz not null default now(),
    resolved_at timestamptz,
    resolved_by uuid references users (id),
    unique (beneficiary_id, reason, visit_ids)
  )`,
  sql`create index review_flags_open on review_flags (commune_code) where resolved_at is null`,
  sql`create table settings (key text primary key, value text not null)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'settings',
    'review_flags',
    'account_openings',
    'attachments',
    'attachment_blobs',
    'visits',
    'mutations',
    'beneficiaries',
    'heartbeats',
    'sessions',
    'devices',
    'user_units',
    'users',
    'provider_units',
    'providers',
    'admin_units',
  ];
  for (const table of tables) await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`drop sequence change_seq`.execute(db);
}
