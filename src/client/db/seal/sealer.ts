// Encrypts what the device stores: AES-GCM (Web Crypto) under the user's data key, a fresh random
// IV per write, and the table and row id as additional data, so a sealed value copied onto another
// row (or table) fails to open instead of showing the wrong person's record.

const FORMAT = 1;
const IV_BYTES = 12;

/** The data key is missing (the app is locked) or does not open what is stored. */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  constructor(message = 'The device database is locked', cause?: unknown) {
    super(message, { cause });
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Sealer {
  constructor(private readonly key: CryptoKey) {}

  async sealBytes(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>, aad: string): Promise<ArrayBuffer> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    // Promise.resolve: keeps Dexie's live-query zone across a non-Dexie await (Dexie's docs).
    const cipher = await Promise.resolve(
      crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
        this.key,
        // A view in this realm: a buffer read back from storage may come from another one.
        bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
      ),
    );
    const out = new Uint8Array(1 + IV_BYTES + cipher.byteLength);
    out[0] = FORMAT;
    out.set(iv, 1);
    out.set(new Uint8Array(cipher), 1 + IV_BYTES);
    return out.buffer;
  }

  async openBytes(sealed: ArrayBuffer, aad: string): Promise<ArrayBuffer> {
    const all = new Uint8Array(sealed);
    if (all[0] !== FORMAT || all.length < 1 + IV_BYTES + 16) {
      throw new LockedError('Not a sealed value');
    }
    try {
      return await Promise.resolve(
        crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: all.slice(1, 1 + IV_BYTES), additionalData: encoder.encode(aad) },
          this.key,
          all.slice(1 + IV_BYTES),
        ),
      );
    } catch (error) {
      throw new LockedError(`A stored value does not open with this key (${aad})`, error);
    }
  }

  /** JSON values only (what the shared schemas produce): undefined fields are dropped. */
  seal(value: unknown, aad: string): Promise<ArrayBuffer> {
    return this.sealBytes(encoder.encode(JSON.stringify(value)), aad);
  }

  async open<T>(sealed: ArrayBuffer, aad: string): Promise<T> {
    return JSON.parse(decoder.decode(await this.openBytes(sealed, aad))) as T;
  }
}

/** A stable label of a sealed value's version (its IV): changes on every write of the row. */
export function sealStamp(sealed: ArrayBuffer): string {
  const iv = new Uint8Array(sealed, 1, IV_BYTES);
  let out = '';
  for (const b of iv) out += String.fromCharCode(b);
  return out;
}
