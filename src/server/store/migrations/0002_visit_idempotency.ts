import { sql, type Kysely } from 'kysely';

// A visit's idempotency record moves into its own row: the mutation id (already unique), the hash
// of what was sent, the device's sequence number and the time it was applied. A push then stores
// a visit and proves it applied with one INSERT … ON CONFLICT DO NOTHING, instead of a second row
// in `mutations` checked by a foreign key. Existing records are copied over, and `mutations`
// becomes a view of the visits' records, so the log of applied mutations reads as before.

const RESULT = sql`jsonb_build_object('appliedAt',
  to_char(applied_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table visits
    add column payload_hash text,
    add column seq bigint,
    add column applied_at timestamptz`.execute(db);
  await sql`update visits v
    set payload_hash = m.payload_hash,
        seq = m.seq,
        applied_at = (m.result->>'appliedAt')::timestamptz
    from mutations m
    where m.id = v.mutation_id`.execute(db);
  await sql`alter table visits
    alter column payload_hash set not null,
    alter column seq set not null,
    alter column applied_at set not null,
    drop constraint visits_mutation_id_fkey`.execute(db);
  await sql`drop table mutations`.execute(db);
  await sql`create view mutations as
    select mutation_id as id, device_id, user_id, seq, 'visit.create'::text as type, payload_hash,
      ${RESULT} as result, received_at
    from visits`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view mutations`.execute(db);
  await sql`create table mutations (
    id uuid primary key,
    device_id uuid not null references devices (id),
    user_id uuid not null references users (id),
    seq bigint not null,
    type text not null,
    payload_hash text not null,
    result jsonb not null,
    received_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index mutations_device_seq on mutations (device_id, seq)`.execute(db);
  await sql`insert into mutations (id, device_id, user_id, seq, type, payload_hash, result, received_at)
    select mutation_id, device_id, user_id, seq, 'visit.create', payload_hash, ${RESULT}, received_at
    from visits`.execute(db);
  await sql`alter table visits
    add constraint visits_mutation_id_fkey foreign key (mutation_id) references mutations (id),
    drop column applied_at,
    drop column seq,
    drop column payload_hash`.execute(db);
}
