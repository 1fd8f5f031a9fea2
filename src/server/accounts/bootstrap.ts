import type { Kysely } from 'kysely';
import { isEmpty } from '../demo/seed';
import type { Database } from '../store/schema';
import { createUser } from './users';

export const FIRST_ADMIN = 'quantri';

/**
 * A deployment without the demo starts with no account at all: ADMIN_PASSWORD creates the first
 * admin, who then loads the units and creates the other accounts through the API.
 */
export async function bootstrapAdmin(
  db: Kysely<Database>,
  password: string | undefined,
): Promise<'created' | 'exists' | 'missing'> {
  if (!(await isEmpty(db))) return 'exists';
  if (!password) return 'missing';
  await createUser(db, {
    username: FIRST_ADMIN,
    displayName: 'Quản trị hệ thống',
    role: 'admin',
    password,
    unitCodes: [],
    providerId: null,
  });
  return 'created';
}
