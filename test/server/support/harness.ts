import { createHash, randomUUID } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { buildApp, type AppOptions } from '../../../src/server/app';
import { hashPassword } from '../../../src/server/auth/passwords';
import { seedDemoIfEmpty } from '../../../src/server/demo/seed';
import { openStore, type Store, type StoreKind } from '../../../src/server/store/db';
import type { Role } from '../../../src/shared/schemas/auth';

// Every server suite runs over real HTTP on loopback against real databases: PGlite always, and
// PostgreSQL too when DATABASE_URL is set (each file in a schema of its own, dropped afterwards).

export const TEST_TOKEN_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
export const SMALL_ROSTER = 600;

export function backends(): StoreKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface Database {
  kind: StoreKind;
  dataDir: string;
  schema: string;
}

/**
 * Where a test's data lives; open it (again) with `openTestStore`. PGlite data starts as a copy of
 * a template (initdb, migrations and the demo seed cost several seconds per suite, a copy about
 * one); `empty: true` gives a bare cluster for the migration test.
 */
export async function newDatabase(kind: StoreKind, { empty = false } = {}): Promise<Database> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ghidanh-server-'));
  if (kind === 'pglite') {
    const template = await pgliteTemplate(empty);
    cpSync(path.join(template, 'pglite'), path.join(dataDir, 'pglite'), { recursive: true });
  }
  return { kind, dataDir, schema: `t_${randomUUID().replaceAll('-', '').slice(0, 20)}` };
}

const ROOT = path.join(import.meta.dirname, '../../..');
/** What a seeded template depends on: a change to any of these files builds a new one. */
const TEMPLATE_SOURCES = [
  'src/server/store',
  'src/server/demo',
  'src/shared/demo',
  'src/shared/schemas',
];

function templateKey(empty: boolean): string {
  const hash = createHash('sha256');
  const pkg = path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json');
  hash.update(readFileSync(pkg));
  if (!empty) {
    hash.update(String(SMALL_ROSTER));
    for (const dir of TEMPLATE_SOURCES) {
      for (const file of (
        readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]
      ).sort()) {
        const full = path.join(ROOT, dir, file);
        if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
      }
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Templates made for older sources are 40 MB each: drop those untouched for an hour. */
function pruneOldTemplates(current: string): void {
  const prefix = path.basename(current).replace(/-[0-9a-f]+$/, '-');
  for (const name of readdirSync(tmpdir())) {
    const full = path.join(tmpdir(), name);
    if (!name.startsWith(prefix) || full === current) continue;
    if (Date.now() - statSync(full).mtimeMs > 3_600_000)
      rmSync(full, { recursive: true, force: true });
  }
}

async function pgliteTemplate(empty: boolean): Promise<string> {
  const template = path.join(
    tmpdir(),
    `ghidanh-pglite-${empty ? 'empty' : 'seeded'}-${templateKey(empty)}`,
  );
  if (existsSync(template)) return template;
  const building = mkdtempSync(`${template}-building-`);
  if (empty) {
    await (await PGlite.create(path.join(building, 'pglite'))).close();
  } else {
    const store = await openStore({ dataDir: building });
    await seedDemoIfEmpty(store.db, SMALL_ROSTER);
    await store.close();
  }
  try {
    renameSync(building, template); // atomic: suites running in parallel race, one wins
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  pruneOldTemplates(template);
  return template;
}

export function openTestStore(database: Database): Promise<Store> {
  return database.kind === 'postgres'
    ? openStore({ databaseUrl: process.env.DATABASE_URL, schema: database.schema })
    : openStore({ dataDir: database.dataDir });
}

export async function dropDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${database.schema}" cascade`);
    await client.end();
  }
  rmSync(database.dataDir, { recursive: true, force: true });
}

export interface TestServer {
  base: string;
  app: FastifyInstance;
  store: Store;
  database: Database;
  /** Stops the server; `drop` also deletes the data. */
  close(options?: { drop?: boolean }): Promise<void>;
}

export async function startServer(
  kind: StoreKind | Database,
  { seed = true, ...options }: Partial<AppOptions> & { seed?: boolean } = {},
): Promise<TestServer> {
  const database = typeof kind === 'string' ? await newDatabase(kind, { empty: !seed }) : kind;
  const store = await openTestStore(database);
  if (seed) await seedDemoIfEmpty(store.db, SMALL_ROSTER);
  const app = await buildApp({ store, tokenSecret: TEST_TOKEN_SECRET, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    app,
    store,
    database,
    async close({ drop = true } = {}) {
      await app.close();
      await store.close();
      if (drop) await dropDatabase(database);
    },
  };
}

/** An extra account for scope tests (the demo has one per role). */
export async function addUser(
  store: Store,
  user: { username: string; role: Role; units: string[]; password?: string },
): Promise<string> {
  const id = randomUUID();
  await store.db
    .insertInto('users')
    .values({
      id,
      username: user.username,
      display_name: user.username,
      role: user.role,
      password_hash: await hashPassword(user.password ?? 'ghidanh-demo'),
      provider_id: user.role === 'provider_agent' ? 'vietinbank-ls' : null,
      locked_until: null,
      disabled_at: null,
    })
    .execute();
  if (user.units.length) {
    await store.db
      .insertInto('user_units')
      .values(user.units.map((unit_code) => ({ user_id: id, unit_code })))
      .execute();
  }
  return id;
}

/** A roster entry in `commune` (the demo roster spreads people over every commune). */
export async function beneficiaryIn(store: Store, commune: string, skip = 0): Promise<string> {
  const row = await store.db
    .selectFrom('beneficiaries')
    .select('id')
    .where('commune_code', '=', commune)
    .orderBy('id')
    .offset(skip)
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function count(
  store: Store,
  table:
    'visits' | 'mutations' | 'attachments' | 'attachment_blobs' | 'review_flags' | 'heartbeats',
): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Starting PGlite (initdb, migrations, demo seed) takes seconds, more when suites run in parallel. */
export const STARTUP_MS = 60_000;
