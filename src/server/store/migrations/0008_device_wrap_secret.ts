import { sql, type Kysely } from 'kysely';

// Encryption at rest on the tablets: each device registration (one user on one tablet) gets a
// random secret that wraps that device's data key. The server hands it over only in answer to a
// password login, and forgets it when the device is revoked.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table devices add column wrap_secret text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table devices drop column wrap_secret`.execute(db);
}
