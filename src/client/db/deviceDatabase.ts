import Dexie, { type Table } from 'dexie';
import type { ProviderProfile } from '../../shared/accounts';
import type { Role } from '../../shared/schemas';

// The tablet's own small database, apart from the users' record databases: who has signed in on
// this tablet, their session tokens and offline PIN. Each user's visits live in a database of
// their own (see userDatabaseName), so a second user neither sees nor touches the first's records.

export const DEVICE_DB_NAME = 'ghidanh-device';

/**
 * What the PIN opens: PBKDF2-SHA-256 of the PIN (salted, slow) is the key that wraps the user's
 * data key (`wrappedKey`, AES-KW). The PIN itself is never stored. Accounts from before
 * encryption kept the derived bits as `hash` instead; their first unlock replaces it.
 */
export interface PinHash {
  salt: string;
  iterations: number;
  wrappedKey?: string;
  /** Before encryption at rest: the derived bits, compared to check the PIN. */
  hash?: string;
  /** Too many wrong PINs while no server-wrapped copy of the key exists: refused until a login. */
  blocked?: boolean;
}

export interface AccountRow {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  providerId: string | null;
  /** Provider agents: their provider (which payment choices are theirs); absent if signed in before it was sent. */
  provider?: ProviderProfile | null;
  unitCodes: string[];
  /** This user's registration with the server; equals the deviceId of the user's database. */
  deviceId: string;
  accessToken: string | null;
  accessExpiresAt: string | null;
  refreshToken: string | null;
  refreshExpiresAt: string | null;
  pin: PinHash | null;
  /** The data key wrapped by the server's per-device secret (given only at a password login). */
  serverWrappedKey?: string | null;
  /** Wrong PINs in a row; too many and the PIN is cleared (the password is needed online). */
  pinFailures: number;
  lastLoginAt: string;
  lastUnlockAt: string | null;
}

export interface DeviceMetaRow {
  key: 'tabletId';
  value: string;
}

export class DeviceDB extends Dexie {
  accounts!: Table<AccountRow, string>;
  meta!: Table<DeviceMetaRow, DeviceMetaRow['key']>;

  constructor(name: string) {
    super(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    this.version(1).stores({ accounts: 'userId, username', meta: 'key' });
  }
}

let opening: Promise<DeviceDB> | null = null;

export function deviceDatabase(): Promise<DeviceDB> {
  opening ??= (async () => {
    const db = new DeviceDB(DEVICE_DB_NAME);
    await db.open();
    return db;
  })().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export async function closeDeviceDatabase(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}
