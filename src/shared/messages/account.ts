// Messages about a provider's account work: opening the account, issuing the card, showing the
// person how to use it safely (src/shared/schemas/account.ts and the server's checks of it).
export const vi = {
  'account.stepInvalid': 'Bước mở tài khoản không hợp lệ.',
  'account.numberRequired': 'Hãy nhập số tài khoản hoặc số ví đã mở.',
  'account.numberNotAllowed': 'Chỉ ghi số tài khoản ở bước “đã mở tài khoản”.',
  'account.dateFuture': 'Ngày thực hiện không thể sau ngày ghi nhận.',
  'account.dateTooOld': 'Ngày thực hiện quá xa trong quá khứ.',
  'account.noteTooLong': 'Ghi chú dài tối đa 300 ký tự.',
  'account.providerInvalid': 'Mã đơn vị chi trả không hợp lệ.',
  'account.notProviderAgent': 'Chỉ nhân viên đơn vị chi trả được ghi nhận việc mở tài khoản.',
  'account.otherProvider': 'Tài khoản này thuộc đơn vị chi trả khác.',
  'account.notChosen': 'Người hưởng chưa chọn nhận tiền qua đơn vị chi trả này.',
  'account.noCardForWallet': 'Ví điện tử không có thẻ: không ghi nhận “đã phát thẻ”.',
  'account.notOpenedYet': 'Hãy ghi nhận “đã mở tài khoản” trước bước này.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'account.stepInvalid': 'The account step is invalid.',
  'account.numberRequired': 'Enter the account or wallet number that was opened.',
  'account.numberNotAllowed': 'An account number goes only with the “account opened” step.',
  'account.dateFuture': 'The date cannot be after the day it was recorded.',
  'account.dateTooOld': 'The date is too far in the past.',
  'account.noteTooLong': 'The note is at most 300 characters.',
  'account.providerInvalid': 'The payment provider code is invalid.',
  'account.notProviderAgent': 'Only a payment provider’s staff may record account work.',
  'account.otherProvider': 'This account belongs to another payment provider.',
  'account.notChosen': 'The beneficiary has not chosen to be paid through this provider.',
  'account.noCardForWallet': 'An e-wallet has no card: “card issued” cannot be recorded.',
  'account.notOpenedYet': 'Record “account opened” before this step.',
};
