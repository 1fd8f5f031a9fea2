import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m0001 from './migrations/0001_initial';
import * as m0002 from './migrations/0002_visit_idempotency';
import * as m0003 from './migrations/0003_roster_imports';
import * as m0004 from './migrations/0004_account_work';
import * as m0006 from './migrations/0006_rights_requests';
import * as m0007 from './migrations/0007_exports_audit';
import * as m0008 from './migrations/0008_device_wrap_secret';

// Migrations are listed here (not read from disk) so they run the same under tsx, a bundle or
// tests; names sort in the order they apply. Also used by tests that step the schema down and up.
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': m0001,
  '0002_visit_idempotency': m0002,
  '0003_roster_imports': m0003,
  '0004_account_work': m0004,
  '0006_rights_requests': m0006,
  '0007_exports_audit': m0007,
  '0008_device_wrap_secret': m0008,
};

export async function migrateToLatest(
  db: Kysely<unknown>,
  schema?: string,
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(
      `Không nâng cấp được cơ sở dữ liệu (bước ${failed ?? '?'}): ${String(result.error)}`,
      {
        cause: result.error,
      },
    );
  }
  return result;
}

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);
