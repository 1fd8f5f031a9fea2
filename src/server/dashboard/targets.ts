import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';

// Coverage targets live in the settings table, one row per unit that has its own:
// key "coverage_target:<unit code>", value the whole percent. No row: the default (80%).

const PREFIX = 'coverage_target:';

export async function coverageTargets(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'like', `${PREFIX}%`)
    .execute();
  return new Map(rows.map((r) => [r.key.slice(PREFIX.length), Number(r.value)]));
}

export async function setCoverageTarget(
  db: Kysely<Database>,
  unitCode: string,
  percent: number | null,
): Promise<void> {
  const key = `${PREFIX}${unitCode}`;
  if (percent === null) {
    await db.deleteFrom('settings').where('key', '=', key).execute();
    return;
  }
  await db
    .insertInto('settings')
    .values({ key, value: String(percent) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(percent) }))
    .execute();
}
