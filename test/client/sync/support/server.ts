import { afterEach } from 'vitest';
import { closeDeviceDatabase } from '../../../../src/client/db/deviceDatabase';
import {
  appDatabase,
  closeAppDatabase,
  selectAppDatabase,
} from '../../../../src/client/db/appDatabase';
import { DEFAULT_DB_NAME, type GhiDanhDB } from '../../../../src/client/db';
import {
  choosePin,
  configureServer,
  sessionStore,
  signIn,
  type SessionUser,
} from '../../../../src/client/sync/auth/session';
import type { Store } from '../../../../src/server/store/db';

// The client's sync code against the real server (Fastify + PGlite over loopback HTTP), with a
// fetch that can be told to fail like a field network does: no answer, an answer lost after the
// server committed, a 500 from an unhappy server, or a slow link.

export const PASSWORD = 'ghidanh-demo';
export const PIN = '482916';
export const CANBO_COMMUNES = ['06004', '06037'];

export type Fault = 'network' | 'loseAnswer' | 'status500' | 'slow';

export interface FaultyFetch {
  fetch: typeof fetch;
  /** The next `times` requests whose path matches fail this way. */
  fail(fault: Fault, times: number, path?: RegExp): void;
  /** Every request made, with its JSON body when it had one. */
  log: { method: string; path: string; json: unknown }[];
}

export function faultyFetch(): FaultyFetch {
  const plans: { fault: Fault; left: number; path: RegExp }[] = [];
  const log: FaultyFetch['log'] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const body = init?.body;
    log.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      json: typeof body === 'string' ? JSON.parse(body) : null,
    });
    const plan = plans.find((p) => p.left > 0 && p.path.test(url.pathname));
    if (plan) plan.left--;
    if (plan?.fault === 'network') throw new TypeError('fetch failed');
    if (plan?.fault === 'status500') {
      return new Response(
        JSON.stringify({ error: 'internal_error', message: 'Máy chủ gặp lỗi.' }),
        {
          status: 500,
          headers: { 'content-type': 'application/json' },
        },
      );
    }
    if (plan?.fault === 'slow') await new Promise((r) => setTimeout(r, 400));
    const response = await fetch(input, init);
    if (plan?.fault === 'loseAnswer') {
      await response.arrayBuffer(); // the server did its work; the answer never arrives
      throw new TypeError('fetch failed: connection reset');
    }
    return response;
  };
  return {
    fetch: wrapped,
    log,
    fail(fault, times, path = /./) {
      plans.push({ fault, left: times, path });
    },
  };
}

/** Signs in through the real session flow (password, then PIN) and opens the user's database. */
export async function signInAs(
  base: string,
  username: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ user: SessionUser; db: GhiDanhDB }> {
  configureServer({ baseUrl: base, fetch: fetchImpl });
  await signIn(username, PASSWORD);
  if (sessionStore.get().status === 'choosePin') await choosePin(PIN);
  const state = sessionStore.get();
  if (state.status !== 'unlocked') throw new Error(`not unlocked: ${state.status}`);
  return { user: state.user, db: await appDatabase() };
}

/** Node has no localStorage (these tests run in Node with the server): a plain one. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
globalThis.localStorage ??= memoryStorage();

/** Leaves no open database or session behind for the next test's fresh IndexedDB. */
export function resetClientBetweenTests(): void {
  afterEach(async () => {
    await closeAppDatabase();
    await selectAppDatabase(DEFAULT_DB_NAME, null);
    await closeDeviceDatabase();
    localStorage.clear();
    sessionStore.set({ status: 'loading' });
    configureServer({});
  });
}

export async function storedVisitIds(store: Store, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await store.db
    .selectFrom('visits')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id).sort();
}

export async function mutationCount(store: Store, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await store.db
    .selectFrom('mutations')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.length;
}
