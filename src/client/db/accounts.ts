import { newId } from '../../shared/ids';
import { deviceDatabase, type AccountRow } from './deviceDatabase';
import { withStorageErrors } from './errors';

// The accounts signed in on this tablet and their tokens. Only the sync layer's session code
// calls these; screens read the result through it.

export type { AccountRow, PinHash } from './deviceDatabase';

/** Each user's records live in their own database, named after their server id. */
export function userDatabaseName(userId: string): string {
  return `ghidanh-${userId}`;
}

export async function listAccounts(): Promise<AccountRow[]> {
  const db = await deviceDatabase();
  const rows = await db.accounts.toArray();
  return rows.sort((a, b) => b.lastLoginAt.localeCompare(a.lastLoginAt));
}

export async function getAccount(userId: string): Promise<AccountRow | undefined> {
  return (await deviceDatabase()).accounts.get(userId);
}

/** The account most recently signed in under this username, if any. */
export async function findAccountByUsername(username: string): Promise<AccountRow | undefined> {
  const db = await deviceDatabase();
  const rows = await db.accounts.where('username').equals(username).toArray();
  return rows.sort((a, b) => b.lastLoginAt.localeCompare(a.lastLoginAt))[0];
}

export async function putAccount(row: AccountRow): Promise<void> {
  const db = await deviceDatabase();
  await withStorageErrors(() => db.accounts.put(row));
}

/** Changes some fields of an account; returns the account as stored, or undefined if gone. */
export async function updateAccount(
  userId: string,
  changes: Partial<Omit<AccountRow, 'userId'>>,
): Promise<AccountRow | undefined> {
  const db = await deviceDatabase();
  return withStorageErrors(() =>
    db.transaction('rw', db.accounts, async () => {
      const row = await db.accounts.get(userId);
      if (!row) return undefined;
      const next = { ...row, ...changes };
      await db.accounts.put(next);
      return next;
    }),
  );
}

export async function removeAccount(userId: string): Promise<void> {
  const db = await deviceDatabase();
  await db.accounts.delete(userId);
}

/** A random id for this tablet, made once: it names the tablet to the server for every user. */
export async function getTabletId(): Promise<string> {
  const db = await deviceDatabase();
  return withStorageErrors(() =>
    db.transaction('rw', db.meta, async () => {
      const row = await db.meta.get('tabletId');
      if (row) return row.value;
      const value = newId();
      await db.meta.put({ key: 'tabletId', value });
      return value;
    }),
  );
}
