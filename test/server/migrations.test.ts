import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { migrateToLatest, MIGRATION_NAMES } from '../../src/server/store/migrate';
import {
  backends,
  STARTUP_MS,
  dropDatabase,
  newDatabase,
  openTestStore,
  type Database,
} from './support/harness';

// One set of migrations brings an empty PGlite or PostgreSQL database to the current schema.

describe.each(backends())('migrations on %s', (kind) => {
  let database: Database | undefined;
  afterAll(() => database && dropDatabase(database));

  test(
    'an empty database is migrated up to the latest schema; running again changes nothing',
    async () => {
      const fresh = await newDatabase(kind, { empty: true });
      database = fresh;
      const store = await openTestStore(fresh);
      try {
        const tables = await store.db.introspection.getTables();
        const names = tables
          .filter((t) => kind === 'pglite' || t.schema === fresh.schema)
          .map((t) => t.name);
        expect(names).toEqual(
          expect.arrayContaining([
            'admin_units',
            'users',
            'devices',
            'sessions',
            'beneficiaries',
            'mutations',
            'visits',
            'attachments',
            'attachment_blobs',
            'account_openings',
            'review_flags',
            'heartbeats',
          ]),
        );
        const applied = await sql<{
          name: string;
        }>`select name from kysely_migration order by name`.execute(store.db);
        expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
        const again = await migrateToLatest(
          store.db as Kysely<unknown>,
          kind === 'postgres' ? fresh.schema : undefined,
        );
        expect(again.results).toEqual([]);
        // The rules the sync protocol relies on are in the schema itself.
        const unique = await sql<{
          indexdef: string;
        }>`select indexdef from pg_indexes where tablename = 'visits'`.execute(store.db);
        expect(unique.rows.map((r) => r.indexdef).join('\n')).toMatch(
          /UNIQUE INDEX .* \(mutation_id\)/,
        );
      } finally {
        await store.close();
      }
    },
    STARTUP_MS,
  );
});

describe('the PGlite data directory', () => {
  test(
    'is used by one server at a time; a lock left by a dead process is taken over',
    async () => {
      const database = await newDatabase('pglite');
      const store = await openTestStore(database);
      try {
        await expect(openTestStore(database)).rejects.toThrow(
          /đang được một máy chủ Ghi Danh khác dùng/,
        );
      } finally {
        await store.close();
      }
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
      writeFileSync(path.join(database.dataDir, 'ghidanh.lock'), gone.stdout.toString());
      const reopened = await openTestStore(database);
      await reopened.close();
      await dropDatabase(database);
    },
    STARTUP_MS,
  );
});
