import { stepsFor } from '../../../shared/accounts';
import type { AccountStep } from '../../../shared/schemas';
import type { AccountView, AccountWorkItem } from '../../db/accountWork';

// Which steps a row offers, and what the step form starts with.

/** The steps still to record for this account, in order (a wallet has no card). */
export function nextSteps(providerKind: string, account: AccountView): AccountStep[] {
  const done: Record<AccountStep, boolean> = {
    opened: account.openedOn !== null,
    card_issued: account.cardIssuedOn !== null,
    safe_use_shown: account.safeUseShownOn !== null,
  };
  if (!done.opened) return ['opened'];
  return stepsFor(providerKind).filter((s) => !done[s]);
}

/** Today in Vietnam (UTC+7), "YYYY-MM-DD". */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The number the field worker noted at the visit: a bank account, or the wallet's phone. */
export function declaredNumber(item: AccountWorkItem): string {
  return item.payment.method === 'bank'
    ? item.payment.accountNumber
    : item.payment.phone.replace(/^\+84/, '0');
}
