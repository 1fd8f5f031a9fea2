import type { PaymentChoice } from '../schemas/payment';

// Whether a provider serves a choice is `choosesProvider` in ../accounts.ts (one rule for the work
// list, the push checks and these lists).

/** Choices that need an account opened by the provider (cash needs none). */
export function needsAccount(choice: PaymentChoice): boolean {
  return choice.method === 'bank' || choice.method === 'wallet';
}
