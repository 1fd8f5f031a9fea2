import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m0001 from './migrations/0001_initial';
import * as m0002 from './migrations/0002_visit_idempotency';
import * as m0005 from './migrations/0005_exports_audit';

// Migrations are listed here (not read from disk) so they run the same under tsx, a bundle or
// tests; names sort in the order they apply.
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': m0001,
  '0002_visit_idempotency': m0002,
  '0005_exports_audit': m0005,
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
