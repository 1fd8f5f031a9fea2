import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../../src/shared/ids';
import { consent } from '../shared/schemas/samples';
import {
  STARTUP_MS,
  addUser,
  backends,
  beneficiaryIn,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, pullAll, push, visitBy, type Session } from './support/client';

// Withdrawal and erasure: recorded by staff in scope, carried out by the rights job (driven by a
// clock the test moves), pulled by every device, and erasure leaves no personal value behind.

const T0 = new Date('2025-08-01T02:00:00.000Z');
const HOUR = 3_600_000;

describe.each(backends())('data-subject rights on %s', (kind) => {
  let server: TestServer;
  let now = T0;
  let worker: Session;
  let erased: string;
  let withdrawn: string;
  const planted = { phone: '0987001122', account: '123412341234', witness: 'Lê Thị Chứngkiến' };
  let photoSha = '';

  beforeAll(async () => {
    server = await startServer(kind, { clock: () => now });
    worker = await login(server.base, 'canbo');
    erased = await beneficiaryIn(server.store, '06004', 21);
    withdrawn = await beneficiaryIn(server.store, '06037', 22);
    // A signed consent with a signature image, a phone and an account: all must go on erasure.
    const photo = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      ...randomUUID()
        .split('')
        .map((c) => c.charCodeAt(0)),
    ]);
    photoSha = createHash('sha256').update(photo).digest('hex');
    const signatureId = newId();
    const up = await call(
      server.base,
      'PUT',
      `/api/attachments/${photoSha}?id=${signatureId}&kind=signature`,
      { token: worker.token, raw: photo, contentType: 'image/png' },
    );
    expect(up.status).toBe(200);
    const visit = visitBy(worker, erased, '06004', {
      beneficiaryPhone: planted.phone,
      payment: {
        method: 'bank',
        bankBin: '970415',
        accountNumber: planted.account,
        accountHolder: 'Người Bịxóa',
      },
      consent: consent({
        method: 'checkbox_and_signature',
        signatureAttachmentId: signatureId,
        witnessName: planted.witness,
      }),
      attachments: [signatureId],
    });
    const pushed = await push(server.base, worker, [mutationOf(worker, visit)]);
    expect(pushed.body.results[0]?.status).toBe('applied');
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  const request = (s: Session, beneficiaryId: string, kindOf: string, extra = {}) =>
    call(server.base, 'POST', '/api/rights-requests', {
      token: s.token,
      json: {
        id: randomUUID(),
        beneficiaryId,
        kind: kindOf,
        requestedBy: 'beneficiary',
        channel: 'in_person',
        receivedAt: now.toISOString(),
        note: '',
        ...extra,
      },
    });

  test('a request is recorded with its due time, 72 hours after it was received', async () => {
    const res = await request(worker, erased, 'erase');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      beneficiaryId: erased,
      kind: 'erase',
      state: 'pending',
      recordedBy: 'canbo',
      dueAt: new Date(T0.getTime() + 72 * HOUR).toISOString(),
      completedAt: null,
    });
    // Sending the same request again records it once.
    const again = await call(server.base, 'POST', '/api/rights-requests', {
      token: worker.token,
      json: { ...res.body, note: '' },
    });
    expect(again.status).toBe(201);
    const list = await call<{ requests: { id: string }[] }>(
      server.base,
      'GET',
      `/api/rights-requests?beneficiaryId=${erased}`,
      { token: worker.token },
    );
    expect(list.body.requests.map((r) => r.id)).toEqual([res.body.id]);
  });

  test('outside the caller’s units or for a provider: refused, nothing recorded', async () => {
    await addUser(server.store, { username: 'canbo.xa2', role: 'field_worker', units: ['05977'] });
    const other = await login(server.base, 'canbo.xa2');
    expect((await request(other, erased, 'erase')).body.error).toBe('forbidden_scope');
    const provider = await login(server.base, 'nganhang');
    expect((await request(provider, erased, 'erase')).status).toBe(403);
    const bad = await request(worker, erased, 'forget_me');
    expect(bad.status).toBe(400);
    const n = await sql<{ n: string }>`select count(*) as n from rights_requests`.execute(
      server.store.db,
    );
    expect(Number(n.rows[0]!.n)).toBe(1);
  });

  test('the job carries out erasure: tombstones only, photos gone, devices told to purge', async () => {
    expect(await request(worker, withdrawn, 'withdraw_consent')).toMatchObject({ status: 201 });
    now = new Date(T0.getTime() + 10 * 60_000);
    expect(await server.app.rightsJob!.runNow()).toBe(2);

    const list = await call<{ requests: { kind: string; state: string; completedAt: string }[] }>(
      server.base,
      'GET',
      '/api/rights-requests',
      { token: worker.token },
    );
    expect(list.body.requests.map((r) => [r.kind, r.state, r.completedAt]).sort()).toEqual([
      ['erase', 'done', now.toISOString()],
      ['withdraw_consent', 'done', now.toISOString()],
    ]);

    // Nothing personal about the erased person is left in any row that names them.
    const rows = await sql<{ t: string }>`
      select data::text as t from beneficiaries where id = ${erased}
      union all select data::text from visits where beneficiary_id = ${erased}`.execute(
      server.store.db,
    );
    const dump = rows.rows.map((r) => r.t).join('\n');
    expect(dump).toContain(erased);
    for (const value of Object.values(planted)) expect(dump).not.toContain(value);
    expect(dump).not.toMatch(/fullName|idNumber|consent|payment/);
    const blobs = await sql<{ n: string }>`select count(*) as n from attachment_blobs
      where sha256 = ${photoSha}`.execute(server.store.db);
    expect(Number(blobs.rows[0]!.n)).toBe(0);

    // A device pulling from the start gets the purge and never the erased visit.
    const supervisor = await login(server.base, 'giamsat');
    const changes = await pullAll(server.base, supervisor);
    expect(changes.filter((c) => c.kind === 'rights').map((c) => c.record)).toEqual(
      expect.arrayContaining([
        { beneficiaryId: erased, kind: 'erase', completedAt: now.toISOString() },
        { beneficiaryId: withdrawn, kind: 'withdraw_consent', completedAt: now.toISOString() },
      ]),
    );
    expect(changes.some((c) => c.kind === 'visit' && c.record.beneficiaryId === erased)).toBe(
      false,
    );
    expect(changes).toContainEqual({ kind: 'beneficiaryRemoved', id: erased });
    // The withdrawn person stays on the roster, marked.
    const mark = await server.store.db
      .selectFrom('beneficiaries')
      .select(['withdrawn_at', 'removed_at'])
      .where('id', '=', withdrawn)
      .executeTakeFirstOrThrow();
    expect(mark.withdrawn_at).not.toBeNull();
    expect(mark.removed_at).toBeNull();
  });

  test('after erasure a new visit to the person is refused, and a new request too', async () => {
    const res = await push(server.base, worker, [
      mutationOf(worker, visitBy(worker, erased, '06004')),
    ]);
    expect(res.body.results[0]).toMatchObject({
      status: 'rejected',
      errors: [{ key: 'protocol.mutation.beneficiaryErased' }],
    });
    expect((await request(worker, erased, 'erase')).status).toBe(409);
  });

  test('after withdrawal a new visit is refused; one made before it took effect is kept', async () => {
    const after = visitBy(worker, withdrawn, '06037', {
      visitedAt: new Date(now.getTime() + 60_000).toISOString(),
    });
    const before = visitBy(worker, withdrawn, '06037', {
      visitedAt: new Date(T0.getTime() - HOUR).toISOString(),
    });
    const res = await push(server.base, worker, [
      mutationOf(worker, after),
      mutationOf(worker, before),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
    expect(res.body.results[0]).toMatchObject({
      errors: [{ key: 'protocol.mutation.consentWithdrawn', path: 'payload.beneficiaryId' }],
    });
  });

  test('a request waiting when the server starts is carried out at start', async () => {
    const admin = await login(server.base, 'quantri');
    const target = await beneficiaryIn(server.store, '06037', 30);
    // Received "later" than the clock: the running job leaves it for now.
    const res = await request(admin, target, 'withdraw_consent', {
      receivedAt: new Date(now.getTime() + HOUR).toISOString(),
    });
    expect(res.body.state).toBe('pending');
    await server.app.rightsJob!.runNow();
    await server.app.close();
    now = new Date(now.getTime() + 2 * HOUR);
    const { buildApp } = await import('../../src/server/app');
    const restarted = await buildApp({ store: server.store, clock: () => now });
    const state = await server.store.db
      .selectFrom('rights_requests')
      .select(['state', 'completed_at'])
      .where('id', '=', res.body.id as string)
      .executeTakeFirstOrThrow();
    await restarted.close();
    expect(state.state).toBe('done');
    expect(state.completed_at?.toISOString()).toBe(now.toISOString());
  });
});
