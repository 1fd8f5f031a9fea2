import { describe, expect, it } from 'vitest';
import {
  paymentChoiceSchema,
  paymentChoiceWarnings,
  samePaymentChoice,
  type PaymentChoice,
} from '../../../src/shared/schemas';
import { issues } from './expectIssues';
import { VIETINBANK_BIN } from './samples';

const bank = {
  method: 'bank',
  bankBin: VIETINBANK_BIN,
  accountNumber: '123456',
  accountHolder: 'Lê Văn A',
};
const wallet = { method: 'wallet', provider: 'viettel_money', phone: '0987654321' };
const cash = { method: 'cash_at_home', reason: 'bedridden', note: null };

describe('payment choice', () => {
  it('accepts each channel', () => {
    for (const choice of [bank, wallet, cash, { ...cash, method: 'post_office_cash' }]) {
      expect(paymentChoiceSchema.safeParse(choice).success).toBe(true);
    }
  });

  it('stores account numbers as digits and wallet phones as E.164', () => {
    expect(paymentChoiceSchema.parse({ ...bank, accountNumber: '1010 2020-3030.4' })).toMatchObject(
      {
        accountNumber: '1010202030304',
      },
    );
    expect(paymentChoiceSchema.parse(wallet)).toMatchObject({ phone: '+84987654321' });
  });

  it('rejects an unknown method, bank or wallet', () => {
    expect(issues(paymentChoiceSchema, { method: 'crypto' })).toEqual([
      'method → validation.payment.methodInvalid',
    ]);
    expect(issues(paymentChoiceSchema, { ...bank, bankBin: '123456' })).toEqual([
      'bankBin → validation.payment.bankUnknown',
    ]);
    expect(issues(paymentChoiceSchema, { ...wallet, provider: 'momo' })).toEqual([
      'provider → validation.payment.walletProviderInvalid',
    ]);
  });

  it('bounds account numbers to 6–19 digits', () => {
    expect(paymentChoiceSchema.safeParse({ ...bank, accountNumber: '1'.repeat(19) }).success).toBe(
      true,
    );
    for (const accountNumber of ['12345', '1'.repeat(20), '12345x']) {
      expect(issues(paymentChoiceSchema, { ...bank, accountNumber })).toEqual([
        'accountNumber → validation.payment.accountNumberInvalid',
      ]);
    }
  });

  it('requires a reason for cash, and words when the reason is "other"', () => {
    expect(issues(paymentChoiceSchema, { ...cash, reason: undefined })).toEqual([
      'reason → validation.payment.cashReasonInvalid',
    ]);
    expect(issues(paymentChoiceSchema, { ...cash, reason: 'other' })).toEqual([
      'note → validation.payment.cashNoteRequired',
    ]);
    expect(
      paymentChoiceSchema.safeParse({ ...cash, reason: 'other', note: 'Đi làm ăn xa' }).success,
    ).toBe(true);
    expect(issues(paymentChoiceSchema, { ...cash, note: 'x'.repeat(501) })).toEqual([
      'note → validation.payment.cashNoteTooLong',
    ]);
  });

  it("warns, without rejecting, when the wallet is not on the phone's carrier", () => {
    const mismatch = paymentChoiceSchema.parse({ ...wallet, provider: 'vnpt_money' });
    expect(paymentChoiceWarnings(mismatch)).toEqual([
      { path: ['phone'], key: 'parse.wallet.carrierMismatch' },
    ]);
    expect(paymentChoiceWarnings(paymentChoiceSchema.parse(wallet))).toEqual([]);
    expect(paymentChoiceWarnings(paymentChoiceSchema.parse(bank))).toEqual([]);
  });

  it('compares choices by channel and destination', () => {
    const parse = (v: unknown) => paymentChoiceSchema.parse(v) as PaymentChoice;
    expect(samePaymentChoice(parse(bank), parse({ ...bank, accountHolder: 'LE VAN A' }))).toBe(
      true,
    );
    expect(samePaymentChoice(parse(bank), parse({ ...bank, accountNumber: '654321' }))).toBe(false);
    expect(samePaymentChoice(parse(wallet), parse({ ...wallet, phone: '+84987654321' }))).toBe(
      true,
    );
    expect(samePaymentChoice(parse(cash), parse({ ...cash, method: 'post_office_cash' }))).toBe(
      false,
    );
    expect(samePaymentChoice(parse(cash), parse({ ...cash, reason: 'blind' }))).toBe(false);
    expect(samePaymentChoice(parse(bank), parse(wallet))).toBe(false);
  });
});
