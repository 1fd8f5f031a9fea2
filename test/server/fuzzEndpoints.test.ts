import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STARTUP_MS, backends, startServer, type TestServer } from './support/harness';
import { call, login, type Session } from './support/client';

// Random bytes and random JSON thrown at every documented endpoint, signed in with a role that
// gets past the role check (so the body really reaches validation): never a 5xx, and nothing is
// stored. Enumerated from the OpenAPI document, so a new route is fuzzed without a new line.

const TABLES = [
  'beneficiaries',
  'visits',
  'attachments',
  'attachment_blobs',
  'users',
  'user_units',
  'admin_units',
  'devices',
  'review_flags',
  'account_openings',
  'rights_requests',
] as const;

const CONTENT_TYPES = ['application/json', 'image/jpeg', 'application/csp-report', 'text/plain'];

interface Operation {
  method: string;
  path: string;
  security?: unknown[];
  'x-roles'?: string[];
}

describe.each(backends())('random input at every endpoint on %s', (kind) => {
  let server: TestServer;
  let operations: Operation[];
  const tokens: Record<string, Session> = {};

  beforeAll(async () => {
    server = await startServer(kind, {
      rateLimits: { loginPerIp: 1e6, loginPerUsername: 1e6, writePerIp: 1e6, writePerUser: 1e6 },
    });
    for (const name of ['canbo', 'quantri', 'giamsat'])
      tokens[name] = await login(server.base, name);
    const doc = await call<{ paths: Record<string, Record<string, Operation>> }>(
      server.base,
      'GET',
      '/api/openapi.json',
    );
    operations = Object.entries(doc.body.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
    );
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(
        server.store.db,
      );
      out[table] = Number(r.rows[0]!.n);
    }
    return out;
  }

  const segment = fc.oneof(
    fc.uuid(),
    fc.string({ maxLength: 80 }),
    fc.stringMatching(/^[0-9a-f]{64}$/),
    fc.constant('%00'),
  );
  const query = fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), {
    maxKeys: 4,
  });
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => ({ text: JSON.stringify(v) ?? 'null' })),
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ bytes })),
  );

  test('no 5xx, nothing stored', async () => {
    const before = await counts();
    const statuses = new Map<number, number>();
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(
          segment,
          query,
          body,
          fc.constantFrom(...CONTENT_TYPES),
          fc.constantFrom('canbo', 'quantri', 'giamsat', ''),
          async (param, q, b, contentType, who) => {
            const url =
              op.path.replace(/\{[^}]+\}/g, encodeURIComponent(param)) +
              '?' +
              new URLSearchParams(q).toString();
            const withBody = op.method !== 'GET' && op.method !== 'HEAD';
            const res = await call(server.base, op.method, url, {
              token: who ? tokens[who]!.token : undefined,
              ...(withBody ? { raw: 'text' in b ? b.text : b.bytes, contentType } : {}),
            }).catch((error: unknown) => ({ status: -1, body: { error: String(error) } }));
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status, `${op.method} ${url}: ${JSON.stringify(res.body)}`).toBeGreaterThan(
              0,
            );
            expect(res.status, `${op.method} ${url}: ${JSON.stringify(res.body)}`).toBeLessThan(
              500,
            );
          },
        ),
        { numRuns: 25, seed: 8 },
      );
    }
    expect(await counts()).toEqual(before);
    // The fuzzing reached validation, not only the doors: many answers are 400.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(operations.length * 3);
  });
});
