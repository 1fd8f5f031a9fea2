import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  backends,
  STARTUP_MS,
  dropDatabase,
  newDatabase,
  openTestStore,
  startServer,
  type Database,
} from './support/harness';
import type { PullResponse } from '../../src/shared/schemas/sync';
import { login, mutationOf, push, visitBy, type Session } from './support/client';

// A server stopped in the middle of a batch loses nothing: the batch either committed whole or
// not at all, and the device's retry after the restart stores each visit exactly once.

const COMMUNE = '06004';
const BATCH = 400;

/** A big batch of visits to the worker's commune, built from the roster the server hands out. */
async function makeBatch(base: string, session: Session) {
  const res = await fetch(`${base}/api/sync/pull?limit=500`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const page = (await res.json()) as {
    changes: { kind: string; record: { id: string; communeCode: string } }[];
  };
  const ids = page.changes
    .filter((c) => c.kind === 'beneficiary' && c.record.communeCode === COMMUNE)
    .map((c) => c.record.id);
  return Array.from({ length: BATCH }, (_, i) =>
    mutationOf(session, visitBy(session, ids[i % ids.length]!, COMMUNE)),
  );
}

async function visitsStored(database: Database, visitIds: string[]): Promise<number> {
  const store = await openTestStore(database);
  const rows = await store.db
    .selectFrom('visits')
    .select('id')
    .where('id', 'in', visitIds)
    .execute();
  await store.close();
  return rows.length;
}

/** Sends the push on a raw socket and resolves once the request is fully written. */
function sendAndForget(port: number, token: string, body: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        `POST /api/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        () => resolve(socket),
      );
    });
    socket.on('error', () => {});
    socket.once('error', reject);
  });
}

function spawnServer(database: Database): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'support/serve.ts')],
    {
      env: {
        ...process.env,
        DATA_DIR: database.dataDir,
        DB_SCHEMA: database.schema,
        ...(database.kind === 'pglite' ? { DATABASE_URL: '' } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line)
        resolve({ child, base: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}` });
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

describe.each(backends())('restart mid-batch on %s', (kind) => {
  const databases: Database[] = [];
  afterAll(async () => {
    for (const d of databases) await dropDatabase(d);
  });

  test(
    'a graceful stop while a batch is in flight finishes or drops it whole; the retry stores each visit once',
    async () => {
      const database = await newDatabase(kind);
      databases.push(database);
      let server = await startServer(database);
      const session = await login(server.base, 'canbo');
      const batch = await makeBatch(server.base, session);
      const { port } = new URL(server.base);
      const socket = await sendAndForget(
        Number(port),
        session.token,
        JSON.stringify({ deviceId: session.deviceId, mutations: batch }),
      );
      await server.close({ drop: false });
      socket.destroy();

      server = await startServer(database);
      const retry = await push(server.base, session, batch);
      expect(retry.status).toBe(200);
      for (const r of retry.body.results) expect(['applied', 'duplicate']).toContain(r.status);
      await server.close({ drop: false });
      expect(
        await visitsStored(
          database,
          batch.map((m) => m.payload.id),
        ),
      ).toBe(BATCH);
    },
    4 * STARTUP_MS,
  );

  test(
    'a server killed outright (SIGKILL) mid-batch restarts on the same data and the retry stores each visit once',
    async () => {
      const database = await newDatabase(kind);
      databases.push(database);
      let { child, base } = await spawnServer(database);
      const session = await login(base, 'canbo');
      // Time one batch first, then kill the server part-way through the next one.
      const warmUp = await makeBatch(base, session);
      const started = performance.now();
      expect((await push(base, session, warmUp)).status).toBe(200);
      const batchMs = performance.now() - started;
      const batch = await makeBatch(base, session);
      const { port } = new URL(base);
      const socket = await sendAndForget(
        Number(port),
        session.token,
        JSON.stringify({ deviceId: session.deviceId, mutations: batch }),
      );
      await new Promise((r) => setTimeout(r, batchMs * 0.4));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      socket.destroy();

      ({ child, base } = await spawnServer(database));
      try {
        // Before any retry, another device sees the batch whole or not at all: never a part.
        const peer = await login(base, 'canbo');
        const wanted = new Set(batch.map((m) => m.payload.id));
        let seen = 0;
        for (let cursor = '0', more = true; more;) {
          const res = await fetch(`${base}/api/sync/pull?cursor=${cursor}&limit=500`, {
            headers: { authorization: `Bearer ${peer.token}` },
          });
          const page = (await res.json()) as PullResponse;
          seen += page.changes.filter((c) => c.kind === 'visit' && wanted.has(c.record.id)).length;
          cursor = page.cursor;
          more = page.hasMore;
        }
        expect([0, BATCH]).toContain(seen);
        const retry = await push(base, session, batch);
        expect(retry.status).toBe(200);
        for (const r of retry.body.results) expect(['applied', 'duplicate']).toContain(r.status);
        const again = await push(base, session, batch);
        expect(again.body.results.every((r) => r.status === 'duplicate')).toBe(true);
      } finally {
        const exitedAgain = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exitedAgain;
      }
      expect(
        await visitsStored(
          database,
          batch.map((m) => m.payload.id),
        ),
      ).toBe(BATCH);
    },
    4 * STARTUP_MS,
  );
});
