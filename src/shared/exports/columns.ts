// Which columns each monthly list carries, and the one rule deciding which columns a recipient may
// see (domain.md §6–7). Every list is built from these definitions on the server and shown from
// them on the client, so a column a recipient may not see cannot slip into a file.

/** How sensitive a column's content is. */
export type Sensitivity =
  /** Identity and contact data a payment provider needs to pay the right person. */
  | 'basic'
  /** Bank or wallet account details: sensitive data under Decree 13/2023, needed to pay. */
  | 'payment'
  /** Health or disability (the beneficiary category): the office's own records only. */
  | 'health'
  /** Reveals HIV status (two categories): never in any list or export (Decree 20, Art. 8). */
  | 'hiv';

/** Who a list is made for. */
export type Recipient = 'provider' | 'office';

/** What each recipient may see. `hiv` is nobody's: the category column is never exported. */
export const RECIPIENT_MAY_SEE: Readonly<Record<Recipient, readonly Sensitivity[]>> = {
  provider: ['basic', 'payment'],
  office: ['basic', 'payment', 'health'],
};

/** Cell kinds: a spreadsheet stores dates and numbers as such, everything else as text. */
export type CellKind = 'text' | 'date' | 'integer' | 'money';

export interface ColumnDef {
  /** Vietnamese header, as the file shows it. */
  readonly header: string;
  readonly kind: CellKind;
  readonly sensitivity: Sensitivity;
  /** Column width in characters (XLSX). */
  readonly width: number;
}

export const COLUMNS = {
  rowNumber: { header: 'STT', kind: 'integer', sensitivity: 'basic', width: 6 },
  changeType: { header: 'Loại thay đổi', kind: 'text', sensitivity: 'basic', width: 14 },
  beneficiaryId: { header: 'Mã người hưởng', kind: 'text', sensitivity: 'basic', width: 38 },
  fullName: { header: 'Họ và tên', kind: 'text', sensitivity: 'basic', width: 26 },
  dateOfBirth: { header: 'Ngày sinh', kind: 'date', sensitivity: 'basic', width: 12 },
  sex: { header: 'Giới tính', kind: 'text', sensitivity: 'basic', width: 9 },
  idNumber: { header: 'Số CCCD', kind: 'text', sensitivity: 'basic', width: 15 },
  commune: { header: 'Xã/phường', kind: 'text', sensitivity: 'basic', width: 20 },
  village: { header: 'Thôn/bản', kind: 'text', sensitivity: 'basic', width: 18 },
  phone: { header: 'Số điện thoại', kind: 'text', sensitivity: 'basic', width: 13 },
  programme: { header: 'Chương trình', kind: 'text', sensitivity: 'basic', width: 18 },
  /** Reveals HIV status for two categories and disability for others: never exported. */
  category: { header: 'Nhóm đối tượng', kind: 'text', sensitivity: 'hiv', width: 30 },
  monthlyAmount: {
    header: 'Số tiền hằng tháng (đồng)',
    kind: 'money',
    sensitivity: 'basic',
    width: 14,
  },
  method: { header: 'Phương thức nhận', kind: 'text', sensitivity: 'basic', width: 24 },
  bank: { header: 'Ngân hàng', kind: 'text', sensitivity: 'payment', width: 18 },
  accountNumber: { header: 'Số tài khoản', kind: 'text', sensitivity: 'payment', width: 18 },
  accountHolder: { header: 'Chủ tài khoản', kind: 'text', sensitivity: 'payment', width: 24 },
  wallet: { header: 'Ví điện tử', kind: 'text', sensitivity: 'payment', width: 16 },
  walletPhone: { header: 'Số điện thoại ví', kind: 'text', sensitivity: 'payment', width: 13 },
  cashReason: { header: 'Lý do nhận tiền mặt', kind: 'text', sensitivity: 'basic', width: 24 },
  representative: { header: 'Người nhận thay', kind: 'text', sensitivity: 'basic', width: 24 },
  representativeRole: {
    header: 'Tư cách người nhận thay',
    kind: 'text',
    sensitivity: 'basic',
    width: 18,
  },
  representativeIdNumber: {
    header: 'Số CCCD người nhận thay',
    kind: 'text',
    sensitivity: 'basic',
    width: 15,
  },
  representativePhone: {
    header: 'Số điện thoại người nhận thay',
    kind: 'text',
    sensitivity: 'basic',
    width: 13,
  },
  needsGuidance: { header: 'Cần hướng dẫn sử dụng', kind: 'text', sensitivity: 'basic', width: 12 },
  openingStatus: {
    header: 'Tình trạng mở tài khoản',
    kind: 'text',
    sensitivity: 'basic',
    width: 18,
  },
  visitedAt: { header: 'Ngày ghi nhận', kind: 'date', sensitivity: 'basic', width: 12 },
  changes: { header: 'Nội dung điều chỉnh', kind: 'text', sensitivity: 'basic', width: 50 },
} as const satisfies Record<string, ColumnDef>;

export type ColumnKey = keyof typeof COLUMNS;

export const EXPORT_LISTS = ['registrations', 'accounts_to_open', 'commune_changes'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export interface ListDef {
  /** Vietnamese title, used as the sheet name and (folded to ASCII) in the file name. */
  readonly title: string;
  /** Worksheet name (at most 31 characters). */
  readonly sheet: string;
  /** All three lists go to the payment provider (domain.md §1: the office sends them). */
  readonly recipient: Recipient;
  /** What the list is about: one provider, or one commune. */
  readonly subject: 'provider' | 'commune';
  readonly columns: readonly ColumnKey[];
}

const PERSON: readonly ColumnKey[] = [
  'beneficiaryId',
  'fullName',
  'dateOfBirth',
  'sex',
  'idNumber',
  'commune',
  'village',
  'phone',
];

export const LISTS: Readonly<Record<ExportList, ListDef>> = {
  registrations: {
    title: 'Danh sách đăng ký phương thức chi trả',
    sheet: 'Đăng ký phương thức',
    recipient: 'provider',
    subject: 'provider',
    columns: [
      'rowNumber',
      ...PERSON,
      'programme',
      'monthlyAmount',
      'method',
      'bank',
      'accountNumber',
      'accountHolder',
      'wallet',
      'walletPhone',
      'cashReason',
      'representative',
      'representativeRole',
      'representativeIdNumber',
      'representativePhone',
      'visitedAt',
    ],
  },
  accounts_to_open: {
    title: 'Danh sách cần mở tài khoản',
    sheet: 'Cần mở tài khoản',
    recipient: 'provider',
    subject: 'provider',
    columns: [
      'rowNumber',
      ...PERSON,
      'method',
      'bank',
      'accountNumber',
      'accountHolder',
      'wallet',
      'walletPhone',
      'representative',
      'representativeRole',
      'representativePhone',
      'needsGuidance',
      'openingStatus',
      'visitedAt',
    ],
  },
  commune_changes: {
    title: 'Danh sách tăng, giảm, điều chỉnh',
    sheet: 'Tăng giảm điều chỉnh',
    recipient: 'provider',
    subject: 'commune',
    columns: ['rowNumber', 'changeType', ...PERSON, 'programme', 'monthlyAmount', 'changes'],
  },
};

/** May this recipient see this column? */
export function maySee(recipient: Recipient, column: ColumnKey): boolean {
  return RECIPIENT_MAY_SEE[recipient].includes(COLUMNS[column].sensitivity);
}

/**
 * The columns a list's file carries: its declared columns that its recipient may see. Files are
 * built from this alone, so a column declared by mistake is dropped, never exported.
 */
export function exportColumns(list: ExportList): (ColumnDef & { key: ColumnKey })[] {
  const def = LISTS[list];
  return def.columns
    .filter((c) => maySee(def.recipient, c))
    .map((key) => ({ key, ...COLUMNS[key] }));
}
