import type { z } from 'zod';
import type {
  AccountState,
  AccountStep,
  AccountUpdate,
  PaymentChoice,
  providerProfileSchema,
} from './schemas';

// Pure rules for a provider's account work, used by the server (to judge and store) and by the
// device (the work list, the roster's account column) alike.

/** What the office configured about a provider: which payment choices are its customers. */
export type ProviderProfile = z.output<typeof providerProfileSchema>;

/** Did this payment choice pick this provider? Cash choices pick none. */
export function choosesProvider(
  choice: PaymentChoice | null,
  provider: Pick<ProviderProfile, 'kind' | 'bankBin' | 'walletProvider'>,
): boolean {
  if (!choice) return false;
  if (choice.method === 'bank')
    return provider.kind === 'bank' && choice.bankBin === provider.bankBin;
  if (choice.method === 'wallet') {
    return provider.kind === 'wallet' && choice.provider === provider.walletProvider;
  }
  return false;
}

/** The steps an account of this provider goes through: a wallet has no card. */
export function stepsFor(providerKind: string): readonly AccountStep[] {
  return providerKind === 'wallet'
    ? ['opened', 'safe_use_shown']
    : ['opened', 'card_issued', 'safe_use_shown'];
}

export interface AccountProgress {
  /** The furthest step recorded. */
  status: AccountStep;
  /** From the latest "opened" record. */
  accountNumber: string | null;
  openedOn: string | null;
  cardIssuedOn: string | null;
  safeUseShownOn: string | null;
}

const ORDER: Record<AccountStep, number> = { opened: 1, card_issued: 2, safe_use_shown: 3 };

/**
 * Folds one beneficiary's records with one provider into where the account stands. For each step
 * the latest record (by recording time, then id) wins, whatever order they arrive in; null when
 * nothing is recorded.
 */
export function foldAccountUpdates(
  updates: readonly Pick<
    AccountUpdate,
    'id' | 'step' | 'accountNumber' | 'happenedOn' | 'recordedAt'
  >[],
): AccountProgress | null {
  const latest = new Map<AccountStep, (typeof updates)[number]>();
  for (const u of updates) {
    const seen = latest.get(u.step);
    if (
      !seen ||
      u.recordedAt > seen.recordedAt ||
      (u.recordedAt === seen.recordedAt && u.id > seen.id)
    ) {
      latest.set(u.step, u);
    }
  }
  if (latest.size === 0) return null;
  const status = [...latest.keys()].reduce((a, b) => (ORDER[b] > ORDER[a] ? b : a));
  return {
    status,
    accountNumber: latest.get('opened')?.accountNumber ?? null,
    openedOn: latest.get('opened')?.happenedOn ?? null,
    cardIssuedOn: latest.get('card_issued')?.happenedOn ?? null,
    safeUseShownOn: latest.get('safe_use_shown')?.happenedOn ?? null,
  };
}

/** Where an account stands for lists and filters: not opened until a step is recorded. */
export function accountStateOf(progress: { status: AccountStep } | null | undefined): AccountState {
  return progress?.status ?? 'not_opened';
}

/** The last digits of an account number, all a field worker or supervisor is shown. */
export function accountNumberTail(accountNumber: string | null): string | null {
  return accountNumber === null ? null : accountNumber.slice(-4);
}
