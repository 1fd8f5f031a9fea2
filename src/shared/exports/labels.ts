import type { BeneficiaryCategory } from '../schemas/categories';
import { CATEGORY_INFO } from '../schemas/categories';
import type { CashReason, PaymentMethod } from '../schemas/payment';
import type { Relationship } from '../schemas/person';
import type { WalletProviderId } from '../wallets';
import { WALLET_PROVIDERS } from '../wallets';

// The Vietnamese words the lists print for coded values. Files go to Vietnamese offices and
// providers, so they are in Vietnamese whatever language the person exporting uses.

export const SEX_LABELS = { male: 'Nam', female: 'Nữ' } as const;

export const METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  bank: 'Tài khoản ngân hàng',
  wallet: 'Ví điện tử',
  post_office_cash: 'Tiền mặt tại điểm chi trả',
  cash_at_home: 'Tiền mặt tại nhà',
};

export const CASH_REASON_LABELS: Readonly<Record<CashReason, string>> = {
  bedridden: 'Nằm liệt giường',
  blind: 'Khiếm thị',
  mental_illness: 'Bệnh tâm thần',
  no_one_to_authorise: 'Không có người ủy quyền',
  refuses: 'Không muốn mở tài khoản',
  other: 'Lý do khác',
};

export const REPRESENTATIVE_ROLE_LABELS = {
  guardian: 'Người giám hộ',
  authorised: 'Người được ủy quyền',
} as const;

export const RELATIONSHIP_LABELS: Readonly<Record<Relationship, string>> = {
  spouse: 'Vợ hoặc chồng',
  child: 'Con',
  child_in_law: 'Con dâu, con rể',
  grandchild: 'Cháu',
  parent: 'Bố hoặc mẹ',
  sibling: 'Anh, chị, em',
  other_relative: 'Họ hàng khác',
  neighbour: 'Hàng xóm',
  village_official: 'Cán bộ thôn, bản',
  other: 'Quan hệ khác',
};

export const PROGRAMME_LABELS = {
  social_assistance: 'Bảo trợ xã hội',
  merit: 'Người có công',
} as const;

/** The programme (not the category): which budget pays, without revealing health or HIV. */
export function programmeLabel(category: BeneficiaryCategory): string {
  return PROGRAMME_LABELS[CATEGORY_INFO[category].programme];
}

export function walletLabel(id: WalletProviderId): string {
  return WALLET_PROVIDERS[id].name;
}

export const CHANGE_TYPE_LABELS = {
  increase: 'Tăng',
  decrease: 'Giảm',
  adjustment: 'Điều chỉnh',
} as const;
export type ChangeType = keyof typeof CHANGE_TYPE_LABELS;

/** account_openings.status values that mean the account is not open yet (or none was asked). */
export const NOT_OPENED_STATUSES = ['requested', 'failed'] as const;

export const OPENING_STATUS_LABELS: Readonly<Record<string, string>> = {
  none: 'Chưa yêu cầu',
  requested: 'Đã yêu cầu',
  failed: 'Chưa mở được',
};

export const YES_NO = { true: 'Có', false: 'Không' } as const;
