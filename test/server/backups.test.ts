import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/shared/schemas/backup';
import { attachmentMeta, consent } from '../shared/schemas/samples';
import {
  STARTUP_MS,
  backends,
  beneficiaryIn,
  count,
  startServer,
  type TestServer,
} from './support/harness';
import { call, login, mutationOf, push, visitBy, type Session } from './support/client';

// A backup carried from a tablet that could not sync: the office imports it, and each record is
// applied exactly once, as if the tablet had pushed it — with its own checks and scope.

const COMMUNE = '06004'; // assigned to the demo field worker "canbo"

describe.each(backends())('backup import on %s', (kind) => {
  let server: TestServer;
  let worker: Session;
  let admin: Session;

  beforeAll(async () => {
    server = await startServer(kind);
    worker = await login(server.base, 'canbo');
    admin = await login(server.base, 'quantri');
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  async function backupOf(n: number, skip: number) {
    const photoBytes = Buffer.from(`chữ ký ${randomUUID()}`);
    const photo = attachmentMeta({
      kind: 'signature',
      size: photoBytes.length,
      sha256: createHash('sha256').update(photoBytes).digest('hex'),
    });
    const mutations = [];
    for (let i = 0; i < n; i++) {
      const beneficiary = await beneficiaryIn(server.store, COMMUNE, skip + i);
      const signed =
        i === 0
          ? {
              consent: consent({
                method: 'checkbox_and_signature',
                signatureAttachmentId: photo.id,
                witnessName: null,
              }),
              attachments: [photo.id],
            }
          : {};
      mutations.push(mutationOf(worker, visitBy(worker, beneficiary, COMMUNE, signed)));
    }
    const file = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      deviceId: worker.deviceId,
      appVersion: '0.1.0+test',
      mutations,
      attachments: [{ ...photo, dataBase64: photoBytes.toString('base64') }],
    };
    return { file, mutations };
  }

  const importFile = (session: Session, file: unknown) =>
    call<{ results: { id: string; status: string }[]; attachmentsStored: number }>(
      server.base,
      'POST',
      '/api/backups',
      { token: session.token, json: file },
    );

  test('imported twice, and pushed by the tablet as well, each visit and photo is stored once', async () => {
    const { file, mutations } = await backupOf(3, 0);
    const visitsBefore = await count(server.store, 'visits');
    const first = await importFile(admin, file);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(first.body.attachmentsStored).toBe(1);

    const again = await importFile(admin, file);
    expect(again.body.results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(again.body.attachmentsStored).toBe(0);
    // The tablet later gets a signal and pushes the same records itself.
    const pushed = await push(server.base, worker, mutations);
    expect(pushed.body.results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await count(server.store, 'visits')).toBe(visitsBefore + 3);
  });

  test('only the office may import; a damaged photo or a broken file is refused and stores nothing', async () => {
    const { file } = await backupOf(1, 10);
    const visitsBefore = await count(server.store, 'visits');
    expect((await importFile(worker, file)).status).toBe(403);

    const tampered = structuredClone(file);
    tampered.attachments[0]!.dataBase64 = Buffer.from('not the photo').toString('base64');
    const damaged = await importFile(admin, tampered);
    expect(damaged.status).toBe(400);

    const broken = await importFile(admin, { ...file, format: 'something-else' });
    expect(broken.status).toBe(400);
    expect(JSON.stringify(broken.body)).toContain('backup.format');
    expect(await count(server.store, 'visits')).toBe(visitsBefore);
  });

  test('records of a worker unknown to the server are rejected with the reason, the rest applied', async () => {
    const { file } = await backupOf(2, 20);
    file.mutations[1]!.payload.workerId = 'khong-co-nguoi-nay';
    const reply = await importFile(admin, file);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(JSON.stringify(reply.body.results[1])).toContain('backup.unknownWorker');
  });
});
