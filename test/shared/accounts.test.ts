import { describe, expect, test } from 'vitest';
import {
  accountNumberTail,
  accountStateOf,
  choosesProvider,
  foldAccountUpdates,
  stepsFor,
} from '../../src/shared/accounts';
import { accountUpdateSchema, mutationSchema, type AccountUpdate } from '../../src/shared/schemas';
import { issues } from './schemas/expectIssues';
import * as samples from './schemas/samples';

describe('accountUpdateSchema', () => {
  test('a valid step parses; the account number is cleaned to digits', () => {
    const parsed = accountUpdateSchema.parse(samples.accountUpdate());
    expect(parsed.accountNumber).toBe('101234567890');
  });

  test.each([
    [{ accountNumber: null }, 'accountNumber → account.numberRequired'],
    [{ step: 'card_issued' }, 'accountNumber → account.numberNotAllowed'],
    [{ step: 'closed' }, 'step → account.stepInvalid'],
    [{ happenedOn: '2025-07-10' }, 'happenedOn → account.dateFuture'],
    [{ happenedOn: '2009-01-01' }, 'happenedOn → account.dateTooOld'],
    [{ happenedOn: '2025-02-30' }, 'happenedOn → validation.date.invalid'],
    [{ note: 'x'.repeat(301) }, 'note → account.noteTooLong'],
    [{ accountNumber: '12ab' }, 'accountNumber → validation.payment.accountNumberInvalid'],
    [{ providerId: 'Viettin Bank!' }, 'providerId → account.providerInvalid'],
  ])('%o is refused with its key', (change, expected) => {
    expect(issues(accountUpdateSchema, samples.accountUpdate(change))).toEqual([expected]);
  });

  test('travels as an account.update mutation; an unknown type is named', () => {
    const m = {
      id: '01980000-0000-7000-8000-0000000000b1',
      deviceId: '0197f000-0000-7000-8000-000000000001',
      seq: 3,
      type: 'account.update',
      payload: samples.accountUpdate(),
      createdAt: '2025-07-03T04:00:00.000Z',
    };
    expect(mutationSchema.safeParse(m).success).toBe(true);
    expect(issues(mutationSchema, { ...m, payload: samples.visit() })).not.toEqual([]);
    expect(issues(mutationSchema, { ...m, type: 'rights.request' })).toEqual([
      'type → validation.sync.typeInvalid',
    ]);
    expect(issues(mutationSchema, 'not an object')).toEqual([' → validation.object.invalid']);
  });
});

describe('account rules', () => {
  const bank = { kind: 'bank', bankBin: '970415', walletProvider: null } as const;
  const wallet = { kind: 'wallet', bankBin: null, walletProvider: 'viettel_money' } as const;

  test('a payment choice picks the bank by its BIN, the wallet by its id, cash nobody', () => {
    const choice = {
      method: 'bank',
      bankBin: '970415',
      accountNumber: '1',
      accountHolder: 'A',
    } as const;
    expect(choosesProvider(choice, bank)).toBe(true);
    expect(choosesProvider({ ...choice, bankBin: '970405' }, bank)).toBe(false);
    expect(choosesProvider(choice, wallet)).toBe(false);
    const w = { method: 'wallet', provider: 'viettel_money', phone: '+84961234567' } as const;
    expect(choosesProvider(w, wallet)).toBe(true);
    expect(choosesProvider(w, bank)).toBe(false);
    expect(
      choosesProvider({ method: 'post_office_cash', reason: 'refuses', note: null }, bank),
    ).toBe(false);
    expect(choosesProvider(null, bank)).toBe(false);
    expect(stepsFor('wallet')).toEqual(['opened', 'safe_use_shown']);
  });

  test('folding steps: the latest record of each step wins, in any order; state is the furthest', () => {
    const u = (o: Partial<AccountUpdate>) =>
      accountUpdateSchema.parse(samples.accountUpdate(o as Record<string, unknown>));
    const first = u({ id: '01980000-0000-7000-8000-0000000000c1', accountNumber: '111111' });
    const fixed = u({
      id: '01980000-0000-7000-8000-0000000000c2',
      accountNumber: '222222',
      recordedAt: '2025-07-04T04:00:00.000Z',
    });
    const card = u({
      id: '01980000-0000-7000-8000-0000000000c3',
      step: 'card_issued',
      accountNumber: null,
      happenedOn: '2025-07-04',
      recordedAt: '2025-07-04T05:00:00.000Z',
    });
    const expected = {
      status: 'card_issued',
      accountNumber: '222222',
      openedOn: '2025-07-03',
      cardIssuedOn: '2025-07-04',
      safeUseShownOn: null,
    };
    expect(foldAccountUpdates([first, fixed, card])).toEqual(expected);
    expect(foldAccountUpdates([card, fixed, first])).toEqual(expected);
    expect(foldAccountUpdates([])).toBeNull();
    expect(accountStateOf(null)).toBe('not_opened');
    expect(accountStateOf(foldAccountUpdates([first]))).toBe('opened');
    expect(accountNumberTail('101234567890')).toBe('7890');
  });
});
