import { describe, expect, test } from 'vitest';
import { getDeviceId, listOutbox, saveVisit, ValidationError } from '../../../src/client/db';
import {
  correctAccountStep,
  listAccountWork,
  listAccountsOf,
  recordAccountStep,
} from '../../../src/client/db/accountWork';
import { settleOutbox } from '../../../src/client/db/outboxBulk';
import { applyPulledPage } from '../../../src/client/db/pulled';
import { upsertBeneficiaries } from '../../../src/client/db/roster';
import type { ProviderProfile } from '../../../src/shared/accounts';
import { newId } from '../../../src/shared/ids';
import * as samples from '../../shared/schemas/samples';
import { deviceVisit, freshDb } from './helpers';

// The provider agent's work list on the tablet: derived from the roster and visits it pulled,
// with the steps it recorded offline laid over the server's last word.

const VIETINBANK: ProviderProfile = {
  id: 'vietinbank-ls',
  name: 'VietinBank Lạng Sơn',
  kind: 'bank',
  bankBin: '970415',
  walletProvider: null,
};

async function setUp() {
  const db = await freshDb();
  const [bank, cash, none] = ['Hoàng Văn Thụ', 'Lò Thị Mai', 'Vi Văn Đức'].map((fullName) =>
    samples.beneficiary({ id: crypto.randomUUID(), fullName, communeCode: '06004' }),
  );
  await upsertBeneficiaries(db, [bank, cash, none]);
  await saveVisit(db, await deviceVisit(db, { beneficiaryId: bank!.id, communeCode: '06004' }));
  await saveVisit(
    db,
    await deviceVisit(db, {
      beneficiaryId: cash!.id,
      communeCode: '06004',
      payment: { method: 'post_office_cash', reason: 'refuses', note: null },
    }),
  );
  return { db, bank: bank!.id as string };
}

async function stepFor(db: Awaited<ReturnType<typeof freshDb>>, beneficiaryId: string, o = {}) {
  return samples.accountUpdate({
    id: newId(),
    beneficiaryId,
    deviceId: await getDeviceId(db),
    recordedAt: new Date().toISOString(),
    ...o,
  });
}

describe('the account work list', () => {
  test('lists only people whose latest choice names the provider, filtered by commune and state', async () => {
    const { db, bank } = await setUp();
    const list = await listAccountWork(db, VIETINBANK);
    expect(list.map((i) => [i.fullName, i.account.state])).toEqual([
      ['Hoàng Văn Thụ', 'not_opened'],
    ]);
    expect(await listAccountWork(db, VIETINBANK, { communeCode: '06037' })).toEqual([]);
    expect(await listAccountWork(db, VIETINBANK, { state: 'opened' })).toEqual([]);
    expect(await listAccountWork(db, { ...VIETINBANK, bankBin: '970405' })).toEqual([]);
    expect(list[0]!.beneficiaryId).toBe(bank);
  });

  test('a step recorded offline shows at once, waits in the outbox, and survives the sync', async () => {
    const { db, bank } = await setUp();
    const entry = await recordAccountStep(db, await stepFor(db, bank));
    expect(entry).toMatchObject({ type: 'account.update', status: 'pending' });
    const [item] = await listAccountWork(db, VIETINBANK, { state: 'opened' });
    expect(item?.account).toMatchObject({ state: 'opened', accountNumberTail: '7890', pending: 1 });
    // The server applies it; the pull that follows brings its state back.
    await settleOutbox(db, [
      { id: entry.id, status: 'applied', appliedAt: new Date().toISOString() },
    ]);
    expect((await listOutbox(db)).filter((e) => e.type === 'account.update')).toEqual([]);
    await applyPulledPage(db, {
      beneficiaries: [],
      removedBeneficiaryIds: [],
      visits: [],
      accounts: [
        {
          beneficiaryId: bank,
          providerId: 'vietinbank-ls',
          status: 'opened',
          accountNumberTail: '7890',
          openedOn: '2025-07-03',
          cardIssuedOn: null,
          safeUseShownOn: null,
          updatedAt: '2025-07-03T05:00:00.000Z',
        },
      ],
      cursor: '10',
    });
    expect(await listAccountsOf(db, bank)).toEqual([
      {
        providerId: 'vietinbank-ls',
        state: 'opened',
        accountNumberTail: '7890',
        openedOn: '2025-07-03',
        cardIssuedOn: null,
        safeUseShownOn: null,
        pending: 0,
      },
    ]);
  });

  test('a rejected step falls back to the server state, is listed for correction, and can be resent', async () => {
    const { db, bank } = await setUp();
    const entry = await recordAccountStep(db, await stepFor(db, bank));
    await settleOutbox(db, [
      {
        id: entry.id,
        status: 'rejected',
        errors: [{ path: 'payload.beneficiaryId', key: 'account.notChosen' }],
      },
    ]);
    const [item] = await listAccountWork(db, VIETINBANK);
    expect(item?.account.state).toBe('not_opened');
    expect(item?.rejected.map((r) => r.errors)).toEqual([
      [{ path: 'payload.beneficiaryId', key: 'account.notChosen' }],
    ]);
    const fixed = await correctAccountStep(
      db,
      entry.id,
      await stepFor(db, bank, { note: 'đã kiểm tra' }),
    );
    expect(fixed).toMatchObject({ id: entry.id, seq: entry.seq, status: 'pending', errors: null });
    expect((await listAccountWork(db, VIETINBANK))[0]?.account.state).toBe('opened');
  });

  test('bad input is refused with keys and writes nothing', async () => {
    const { db, bank } = await setUp();
    const before = (await listOutbox(db)).length;
    await expect(
      recordAccountStep(db, await stepFor(db, bank, { accountNumber: null })),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      recordAccountStep(db, await stepFor(db, bank, { deviceId: crypto.randomUUID() })),
    ).rejects.toMatchObject({
      issues: [{ path: 'deviceId', key: 'validation.visit.deviceMismatch' }],
    });
    expect((await listOutbox(db)).length).toBe(before);
  });
});
