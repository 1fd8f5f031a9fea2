import { getDeviceId, outboxCounts, saveVisit, searchRoster } from '../../src/client/db';
import { appDatabase } from '../../src/client/db/appDatabase';
import { createSyncApi } from '../../src/client/sync/api';
import { choosePin, sessionStore, signIn } from '../../src/client/sync/auth/session';
import { accountTokens } from '../../src/client/sync/auth/tokens';
import { SyncEngine } from '../../src/client/sync/engine';
import { newId } from '../../src/shared/ids';
import * as samples from '../../test/shared/schemas/samples';

// The page side of `npm run bench:sync`: the app's own session, device database and sync engine,
// driven step by step from the Node script (sign in, fill the outbox, drain it).

let userId = '';
let username = '';

async function engineFor(batchSize?: number) {
  const db = await appDatabase();
  const http = {};
  return new SyncEngine({
    db,
    api: createSyncApi(http, accountTokens(http, userId)),
    appVersion: 'bench',
    ...(batchSize ? { batchSize } : {}),
  });
}

const bench = {
  async signIn(name: string, password: string): Promise<void> {
    await signIn(name, password);
    if (sessionStore.get().status === 'choosePin') await choosePin('482916');
    const state = sessionStore.get();
    if (state.status !== 'unlocked') throw new Error(`not signed in: ${state.status}`);
    userId = state.user.userId;
    username = state.user.username;
  },

  /** The first sync: the user's roster arrives. Resolves to its size. */
  async pullRoster(): Promise<number> {
    await (await engineFor()).syncOnce();
    return (await searchRoster(await appDatabase(), {}, { limit: 1 })).total;
  },

  /** Saves `count` visits as the visit form does (one transaction each), spread over the roster. */
  async queue(count: number): Promise<{ ms: number; pending: number }> {
    const db = await appDatabase();
    const { rows } = await searchRoster(db, {}, { limit: 500 });
    const deviceId = await getDeviceId(db);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const b = rows[i % rows.length]!;
      await saveVisit(
        db,
        samples.visit({
          id: newId(),
          beneficiaryId: b.id,
          communeCode: b.communeCode,
          deviceId,
          workerId: username,
          visitedAt: new Date(Date.UTC(2025, 6, 1) + i * 60_000).toISOString(),
          notes: `Lần thăm thứ ${i + 1}`,
        }),
      );
    }
    return { ms: performance.now() - started, pending: (await outboxCounts(db)).pending };
  },

  /** Drains the outbox; times the push phase (until the engine moves on to pulling). */
  async drain(batchSize?: number): Promise<{ pushMs: number; totalMs: number; sent: number }> {
    const sync = await engineFor(batchSize);
    let pushEnd = 0;
    const unsubscribe = sync.status.subscribe(() => {
      if (!pushEnd && sync.status.get().progress?.stage === 'pull') pushEnd = performance.now();
    });
    const started = performance.now();
    const report = await sync.syncOnce();
    const ended = performance.now();
    unsubscribe();
    const left = await outboxCounts(await appDatabase());
    if (left.pending + left.sending + left.rejected > 0) {
      throw new Error(`outbox not drained: ${JSON.stringify(left)}`);
    }
    return { pushMs: (pushEnd || ended) - started, totalMs: ended - started, sent: report.sent };
  },
};

Object.assign(window, { bench });
document.getElementById('status')!.textContent = 'ready';
