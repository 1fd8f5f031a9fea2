import type { ParserMessageKey } from './messages/parsers';
import { normalizeVnPhone, type Carrier } from './phone';

// Telecom mobile-money wallets (domain.md §1, §4). A wallet lives on its own carrier's SIM, so the
// beneficiary's phone must be on that carrier. Which wallets serve a commune is configuration.

export const WALLET_PROVIDER_IDS = ['viettel_money', 'vnpt_money', 'mobifone_money'] as const;
export type WalletProviderId = (typeof WALLET_PROVIDER_IDS)[number];

export interface WalletProvider {
  readonly id: WalletProviderId;
  /** Brand name, the same in Vietnamese and English. */
  readonly name: string;
  readonly carrier: Carrier;
}

export const WALLET_PROVIDERS: Readonly<Record<WalletProviderId, WalletProvider>> = {
  viettel_money: { id: 'viettel_money', name: 'Viettel Money', carrier: 'viettel' },
  vnpt_money: { id: 'vnpt_money', name: 'VNPT Money', carrier: 'vinaphone' },
  mobifone_money: { id: 'mobifone_money', name: 'MobiFone Money', carrier: 'mobifone' },
};

export function isWalletProviderId(value: unknown): value is WalletProviderId {
  return typeof value === 'string' && (WALLET_PROVIDER_IDS as readonly string[]).includes(value);
}

export type WalletPhoneCheck =
  | { ok: true; carrier: Carrier }
  /** The phone is valid but on another carrier: a warning, the caller decides. */
  | { ok: false; warning: ParserMessageKey; phoneCarrier: Carrier; walletCarrier: Carrier }
  /** The phone itself is invalid (or the provider unknown). */
  | { ok: false; error: ParserMessageKey; suggestion?: string };

/** Does this phone number suit this wallet? Never throws. */
export function checkWalletPhone(provider: WalletProviderId, phoneInput: string): WalletPhoneCheck {
  if (!isWalletProviderId(provider)) return { ok: false, error: 'parse.wallet.unknownProvider' };
  const phone = normalizeVnPhone(phoneInput);
  if (!phone.ok) return phone;
  const walletCarrier = WALLET_PROVIDERS[provider].carrier;
  if (phone.carrier !== walletCarrier) {
    return {
      ok: false,
      warning: 'parse.wallet.carrierMismatch',
      phoneCarrier: phone.carrier,
      walletCarrier,
    };
  }
  return { ok: true, carrier: phone.carrier };
}
