import { z } from 'zod';
import { isKnownBankBin } from '../banks';
import type { SharedMessageKey } from '../messages';
import { checkWalletPhone, WALLET_PROVIDER_IDS } from '../wallets';
import * as f from './fields';
import { LIMITS } from './limits';

// The payment channel a beneficiary chooses (phương thức chi trả, domain.md §1). Cash is allowed,
// and why someone stays on cash is always recorded so the office can plan to convert them later.

export const PAYMENT_METHODS = ['bank', 'wallet', 'post_office_cash', 'cash_at_home'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const CASH_REASONS = [
  'bedridden',
  'blind',
  'mental_illness',
  'no_one_to_authorise',
  'refuses',
  'other',
] as const;
export type CashReason = (typeof CASH_REASONS)[number];

const bankChoice = f.record({
  method: z.literal('bank'),
  /** NAPAS/VietQR BIN of the bank, e.g. "970415" VietinBank. */
  bankBin: z
    .string({ error: 'validation.payment.bankUnknown' })
    .trim()
    .regex(/^\d{6}$/, { error: 'validation.payment.bankUnknown', abort: true })
    .refine(isKnownBankBin, { error: 'validation.payment.bankUnknown' }),
  /** Digits only; spaces, dots and dashes people type are removed. */
  accountNumber: z
    .string({ error: 'validation.payment.accountNumberInvalid' })
    .max(64, { error: 'validation.payment.accountNumberInvalid', abort: true })
    .overwrite((s) => s.replace(/[\s.-]/g, ''))
    .regex(new RegExp(`^\\d{${LIMITS.accountNumberMin},${LIMITS.accountNumberMax}}$`), {
      error: 'validation.payment.accountNumberInvalid',
    }),
  accountHolder: f.personName(),
});

const walletChoice = f.record({
  method: z.literal('wallet'),
  provider: f.enumOf(WALLET_PROVIDER_IDS, 'validation.payment.walletProviderInvalid'),
  phone: f.phone(),
});

const cashFields = {
  reason: f.enumOf(CASH_REASONS, 'validation.payment.cashReasonInvalid'),
  /** Required when the reason is "other". */
  note: f
    .line(LIMITS.cashNoteMax, {
      required: 'validation.payment.cashNoteRequired',
      tooLong: 'validation.payment.cashNoteTooLong',
    })
    .nullable(),
};

const postOfficeCashChoice = f.record({ method: z.literal('post_office_cash'), ...cashFields });
const cashAtHomeChoice = f.record({ method: z.literal('cash_at_home'), ...cashFields });

export const paymentChoiceSchema = z
  .discriminatedUnion(
    'method',
    [bankChoice, walletChoice, postOfficeCashChoice, cashAtHomeChoice],
    { error: 'validation.payment.methodInvalid' },
  )
  .superRefine((choice, ctx) => {
    if ('reason' in choice && choice.reason === 'other' && choice.note === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.payment.cashNoteRequired',
        path: ['note'],
      });
    }
  });

export type PaymentChoice = z.output<typeof paymentChoiceSchema>;
export type PaymentChoiceInput = z.input<typeof paymentChoiceSchema>;

export interface FieldWarning {
  path: (string | number)[];
  key: SharedMessageKey;
}

/**
 * Advice that does not block saving: a wallet on a phone of another carrier cannot be opened
 * (the wallet lives on its carrier's SIM), but the worker may know better (a SIM swap is planned).
 */
export function paymentChoiceWarnings(choice: PaymentChoice): FieldWarning[] {
  if (choice.method !== 'wallet') return [];
  const check = checkWalletPhone(choice.provider, choice.phone);
  return !check.ok && 'warning' in check ? [{ path: ['phone'], key: check.warning }] : [];
}

/** Same channel and same destination (account, wallet phone, cash reason). */
export function samePaymentChoice(a: PaymentChoice, b: PaymentChoice): boolean {
  switch (a.method) {
    case 'bank':
      return b.method === 'bank' && a.bankBin === b.bankBin && a.accountNumber === b.accountNumber;
    case 'wallet':
      return b.method === 'wallet' && a.provider === b.provider && a.phone === b.phone;
    default:
      return b.method === a.method && 'reason' in b && a.reason === b.reason;
  }
}
