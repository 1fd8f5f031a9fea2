import { z } from 'zod';
import * as f from './fields';
import { WALLET_PROVIDER_IDS } from '../wallets';
import { LIMITS } from './limits';

// A payment provider's work on one beneficiary's account (domain.md §2): the account opened (with
// its number), the card issued, the person shown how to use the account safely. Each step is one
// record, made on the agent's device and synced like a visit; the account's state is derived from
// the steps recorded (deriveAccountState), so two devices' records never overwrite each other.

export const ACCOUNT_STEPS = ['opened', 'card_issued', 'safe_use_shown'] as const;
export type AccountStep = (typeof ACCOUNT_STEPS)[number];

/** Where an account stands: the furthest step recorded, or not opened yet. */
export const ACCOUNT_STATES = ['not_opened', ...ACCOUNT_STEPS] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** Payment providers' ids, as the office configures them ("vietinbank-ls"). */
export function providerId() {
  return z
    .string({ error: 'account.providerInvalid' })
    .regex(/^[a-z0-9][a-z0-9._-]{0,39}$/, { error: 'account.providerInvalid' });
}

/** Digits only; spaces, dots and dashes people type are removed. A wallet's number is its phone. */
const accountNumber = z
  .string({ error: 'validation.payment.accountNumberInvalid' })
  .max(64, { error: 'validation.payment.accountNumberInvalid', abort: true })
  .overwrite((s) => s.replace(/[\s.-]/g, ''))
  .regex(new RegExp(`^\\d{${LIMITS.accountNumberMin},${LIMITS.accountNumberMax}}$`), {
    error: 'validation.payment.accountNumberInvalid',
  });

const accountUpdateShape = f.record({
  /** This record's own id (UUIDv7, made on the device). */
  id: f.uuidV7(),
  beneficiaryId: f.uuid(),
  providerId: providerId(),
  deviceId: f.uuid(),
  workerId: f.workerId(),
  step: f.enumOf(ACCOUNT_STEPS, 'account.stepInvalid'),
  /** Required with "opened", absent otherwise. */
  accountNumber: accountNumber.nullable(),
  /** The day the step happened, which may be before the day it was recorded. */
  happenedOn: f.isoDate(),
  note: f.freeText(LIMITS.accountNoteMax, 'account.noteTooLong'),
  recordedAt: f.timestamp(),
});

type Shape = z.output<typeof accountUpdateShape>;

export const accountUpdateSchema = accountUpdateShape.superRefine((u: Shape, ctx) => {
  if (u.step === 'opened' && (u.accountNumber === null || u.accountNumber === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'account.numberRequired', path: ['accountNumber'] });
  }
  if (u.step !== 'opened' && u.accountNumber !== null && u.accountNumber !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'account.numberNotAllowed', path: ['accountNumber'] });
  }
  // One day of slack: the recorded instant is UTC, the day is Vietnam's (UTC+7). The refinement
  // also runs when a field failed, so nothing here may assume the fields are valid.
  const recorded = Date.parse(u.recordedAt);
  const latest = Number.isFinite(recorded)
    ? new Date(recorded + 86_400_000).toISOString().slice(0, 10)
    : null;
  if (latest !== null && u.happenedOn > latest) {
    ctx.addIssue({ code: 'custom', message: 'account.dateFuture', path: ['happenedOn'] });
  }
  if (
    typeof u.happenedOn === 'string' &&
    Number(u.happenedOn.slice(0, 4)) < LIMITS.accountMinYear
  ) {
    ctx.addIssue({ code: 'custom', message: 'account.dateTooOld', path: ['happenedOn'] });
  }
});

/** What the office configured about a provider agent's provider (see shared/accounts.ts). */
export const providerProfileSchema = f.record({
  id: providerId(),
  name: z
    .string({ error: 'validation.text.invalid' })
    .max(100, { error: 'validation.text.invalid' }),
  kind: z
    .string({ error: 'validation.text.invalid' })
    .max(20, { error: 'validation.text.invalid' }),
  bankBin: z
    .string({ error: 'validation.payment.bankUnknown' })
    .regex(/^\d{6}$/, { error: 'validation.payment.bankUnknown' })
    .nullable(),
  walletProvider: f
    .enumOf(WALLET_PROVIDER_IDS, 'validation.payment.walletProviderInvalid')
    .nullable(),
});

export type AccountUpdate = z.output<typeof accountUpdateSchema>;
export type AccountUpdateInput = z.input<typeof accountUpdateSchema>;
