import 'fake-indexeddb/auto'; // Dexie's live queries need an indexedDB global before Dexie loads
import '@testing-library/jest-dom/vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// A fresh IndexedDB per test, as Actual Budget does: no state leaks between tests.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
});
afterEach(() => cleanup());
