import {
  openGhiDanhDB,
  getDeviceId,
  type GhiDanhDB,
  type NewAttachment,
} from '../../../src/client/db';
import { newId } from '../../../src/shared/ids';
import type { AttachmentMeta, VisitInput } from '../../../src/shared/schemas';
import * as samples from '../../shared/schemas/samples';

/** A data key as an unlock gives one: random, non-extractable. */
export function testDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const keys = new WeakMap<IDBFactory, Promise<CryptoKey>>();

// Each test gets a fresh IndexedDB factory (test/client/setup.ts); this opens the app's database
// in it, exactly as the app does, with the test's data key (the same one each time in a test).
export async function freshDb(): Promise<GhiDanhDB> {
  let key = keys.get(indexedDB);
  if (!key) keys.set(indexedDB, (key = testDataKey()));
  return openGhiDanhDB('ghidanh-test', await key);
}

/** A valid visit made on this device (deviceId from the database). */
export async function deviceVisit(db: GhiDanhDB, overrides: Partial<VisitInput> = {}) {
  return samples.visit({ deviceId: await getDeviceId(db), ...overrides });
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A small "photo" with matching metadata. */
export async function photo(
  overrides: Partial<AttachmentMeta> = {},
  content = `photo ${newId()}`,
): Promise<NewAttachment & { meta: AttachmentMeta }> {
  const bytes = Uint8Array.from(new TextEncoder().encode(content));
  const meta = samples.attachmentMeta({
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    ...overrides,
  });
  return { meta, data: new Blob([bytes], { type: meta.mimeType }) };
}
