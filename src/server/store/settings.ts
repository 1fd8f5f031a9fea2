import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The key that signs access tokens: TOKEN_SECRET when set, otherwise one generated on first start
 * and kept in the database, so every server process on the same database agrees on it.
 */
export async function tokenSecret(
  db: Kysely<Database>,
  fromEnv: string | undefined,
): Promise<string> {
  if (fromEnv) return fromEnv;
  await db
    .insertInto('settings')
    .values({ key: 'token_secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'token_secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
