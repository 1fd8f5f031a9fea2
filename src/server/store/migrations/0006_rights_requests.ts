import { sql, type Kysely } from 'kysely';

// Data-subject rights (Decree 13/2023): requests to withdraw consent or erase a person's data,
// carried out by a server job within 72 hours. A carried-out request draws a change_seq so
// devices pull it and mark or purge the person. Erasure leaves non-personal tombstones: the
// roster row and visit rows keep their ids, commune, dates and outcome for the audit and counts.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table rights_requests (
    id uuid primary key,
    beneficiary_id uuid not null references beneficiaries (id),
    commune_code text not null,
    kind text not null check (kind in ('withdraw_consent', 'erase')),
    requested_by text not null,
    channel text not null,
    note text not null,
    received_at timestamptz not null,
    recorded_by uuid not null references users (id),
    recorded_at timestamptz not null,
    due_at timestamptz not null,
    state text not null default 'pending' check (state in ('pending', 'done')),
    completed_at timestamptz,
    change_seq bigint
  )`.execute(db);
  await sql`create index rights_requests_changes on rights_requests (commune_code, change_seq)
    where change_seq is not null`.execute(db);
  await sql`create index rights_requests_pending on rights_requests (due_at)
    where state = 'pending'`.execute(db);
  await sql`create index rights_requests_beneficiary on rights_requests (beneficiary_id)`.execute(
    db,
  );
  await sql`alter table beneficiaries
    add column withdrawn_at timestamptz,
    add column erased_at timestamptz`.execute(db);
  await sql`alter table visits add column erased_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table visits drop column erased_at`.execute(db);
  await sql`alter table beneficiaries drop column erased_at, drop column withdrawn_at`.execute(db);
  await sql`drop table rights_requests`.execute(db);
}
