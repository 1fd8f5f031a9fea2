import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type StoreKind } from '../../src/server/store/db';

/**
 * A throw-away store for one benchmark round: a fresh PGlite directory, or a fresh schema in the
 * PostgreSQL of DATABASE_URL. `drop` removes it afterwards.
 */
export async function openBenchStore(kind: StoreKind, name: string) {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), `ghidanh-bench-${name}-`));
    const store = await openStore({ dataDir });
    return { store, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const schema = `bench_${name}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, schema });
  return {
    store,
    drop: async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}
