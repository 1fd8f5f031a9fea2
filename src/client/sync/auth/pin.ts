import type { PinHash } from '../../db/accounts';

// The offline unlock. A 6-digit PIN is little entropy, so the hash alone does not protect it:
// the real guard is that a few wrong tries clear it and a password login (online) is needed.
// The hash (PBKDF2-SHA-256, salted) keeps the PIN itself out of reach of anyone reading storage.

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

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  if (actual.length !== expected.length) return false;
  let difference = 0;
  actual.forEach((byte, i) => (difference |= byte ^ expected[i]!));
  return difference === 0;
}
