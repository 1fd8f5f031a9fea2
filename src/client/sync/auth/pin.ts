import type { PinHash } from '../../db/accounts';
import { keyEncryptionKey, unwrapDataKey, wrapDataKey } from '../../db/seal/dataKey';

// The offline unlock. One PBKDF2-SHA-256 derivation of the PIN (salted, 210,000 iterations)
// gives the key that wraps the user's data key: a wrong PIN fails to unwrap it (AES-KW checks
// its integrity). A 6-digit PIN is little entropy, so the real guard is that a few wrong tries
// delete the PIN-wrapped key and a password login (online) is needed; see docs/encryption.md.

export const PIN_LENGTH = 6;
export const MAX_PIN_FAILURES = 5;
export const PIN_ITERATIONS = 210_000;

export type PinProblem = 'length' | 'digits' | 'simple';

/** Why a new PIN is not acceptable, or null. Refuses 000000-style and 123456-style PINs. */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length !== PIN_LENGTH) return 'length';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0]!)) return 'simple';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  a.forEach((byte, i) => (difference |= byte ^ b[i]!));
  return difference === 0;
}

/** Wraps `dataKey` (extractable) under a new PIN; returns what the account stores. */
export async function pinWrap(
  pin: string,
  dataKey: CryptoKey,
  iterations = PIN_ITERATIONS,
): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await keyEncryptionKey(await derive(pin, salt, iterations));
  return { salt: toBase64(salt), iterations, wrappedKey: await wrapDataKey(dataKey, kek) };
}

export type PinOpening =
  /** The PIN's key-encryption key; `legacy` when the account has no wrapped data key yet. */
  { ok: true; kek: CryptoKey; legacy: boolean } | { ok: false };

/** Checks a PIN with one derivation: by unwrapping the data key, or against a legacy hash. */
export async function openWithPin(pin: string, stored: PinHash): Promise<PinOpening> {
  const bits = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const kek = await keyEncryptionKey(bits);
  if (stored.wrappedKey) {
    try {
      await unwrapDataKey(stored.wrappedKey, kek);
      return { ok: true, kek, legacy: false };
    } catch {
      return { ok: false };
    }
  }
  if (stored.hash && sameBytes(bits, fromBase64(stored.hash))) {
    return { ok: true, kek, legacy: true };
  }
  return { ok: false };
}

/** A legacy PIN record (before encryption at rest); kept for tests of the upgrade path. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  return (await openWithPin(pin, stored)).ok;
}
