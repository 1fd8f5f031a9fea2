// Messages of the office's monthly lists and audit log requests (schemas/exports.ts, audit.ts).
// vi is the source, en must have the same keys.

export const vi = {
  'office.list.invalid': 'Loại danh sách không hợp lệ.',
  'office.format.invalid': 'Định dạng tệp phải là XLSX hoặc CSV.',
  'office.provider.invalid': 'Mã tổ chức chi trả không hợp lệ.',
  'office.provider.required': 'Danh sách này cần chọn một tổ chức chi trả.',
  'office.provider.unknown': 'Không có tổ chức chi trả này.',
  'office.commune.required': 'Danh sách này cần chọn một xã/phường.',
  'office.commune.unknown': 'Không có xã/phường này.',
  'office.subject.extra': 'Danh sách này không nhận tham số này.',
  'office.page.invalid': 'Số trang hoặc cỡ trang không hợp lệ.',
  'office.date.invalid': 'Ngày phải có dạng YYYY-MM-DD.',
  'office.dateRange.order': 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
  'office.action.invalid': 'Mã thao tác không hợp lệ.',
  'office.recordId.invalid': 'Mã bản ghi không hợp lệ.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'office.list.invalid': 'Unknown list.',
  'office.format.invalid': 'The file format must be XLSX or CSV.',
  'office.provider.invalid': 'Invalid payment provider id.',
  'office.provider.required': 'This list needs a payment provider.',
  'office.provider.unknown': 'No such payment provider.',
  'office.commune.required': 'This list needs a commune.',
  'office.commune.unknown': 'No such commune.',
  'office.subject.extra': 'This list does not take this parameter.',
  'office.page.invalid': 'Invalid page or page size.',
  'office.date.invalid': 'Dates are written YYYY-MM-DD.',
  'office.dateRange.order': 'The start date must not be after the end date.',
  'office.action.invalid': 'Invalid action code.',
  'office.recordId.invalid': 'Invalid record id.',
};
