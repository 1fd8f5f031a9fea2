import { sql, type Kysely } from 'kysely';

// Roster import sessions (issue 7): the browser stages the file's accepted rows here in chunks,
// the server reports what a commit would do, and one transaction commits it. A committed session
// keeps its result, so a repeated commit answers the same without writing again.
// `roster_version` is the roster's highest change_seq when the report was made: a commit is
// refused when the roster has changed since.

const statements = [
  sql`create table roster_imports (
    id uuid primary key,
    created_by uuid not null references users (id),
    created_at timestamptz not null default now(),
    file_name text not null,
    status text not null default 'staging' check (status in ('staging', 'committed')),
    roster_version bigint,
    result jsonb,
    committed_at timestamptz
  )`,
  sql`create table roster_import_rows (
    import_id uuid not null references roster_imports (id) on delete cascade,
    row_number integer not null,
    entry jsonb,
    held_key text,
    primary key (import_id, row_number),
    check ((entry is null) <> (held_key is null))
  )`,
  // The roster's version is max(change_seq): read from an index, not a scan of every entry.
  sql`create index beneficiaries_change_seq on beneficiaries (change_seq)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index beneficiaries_change_seq`.execute(db);
  await sql`drop table roster_import_rows`.execute(db);
  await sql`drop table roster_imports`.execute(db);
}
