import { sql, type Kysely } from 'kysely';
import type { Database, Role } from '../store/schema';

// Which administrative units a user may see: the units assigned to them (field workers and
// supervisors) or served by their provider (provider agents), with every unit below them.
// `null` means everything (admin).

export async function visibleUnits(
  db: Kysely<Database>,
  user: { id: string; role: Role; providerId: string | null },
): Promise<string[] | null> {
  if (user.role === 'admin') return null;
  const roots =
    user.role === 'provider_agent'
      ? sql`select unit_code as code from provider_units where provider_id = ${user.providerId}`
      : sql`select unit_code as code from user_units where user_id = ${user.id}`;
  const result = await sql<{ code: string }>`
    with recursive scope(code) as (
      ${roots}
      union
      select a.code from admin_units a join scope s on a.parent_code = s.code
    )
    select code from scope order by code`.execute(db);
  return result.rows.map((r) => r.code);
}

export function callerUnits(
  db: Kysely<Database>,
  caller: { userId: string; role: Role; providerId: string | null },
): Promise<string[] | null> {
  return visibleUnits(db, { id: caller.userId, role: caller.role, providerId: caller.providerId });
}
