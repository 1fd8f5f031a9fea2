// npm run bench:ingest — the server alone: N visits pushed over HTTP on loopback in batches, on
// PGlite and, when DATABASE_URL is set, on PostgreSQL; next to it the very rows the push stored,
// written again by plain batched INSERTs into same-shaped tables in the same database (the
// ceiling). Writes its section of docs/benchmarks.md ("## Push ingest").
import { loadavg } from 'node:os';
import { sql, type Kysely } from 'kysely';
import { buildApp } from '../src/server/app';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/server/demo/seed';
import type { StoreKind } from '../src/server/store/db';
import type { Database } from '../src/server/store/schema';
import { newId } from '../src/shared/ids';
import { visit } from '../test/shared/schemas/samples';
import { machineLine, writeBenchSection } from './lib/benchmarksDoc';
import { openBenchStore } from './lib/benchStore';

const VISITS = Number(process.env.BENCH_INGEST_VISITS ?? 5_000);
const BATCH = Number(process.env.BENCH_INGEST_BATCH ?? 500);
const ROUNDS = Number(process.env.BENCH_INGEST_ROUNDS ?? 3);
const COMMUNE = '06004'; // assigned to the demo field worker "canbo"

interface Run {
  kind: StoreKind;
  pushMs: number;
  ceilingMs: number;
  tables: string[];
}

async function post(base: string, url: string, body: unknown, token?: string) {
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Copies of the tables the push wrote, with the same columns, indexes, defaults and keys. */
const COPIES: Record<string, string[]> = {
  mutations: [
    'add foreign key (device_id) references devices (id)',
    'add foreign key (user_id) references users (id)',
  ],
  visits: [
    'add foreign key (beneficiary_id) references beneficiaries (id)',
    'add foreign key (device_id) references devices (id)',
    'add foreign key (user_id) references users (id)',
  ],
};

/** The ceiling: every row the push stored for the device, inserted again in batches of BATCH. */
async function ceiling(db: Kysely<Database>, deviceId: string) {
  const loose = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of Object.keys(COPIES)) {
    // A view (`mutations` since migration 0002) is not written by the push.
    const kind = await sql<{
      base: boolean;
    }>`select relkind = 'r' as base from pg_class where oid = ${table}::regclass`.execute(db);
    if (!kind.rows[0]?.base) continue;
    const stored = await loose
      .selectFrom(table)
      .selectAll()
      .where('device_id', '=', deviceId)
      .execute();
    if (stored.length === 0) continue;
    rows[table] = stored.map((r) => {
      const { change_seq: _seq, received_at: _at, ...rest } = r;
      for (const [k, v] of Object.entries(rest)) {
        if (v !== null && typeof v === 'object' && !(v instanceof Date))
          rest[k] = JSON.stringify(v);
      }
      return rest;
    });
    await sql`create table ${sql.table(`ceiling_${table}`)} (like ${sql.table(table)} including all)`.execute(
      db,
    );
    await sql`alter table ${sql.table(`ceiling_${table}`)} ${sql.raw(COPIES[table]!.join(', '))}`.execute(
      db,
    );
  }
  const tables = Object.keys(rows);
  const started = performance.now();
  for (let i = 0; i < VISITS; i += BATCH) {
    await loose.transaction().execute(async (trx) => {
      for (const table of tables) {
        await trx
          .insertInto(`ceiling_${table}`)
          .values(rows[table]!.slice(i, i + BATCH))
          .execute();
      }
    });
  }
  const ms = performance.now() - started;
  for (const table of tables) await sql`drop table ${sql.table(`ceiling_${table}`)}`.execute(db);
  return { ms, tables };
}

async function pushRound(base: string, db: Kysely<Database>, roster: { id: string }[]) {
  const deviceId = newId();
  const session = await post(base, '/api/auth/login', {
    username: 'canbo',
    password: DEMO_PASSWORD,
    deviceId,
    deviceLabel: 'bench',
  });
  const token = session.accessToken as string;
  const mutations = Array.from({ length: VISITS }, (_, i) => ({
    id: newId(),
    deviceId,
    seq: i + 1,
    type: 'visit.create',
    createdAt: new Date().toISOString(),
    payload: visit({
      beneficiaryId: roster[i % roster.length]!.id,
      communeCode: COMMUNE,
      deviceId,
      workerId: 'canbo',
    }),
  }));
  const started = performance.now();
  for (let i = 0; i < VISITS; i += BATCH) {
    const reply = await post(
      base,
      '/api/sync/push',
      { deviceId, mutations: mutations.slice(i, i + BATCH) },
      token,
    );
    const results = reply.results as { status: string }[];
    if (results.some((r) => r.status !== 'applied')) throw new Error('a push was not applied');
  }
  const pushMs = performance.now() - started;
  const stored = await db
    .selectFrom('visits')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('device_id', '=', deviceId)
    .executeTakeFirstOrThrow();
  if (Number(stored.n) !== VISITS) throw new Error(`server holds ${stored.n} visits`);
  const { ms: ceilingMs, tables } = await ceiling(db, deviceId);
  return { pushMs, ceilingMs, tables };
}

/** One round on a fresh, seeded database: the push, then the ceiling. */
async function roundOn(kind: StoreKind) {
  const { store, drop } = await openBenchStore(kind, 'ingest');
  try {
    await seedDemoIfEmpty(store.db);
    const app = await buildApp({ store, tokenSecret: 'x'.repeat(40) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const roster = await store.db
        .selectFrom('beneficiaries')
        .select('id')
        .where('commune_code', '=', COMMUNE)
        .execute();
      return await pushRound(base, store.db, roster);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    await drop();
  }
}

async function runOn(kind: StoreKind): Promise<Run> {
  // Other work shares the 2 cores: the fastest of a few identical rounds counts.
  let pushMs = Infinity;
  let ceilingMs = Infinity;
  let tables: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const one = await roundOn(kind);
    pushMs = Math.min(pushMs, one.pushMs);
    ceilingMs = Math.min(ceilingMs, one.ceilingMs);
    tables = one.tables;
  }
  return { kind, pushMs, ceilingMs, tables };
}

const rate = (ms: number) => Math.round(VISITS / (ms / 1000)).toLocaleString('en-US');
const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

function report(runs: Run[], load: [number, number]): string {
  const rows = runs.map((r) => {
    const name = r.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL';
    return (
      `| ${name} | ${(r.pushMs / 1000).toFixed(2)} s | **${rate(r.pushMs)}** | ` +
      `${rate(r.ceilingMs)} (${(r.ceilingMs / 1000).toFixed(2)} s; ${r.tables.join(' + ')}) | ` +
      `**${pct(r.ceilingMs, r.pushMs)}** |`
    );
  });
  return `## Push ingest (${VISITS.toLocaleString('en-US')} visits, server only)

${machineLine()} Script: \`npm run bench:ingest\`. Aim: push rate ≥ 50% of the ceiling.

One field worker's ${VISITS.toLocaleString('en-US')} visits are pushed to the real server over HTTP on
loopback, ${BATCH} per request, one request after another: the server validates each mutation with the
shared schema, checks scope, stores each visit once with its idempotency record in one transaction per
batch and looks for conflicting visits. The ceiling writes the very rows the push stored again with
plain batched INSERTs, ${BATCH} per transaction, into tables with the same columns, indexes, defaults
and foreign keys, in the same database. Fastest of ${ROUNDS} rounds, each on a fresh copy of the demo data. Load average ${load[0].toFixed(1)} before,
${load[1].toFixed(1)} after (other work shares the 2 cores).

| database | push time | push rate, visits/s | ceiling: batched INSERT, visits/s | push / ceiling |
|---|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

async function main() {
  const loadBefore = loadavg()[0] ?? 0;
  const kinds: StoreKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const runs: Run[] = [];
  for (const kind of kinds) {
    const run = await runOn(kind);
    runs.push(run);
    console.log(
      `${kind}: push ${rate(run.pushMs)} visits/s (${(run.pushMs / 1000).toFixed(2)} s), ` +
        `ceiling ${rate(run.ceilingMs)}/s (${(run.ceilingMs / 1000).toFixed(2)} s) → ` +
        `${pct(run.ceilingMs, run.pushMs)}`,
    );
  }
  if (process.env.BENCH_INGEST_WRITE !== '0') {
    writeBenchSection('ingest', report(runs, [loadBefore, loadavg()[0] ?? 0]));
    console.log('docs/benchmarks.md updated');
  }
}

await main();
