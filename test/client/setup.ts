import 'fake-indexeddb/auto'; // Dexie's live queries need an indexedDB global before Dexie loads
import '@testing-library/jest-dom/vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { DEFAULT_DB_NAME } from '../../src/client/db/database';
import { selectAppDatabase } from '../../src/client/db/appDatabase';

// A fresh IndexedDB per test, as Actual Budget does: no state leaks between tests.
// fake-indexeddb clones with Node's structuredClone, whose ArrayBuffers come from another realm
// than jsdom's globals; Dexie's own clone (live-query cache, modify) then loses them. A browser's
// IndexedDB returns buffers of the page's realm: so does this.
const nodeClone = globalThis.structuredClone;
function pageRealm(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (value instanceof ArrayBuffer) return value;
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    const copy = new ArrayBuffer((value as ArrayBuffer).byteLength);
    new Uint8Array(copy).set(new Uint8Array(value as ArrayBuffer));
    return copy;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value) || proto === Object.prototype || proto === null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = pageRealm(record[key]);
  }
  return value;
}
globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) =>
  pageRealm(nodeClone(value, options))) as typeof structuredClone;

// The app's database starts unlocked with a key of the test's own (as after a PIN unlock);
// session tests lock and unlock it through the real flow.
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await selectAppDatabase(DEFAULT_DB_NAME, key);
});
afterEach(() => cleanup());
