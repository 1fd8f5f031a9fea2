// Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first imported;
// setup.ts installs a fresh factory per test, but only after the imports. This import comes first.
import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import {
  markOutboxResult,
  saveVisit,
  upsertBeneficiaries,
  listOutbox,
} from '../../../src/client/db';
import { appDatabase, closeAppDatabase } from '../../../src/client/db/appDatabase';
import {
  listRosterItems,
  listVisitHistory,
  unsyncedBeneficiaryIds,
  watchRosterItems,
  type RosterListItem,
} from '../../../src/client/db/rosterQueries';
import { generateRoster } from '../../../src/shared/demo';
import { absentVisit } from '../../shared/schemas/samples';
import { deviceVisit } from '../db/helpers';

afterEach(() => closeAppDatabase());

test('list items carry the status this device derived from its visits', async () => {
  const db = await appDatabase();
  const [person] = generateRoster({ seed: 3, size: 50 });
  await upsertBeneficiaries(db, [{ ...person!, status: 'not_visited' }]);
  await saveVisit(db, await deviceVisit(db, { beneficiaryId: person!.id }));
  const items = await listRosterItems(db);
  expect(items).toEqual([
    expect.objectContaining({ id: person!.id, status: 'visited', village: person!.village }),
  ]);
});

test('the roster feed re-reads when the roster changes', async () => {
  const db = await appDatabase();
  const people = generateRoster({ seed: 4, size: 50 });
  const seen: RosterListItem[][] = [];
  const stop = watchRosterItems(
    db,
    (items) => seen.push(items),
    (e) => {
      throw e;
    },
  );
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]).toEqual([]);
  await upsertBeneficiaries(db, people.slice(0, 10));
  await expect.poll(() => seen.at(-1)?.length).toBe(10);
  stop();
});

test('a beneficiary is marked unsynced while a visit waits, and cleared once the server has it', async () => {
  const db = await appDatabase();
  const [a, b] = generateRoster({ seed: 5, size: 50 });
  await upsertBeneficiaries(db, [a, b]);
  const visit = await deviceVisit(db, { beneficiaryId: a!.id });
  await saveVisit(db, visit);
  expect(await unsyncedBeneficiaryIds(db)).toEqual(new Set([a!.id]));

  let history = await listVisitHistory(db, a!.id);
  expect(history).toEqual([
    expect.objectContaining({ sync: 'pending', ownDevice: true, superseded: false }),
  ]);

  const [entry] = await listOutbox(db);
  await markOutboxResult(db, [{ id: entry!.id, status: 'applied' }]);
  expect(await unsyncedBeneficiaryIds(db)).toEqual(new Set());
  history = await listVisitHistory(db, a!.id);
  expect(history[0]!.sync).toBe('synced');
});

test('history lists newest first and marks a visit a later one corrects', async () => {
  const db = await appDatabase();
  const [a] = generateRoster({ seed: 6, size: 50 });
  await upsertBeneficiaries(db, [a]);
  const { deviceId: _other, ...absent } = absentVisit();
  const first = await deviceVisit(db, {
    ...absent,
    beneficiaryId: a!.id,
    visitedAt: '2025-07-02T03:00:00.000Z',
  });
  await saveVisit(db, first);
  const second = await deviceVisit(db, {
    beneficiaryId: a!.id,
    visitedAt: '2025-07-05T03:00:00.000Z',
    supersedesVisitId: first.id,
  });
  await saveVisit(db, second);
  const history = await listVisitHistory(db, a!.id);
  expect(history.map((h) => [h.visit.id, h.superseded])).toEqual([
    [second.id, false],
    [first.id, true],
  ]);
});
