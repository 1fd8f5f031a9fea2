import type { PaymentChoice } from '../schemas/payment';

// Which provider serves a beneficiary's choice. A provider is configured with the channels it
// serves ("bank:970415" for a VietinBank branch, "wallet:viettel_money", "post_office_cash" …),
// and a payment choice names exactly one channel, so "who chose this provider" is one comparison.

export type Channel = string;

export function channelOf(choice: PaymentChoice): Channel {
  switch (choice.method) {
    case 'bank':
      return `bank:${choice.bankBin}`;
    case 'wallet':
      return `wallet:${choice.provider}`;
    default:
      return choice.method;
  }
}

/** A channel as configured: "bank:" + six-digit BIN, "wallet:" + wallet id, or a cash method. */
export const CHANNEL_PATTERN =
  /^(bank:\d{6}|wallet:(viettel_money|vnpt_money|mobifone_money)|post_office_cash|cash_at_home)$/;

/** Choices that need an account opened by the provider (cash needs none). */
export function needsAccount(choice: PaymentChoice): boolean {
  return choice.method === 'bank' || choice.method === 'wallet';
}
