// Every schema this database has shipped with. Never edit a shipped version: add a new one,
// with an upgrade that carries the data across, and a test that opens the old one with data in it.

/** Version 1: the first shipped schema. The roster could only be listed, not searched by index. */
export const STORES_V1 = {
  roster: 'id, sortKey, communeCode, currentStatus',
  visits: 'id, beneficiaryId, visitedAt',
  attachments: 'id, visitId',
  drafts: 'id, beneficiaryId, updatedAt',
  outbox: 'id, &seq, status, visitId',
  syncMeta: 'key',
} as const;

/**
 * Version 2: accent-insensitive search. Roster rows gain `searchKey` and the multi-entry
 * `searchWords` index (filled in by the upgrade), and a commune + sort order index for paging.
 */
export const STORES_V2 = {
  roster: 'id, sortKey, communeCode, currentStatus, *searchWords, [communeCode+sortKey]',
} as const;

/**
 * Version 3: backups carried from another device (a broken tablet's unsynced records), kept whole
 * until the server has them. They are not this device's mutations, so they stay out of its outbox.
 */
export const STORES_V3 = {
  carried: 'id, importedAt',
} as const;

/**
 * Version 4: providers' account work. `accounts` holds each account's state as the server last
 * sent it (one row per beneficiary and provider); the outbox gains a `type` index, so a
 * beneficiary's account steps still waiting to be sent are found without reading the visits'.
 * Existing outbox rows are all visits and already carry `type`: nothing to carry across.
 */
export const STORES_V4 = {
  accounts: '[beneficiaryId+providerId], beneficiaryId, providerId',
  outbox: 'id, &seq, status, visitId, type',
} as const;

/**
 * Version 5: encryption at rest. Everything personal moves into a sealed field (stored.ts); the
 * roster loses its clear search and sort indexes (names, ID numbers, phones) — search runs on an
 * index built in memory at unlock (rosterMemory.ts). The upgrade itself cannot encrypt (it has no
 * key, and Web Crypto cannot run inside its transaction): it drops the clear search keys, and the
 * first unlock seals the remaining clear rows (sealLegacy.ts, the accounts of version 4 too)
 * before anything reads them.
 */
export const STORES_V5 = {
  roster: 'id, communeCode, currentStatus',
} as const;

export const CURRENT_VERSION = 5;
