import { sql, type Kysely } from 'kysely';

// A provider's account work (issue 7): each step an agent records (account opened, card issued,
// shown how to use it safely) is a row of `account_updates`, carrying its own idempotency record
// like a visit; `account_openings` keeps where each account stands, folded from those rows, for
// devices to pull. Providers learn which payment choices are theirs (a bank's BIN, a wallet), and
// the `mutations` view lists account steps next to visits.

const RESULT = sql`jsonb_build_object('appliedAt',
  to_char(applied_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table providers
    add column bank_bin text check (bank_bin ~ '^[0-9]{6}$'),
    add column wallet_provider text`.execute(db);
  // The demo provider seeded before this migration is VietinBank.
  await sql`update providers set bank_bin = '970415'
    where id = 'vietinbank-ls' and kind = 'bank' and bank_bin is null`.execute(db);
  await sql`create table account_updates (
    id uuid primary key,
    mutation_id uuid not null unique,
    payload_hash text not null,
    seq bigint not null,
    applied_at timestamptz not null,
    beneficiary_id uuid not null references beneficiaries (id),
    provider_id text not null references providers (id),
    commune_code text not null,
    step text not null check (step in ('opened', 'card_issued', 'safe_use_shown')),
    device_id uuid not null references devices (id),
    user_id uuid not null references users (id),
    data jsonb not null,
    received_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index account_updates_account on account_updates (beneficiary_id, provider_id)`.execute(
    db,
  );
  await sql`alter table account_openings
    add column account_number text,
    add column opened_on text,
    add column card_issued_on text,
    add column safe_use_shown_on text,
    add column updated_by uuid references users (id),
    add column device_id uuid references devices (id)`.execute(db);
  await sql`drop view mutations`.execute(db);
  await sql`create view mutations as
    select mutation_id as id, device_id, user_id, seq, 'visit.create'::text as type, payload_hash,
      ${RESULT} as result, received_at
    from visits
    union all
    select mutation_id, device_id, user_id, seq, 'account.update'::text, payload_hash,
      ${RESULT}, received_at
    from account_updates`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view mutations`.execute(db);
  await sql`create view mutations as
    select mutation_id as id, device_id, user_id, seq, 'visit.create'::text as type, payload_hash,
      ${RESULT} as result, received_at
    from visits`.execute(db);
  await sql`alter table account_openings
    drop column device_id,
    drop column updated_by,
    drop column safe_use_shown_on,
    drop column card_issued_on,
    drop column opened_on,
    drop column account_number`.execute(db);
  await sql`drop table account_updates`.execute(db);
  await sql`alter table providers drop column wallet_provider, drop column bank_bin`.execute(db);
}
