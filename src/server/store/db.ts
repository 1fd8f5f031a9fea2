import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { lockDataDir } from './dataDirLock';
import { migrateToLatest } from './migrate';
import { PGliteDialect } from './pgliteDialect';
import type { Database } from './schema';

export type StoreKind = 'pglite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  kind: StoreKind;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PGlite keeps its files in `<dataDir>/pglite`; ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** A PostgreSQL URL switches from the embedded PGlite to that server. */
  databaseUrl?: string;
  /** PostgreSQL only: work inside this schema (created if missing), e.g. one per test file. */
  schema?: string;
}

/** Opens the database named by the options and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
    : await openPglite(options.dataDir);
  try {
    await migrateToLatest(
      store.db as Kysely<unknown>,
      options.databaseUrl ? options.schema : undefined,
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  let dir: string | undefined;
  let unlock = () => {};
  if (dataDir) {
    dir = path.join(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  try {
    const pglite = await PGlite.create(dir);
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      close: () => db.destroy().finally(unlock),
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Tên schema không hợp lệ: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  return { db, kind: 'postgres', close: () => db.destroy() };
}
