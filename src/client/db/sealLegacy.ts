import {
  sealAccount,
  sealAttachment,
  sealCarried,
  sealDraft,
  sealOutbox,
  sealRoster,
  sealVisit,
} from './codec';
import type { IndexableType } from 'dexie';
import type { GhiDanhDB } from './database';
import { withStorageErrors } from './errors';
import { LockedError, type Sealer } from './seal/sealer';

// The first unlock after the version-5 upgrade: records written before it are still clear.
// Each table is sealed in batches — read a batch of clear rows, seal them outside any
// transaction (Web Crypto would let it commit), then write back only rows still clear, so a
// row another tab sealed or changed meanwhile is not overwritten. Then the key check is stored:
// later opens with another key fail at once instead of showing unreadable records.

const BATCH = 500;
const KEY_CHECK = 'ghidanh-key-check';
const SEAL_VERSION = 1;

type AnyRow = Record<string, unknown>;

const SEALERS: Record<string, (s: Sealer, row: never) => Promise<object>> = {
  roster: sealRoster,
  visits: sealVisit,
  attachments: sealAttachment,
  drafts: sealDraft,
  outbox: sealOutbox,
  carried: sealCarried,
  accounts: sealAccount,
};

async function checkKey(db: GhiDanhDB, sealer: Sealer): Promise<void> {
  const stored = await db.syncMeta.get('keyCheck');
  if (stored) {
    const text = await sealer.open<string>(stored.value as ArrayBuffer, 'syncMeta:keyCheck');
    if (text !== KEY_CHECK) throw new LockedError('The data key does not match this database');
    return;
  }
  const value = await sealer.seal(KEY_CHECK, 'syncMeta:keyCheck');
  await withStorageErrors(() => db.syncMeta.put({ key: 'keyCheck', value }));
}

async function sealTable(db: GhiDanhDB, sealer: Sealer, name: string): Promise<number> {
  const table = db.table<AnyRow, IndexableType>(name);
  const seal = SEALERS[name]!;
  // Most tables are keyed by `id`; accounts by [beneficiaryId, providerId].
  const path = table.schema.primKey.keyPath ?? 'id';
  const keyOf = (row: AnyRow) =>
    (Array.isArray(path) ? path.map((p) => row[p]) : row[path]) as IndexableType;
  let done = 0;
  for (;;) {
    const clear = await table
      .filter((row) => !('sealed' in row))
      .limit(BATCH)
      .toArray();
    if (clear.length === 0) return done;
    const sealed = await Promise.all(clear.map((row) => seal(sealer, row as never)));
    await withStorageErrors(() =>
      db.transaction('rw', table, async () => {
        const now = await table.bulkGet(clear.map(keyOf));
        const still = sealed.filter((_, i) => now[i] && !('sealed' in now[i]!));
        await table.bulkPut(still as AnyRow[]);
      }),
    );
    done += clear.length;
  }
}

/** Seals every clear row left from before version 5; returns how many were sealed. */
export async function sealLegacyRows(db: GhiDanhDB, sealer: Sealer): Promise<number> {
  await checkKey(db, sealer);
  if ((await db.syncMeta.get('sealVersion'))?.value === SEAL_VERSION) return 0;
  let total = 0;
  for (const name of Object.keys(SEALERS)) total += await sealTable(db, sealer, name);
  await withStorageErrors(() => db.syncMeta.put({ key: 'sealVersion', value: SEAL_VERSION }));
  return total;
}
