// The key hierarchy (docs/encryption.md): one random AES-GCM data key per user and device seals
// the records; it is stored only wrapped (AES-KW) by key-encryption keys — one derived from the
// PIN, one from a secret the server hands over at a password login. Unwrapped, it is a
// non-extractable CryptoKey held in memory while the app is unlocked.

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };
const USES: KeyUsage[] = ['encrypt', 'decrypt'];

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(normal), (c) => c.charCodeAt(0));
}

/** A key-encryption key from 256 random or derived bits. */
export function keyEncryptionKey(bits: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bits, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
}

/** The key-encryption key of the server's per-device secret (base64 or base64url, 32 bytes). */
export function serverKeyEncryptionKey(secret: string): Promise<CryptoKey> {
  return keyEncryptionKey(fromBase64(secret));
}

/** A new data key, extractable only so it can be wrapped now; use `usable` for the records. */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(DATA_KEY, true, USES);
}

export async function wrapDataKey(dataKey: CryptoKey, kek: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW')));
}

/** Throws when `kek` is not the key it was wrapped with (AES-KW checks its own integrity). */
export function unwrapDataKey(
  wrapped: string,
  kek: CryptoKey,
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    fromBase64(wrapped),
    kek,
    'AES-KW',
    DATA_KEY,
    extractable,
    USES,
  );
}
