import { describe, expect, it } from 'vitest';
import {
  WALLET_PROVIDERS,
  WALLET_PROVIDER_IDS,
  checkWalletPhone,
  isWalletProviderId,
  type WalletProviderId,
} from '../../src/shared/wallets';

describe('WALLET_PROVIDERS', () => {
  it('ties each telecom wallet to its carrier', () => {
    expect(WALLET_PROVIDER_IDS).toEqual(['viettel_money', 'vnpt_money', 'mobifone_money']);
    expect(WALLET_PROVIDERS.viettel_money).toEqual({
      id: 'viettel_money',
      name: 'Viettel Money',
      carrier: 'viettel',
    });
    expect(WALLET_PROVIDERS.vnpt_money.carrier).toBe('vinaphone');
    expect(WALLET_PROVIDERS.mobifone_money.carrier).toBe('mobifone');
    for (const id of WALLET_PROVIDER_IDS) expect(WALLET_PROVIDERS[id].id).toBe(id);
  });

  it('recognises provider ids', () => {
    expect(isWalletProviderId('vnpt_money')).toBe(true);
    expect(isWalletProviderId('momo')).toBe(false);
    expect(isWalletProviderId(undefined)).toBe(false);
  });
});

describe('checkWalletPhone', () => {
  it.each([
    ['viettel_money', '0981 234 567', 'viettel'],
    ['vnpt_money', '+84 912 345 678', 'vinaphone'],
    ['mobifone_money', '090.123.4567', 'mobifone'],
  ] as const)('accepts %s on a %s-carrier number', (provider, phone, carrier) => {
    expect(checkWalletPhone(provider, phone)).toEqual({ ok: true, carrier });
  });

  it('warns, naming both carriers, when the phone is on another network', () => {
    expect(checkWalletPhone('viettel_money', '0912345678')).toEqual({
      ok: false,
      warning: 'parse.wallet.carrierMismatch',
      phoneCarrier: 'vinaphone',
      walletCarrier: 'viettel',
    });
    expect(checkWalletPhone('mobifone_money', '0521234567')).toMatchObject({
      warning: 'parse.wallet.carrierMismatch',
      phoneCarrier: 'vietnamobile',
    });
  });

  it('passes on the phone error, with the conversion suggestion for an old number', () => {
    expect(checkWalletPhone('viettel_money', '')).toEqual({
      ok: false,
      error: 'parse.phone.empty',
    });
    expect(checkWalletPhone('viettel_money', '01682345678')).toEqual({
      ok: false,
      error: 'parse.phone.oldNumber',
      suggestion: '0382345678',
    });
  });

  it('rejects an unknown provider instead of throwing', () => {
    expect(checkWalletPhone('momo' as WalletProviderId, '0981234567')).toEqual({
      ok: false,
      error: 'parse.wallet.unknownProvider',
    });
  });
});
