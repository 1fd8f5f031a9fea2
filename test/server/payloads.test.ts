import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../src/shared/ids';
import { LIMITS } from '../../src/shared/schemas/limits';
import {
  STARTUP_MS,
  backends,
  beneficiaryIn,
  count,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, push, visitBy, type Session } from './support/client';

// Bad input gets a 4xx with a clear Vietnamese message and changes nothing.

describe.each(backends())('bad payloads on %s', (kind) => {
  let server: TestServer;
  let worker: Session;
  let validMutation: () => Promise<ReturnType<typeof mutationOf>>;

  beforeAll(async () => {
    server = await startServer(kind);
    worker = await login(server.base, 'canbo');
    validMutation = async () => {
      const b = await beneficiaryIn(server.store, '06037', 1);
      return mutationOf(worker, visitBy(worker, b, '06037'));
    };
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  async function nothingStored<T>(work: () => Promise<T>): Promise<T> {
    const before = await Promise.all([
      count(server.store, 'visits'),
      count(server.store, 'mutations'),
    ]);
    const result = await work();
    expect(
      await Promise.all([count(server.store, 'visits'), count(server.store, 'mutations')]),
    ).toEqual(before);
    return result;
  }

  const pushRaw = (raw: string, contentType = 'application/json') =>
    call(server.base, 'POST', '/api/sync/push', { token: worker.token, raw, contentType });

  test.each([
    ['malformed JSON', '{"deviceId": "x", "mutations": [', 400, 'malformed_json'],
    ['an empty body', '', 400, 'malformed_json'],
    ['JSON that is not an object', '[1,2,3]', 400, 'validation_failed'],
  ])('%s → %i %s', async (_what, raw, status, error) => {
    const res = await nothingStored(() => pushRaw(raw));
    expect(res.status).toBe(status);
    expect(res.body.error).toBe(error);
    expect(res.body.message).toMatch(/[àáảãạăâđêôơư]/); // Vietnamese text, not an English default
  });

  test('a body that is not JSON → 415', async () => {
    const res = await nothingStored(() => pushRaw('deviceId=x', 'text/plain'));
    expect(res.status).toBe(415);
    expect(res.body.error).toBe('unsupported_media_type');
  });

  test('an oversized push → 413 before anything is parsed or stored', async () => {
    const m = await validMutation();
    const huge = JSON.stringify({
      deviceId: worker.deviceId,
      mutations: [m],
      padding: 'x'.repeat(4.5 * 1024 * 1024),
    });
    const res = await nothingStored(() => pushRaw(huge));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'payload_too_large', message: 'Nội dung gửi lên quá lớn.' });
  });

  test('wrongly typed envelopes → 400 with field issues in Vietnamese', async () => {
    const m = await validMutation();
    const cases: [unknown, string, string][] = [
      [{ deviceId: worker.deviceId, mutations: 'abc' }, 'mutations', 'validation.list.invalid'],
      [{ deviceId: 42, mutations: [m] }, 'deviceId', 'validation.id.invalid'],
      [{ deviceId: worker.deviceId, mutations: [] }, 'mutations', 'validation.sync.mutationsEmpty'],
      [
        { deviceId: worker.deviceId, mutations: [{ ...m, id: 7 }] },
        'mutations.0.id',
        'validation.id.notV7',
      ],
      [
        { deviceId: worker.deviceId, mutations: [m, m] },
        'mutations.1',
        'validation.list.duplicate',
      ],
      [
        {
          deviceId: worker.deviceId,
          mutations: Array.from({ length: LIMITS.mutationsPerPushMax + 1 }, () => ({
            id: newId(),
          })),
        },
        'mutations',
        'validation.sync.mutationsTooMany',
      ],
    ];
    for (const [json, path, key] of cases) {
      const res = await nothingStored(() =>
        call<{ error: string; issues: { path: string; key: string; message: string }[] }>(
          server.base,
          'POST',
          '/api/sync/push',
          {
            token: worker.token,
            json,
          },
        ),
      );
      expect(res.status, path).toBe(400);
      expect(res.body.error).toBe('validation_failed');
      expect(res.body.issues).toContainEqual({ path, key, message: expect.any(String) });
      expect(res.body.issues[0]!.message).not.toBe(res.body.issues[0]!.key);
    }
  });

  test('another device’s id in the push → 403, nothing stored', async () => {
    const m = await validMutation();
    const res = await nothingStored(() =>
      call(server.base, 'POST', '/api/sync/push', {
        token: worker.token,
        json: { deviceId: newId(), mutations: [m] },
      }),
    );
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('device_mismatch');
  });

  test('wrongly typed fields inside one mutation reject that mutation only, with its field errors', async () => {
    const m = await validMutation();
    const typed = {
      ...(await validMutation()),
      seq: '3',
      payload: { ...m.payload, visitedAt: 20250702 },
    };
    const res = await push(server.base, worker, [typed, m]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({
      status: 'rejected',
      errors: expect.arrayContaining([
        { path: 'seq', key: 'validation.sync.seqInvalid' },
        { path: 'payload.visitedAt', key: 'validation.timestamp.invalid' },
      ]),
    });
    expect(res.body.results[1]!.status).toBe('applied');
  });

  test('login, heartbeat and pull refuse wrong types with field issues', async () => {
    const login = await call(server.base, 'POST', '/api/auth/login', {
      json: { username: 12, password: null, deviceId: 'abc', deviceLabel: '' },
    });
    expect(login.status).toBe(400);
    expect((login.body.issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
      'deviceId',
      'deviceLabel',
      'password',
      'username',
    ]);
    const heartbeat = await call(server.base, 'POST', '/api/sync/heartbeat', {
      token: worker.token,
      json: {
        deviceId: worker.deviceId,
        pendingCount: -1,
        oldestPendingAgeSeconds: 'old',
        appVersion: '1.0',
        storageUsedBytes: 1,
        storageQuotaBytes: null,
        lastError: null,
      },
    });
    expect(heartbeat.status).toBe(400);
    expect(await count(server.store, 'heartbeats')).toBe(0);
    for (const query of ['cursor=abc', 'limit=0', 'limit=100000', 'cursor=-1']) {
      const res = await call(server.base, 'GET', `/api/sync/pull?${query}`, {
        token: worker.token,
      });
      expect(res.status, query).toBe(400);
    }
  });

  describe('attachments', () => {
    const jpeg = (n: number) => {
      const bytes = new Uint8Array(n);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      for (let i = 4; i < n; i++) bytes[i] = (i * 31) % 251;
      return bytes;
    };
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const put = (bytes: Uint8Array, hash: string, id: string, contentType = 'image/jpeg') =>
      call(server.base, 'PUT', `/api/attachments/${hash}?id=${id}&kind=signature`, {
        token: worker.token,
        raw: bytes,
        contentType,
      });

    test('upload is content-addressed and idempotent: repeats store one copy', async () => {
      const bytes = jpeg(50_000);
      const id = newId();
      const first = await put(bytes, sha(bytes), id);
      expect(first.body).toEqual({ id, sha256: sha(bytes), size: 50_000, status: 'stored' });
      const again = await put(bytes, sha(bytes), id);
      expect(again.body).toMatchObject({ status: 'duplicate' });
      // The same photo under another id (another visit) is stored once too.
      await put(bytes, sha(bytes), newId());
      const blobs = await server.store.db
        .selectFrom('attachment_blobs')
        .select('sha256')
        .where('sha256', '=', sha(bytes))
        .execute();
      expect(blobs).toHaveLength(1);
    });

    test('a hash that does not match the bytes, a reused id, a wrong type or an oversized file are refused', async () => {
      const bytes = jpeg(1000);
      const before = await Promise.all([
        count(server.store, 'attachments'),
        count(server.store, 'attachment_blobs'),
      ]);
      const mismatch = await put(bytes, 'a'.repeat(64), newId());
      expect([mismatch.status, mismatch.body.error]).toEqual([400, 'hash_mismatch']);
      const wrongType = await put(bytes, sha(bytes), newId(), 'application/pdf');
      expect([wrongType.status, wrongType.body.error]).toEqual([415, 'unsupported_media_type']);
      const big = jpeg(LIMITS.attachmentBytesMax + 1);
      const tooBig = await put(big, sha(big), newId());
      expect([tooBig.status, tooBig.body.error]).toEqual([413, 'payload_too_large']);
      const badHash = await put(bytes, 'not-a-hash', newId());
      expect([badHash.status, badHash.body.error]).toEqual([400, 'validation_failed']);
      expect(
        await Promise.all([
          count(server.store, 'attachments'),
          count(server.store, 'attachment_blobs'),
        ]),
      ).toEqual(before);

      const id = newId();
      await put(bytes, sha(bytes), id);
      const other = jpeg(1001);
      const reused = await put(other, sha(other), id);
      expect([reused.status, reused.body.error]).toEqual([409, 'attachment_id_reused']);
    });
  });
});
