import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CreateUserRequest } from '../../shared/schemas/auth';
import { hashPassword } from '../auth/passwords';
import { fieldError } from '../http/errors';
import type { Database } from '../store/schema';

/** Creates an account after checking its units and provider exist; returns the new id. */
export async function createUser(db: Kysely<Database>, user: CreateUserRequest): Promise<string> {
  if (user.unitCodes.length > 0) {
    const known = await db
      .selectFrom('admin_units')
      .select('code')
      .where('code', 'in', user.unitCodes)
      .execute();
    const knownSet = new Set(known.map((k) => k.code));
    const missing = user.unitCodes.findIndex((c) => !knownSet.has(c));
    if (missing >= 0) throw fieldError(`unitCodes.${missing}`, 'protocol.units.unknown');
  }
  if (user.providerId !== null) {
    const provider = await db
      .selectFrom('providers')
      .select('id')
      .where('id', '=', user.providerId)
      .executeTakeFirst();
    if (!provider) throw fieldError('providerId', 'protocol.provider.invalid');
  }
  const id = randomUUID();
  const password_hash = await hashPassword(user.password);
  const created = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('users')
      .values({
        id,
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        password_hash,
        provider_id: user.providerId,
        locked_until: null,
        disabled_at: null,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('id')
      .execute();
    if (inserted.length === 0) return false;
    if (user.unitCodes.length > 0) {
      await trx
        .insertInto('user_units')
        .values(user.unitCodes.map((unit_code) => ({ user_id: id, unit_code })))
        .execute();
    }
    return true;
  });
  if (!created) throw fieldError('username', 'protocol.username.taken', 409, 'username_taken');
  return id;
}
