import { LIMITS as L } from '../schemas/limits';

// Messages of the roster import (src/shared/roster): why a row of the office's file is refused,
// and the import session's own rules. vi is the source, en must have the same keys.

const n = (v: number) => String(v).replace(/\B(?=(\d{3})+$)/g, '.');

export const vi = {
  'import.sex.unknown': 'Giới tính “{value}” không rõ: ghi Nam hoặc Nữ.',
  'import.category.unknown': 'Không nhận ra nhóm đối tượng “{value}”.',
  'import.amount.unknown': 'Mức trợ cấp “{value}” không phải số tiền (ví dụ 540.000).',
  'import.date.unknown': 'Ngày sinh “{value}” không đọc được (ghi dạng 15/03/1948 hoặc 1948).',
  'import.commune.missing': 'Chưa có xã/phường: chọn cột Xã/Phường hoặc một xã cho cả tệp.',
  'import.commune.unknown': 'Xã/phường “{value}” không có trong danh mục đơn vị hành chính.',
  'import.commune.ambiguous': 'Tên xã/phường “{value}” trùng nhiều đơn vị: hãy ghi mã xã.',
  'import.row.duplicate':
    'Trùng người với dòng {row} (cùng xã và số CCCD, hoặc cùng họ tên và ngày sinh).',
  'import.row.empty': 'Dòng trống.',
  'import.rows.tooMany': `Mỗi lần nhập tối đa ${n(L.importRowsMax)} dòng.`,
  'import.chunk.tooMany': `Mỗi lần gửi tối đa ${n(L.importChunkMax)} dòng.`,
  'import.rowNumber.invalid': 'Số thứ tự dòng không hợp lệ.',
  'import.key.invalid': 'Khóa đối chiếu không hợp lệ.',
  'import.fileName.invalid': `Tên tệp dài 1 đến ${L.importFileNameMax} ký tự.`,
  'import.version.invalid': 'Phiên bản danh sách không hợp lệ.',
} as const;

export type ImportMessageKey = keyof typeof vi;

export const en: Record<ImportMessageKey, string> = {
  'import.sex.unknown': 'Sex “{value}” is unclear: write Nam (male) or Nữ (female).',
  'import.category.unknown': 'The beneficiary group “{value}” is not recognised.',
  'import.amount.unknown': 'The allowance “{value}” is not an amount of money (e.g. 540.000).',
  'import.date.unknown': 'The date of birth “{value}” cannot be read (write 15/03/1948 or 1948).',
  'import.commune.missing': 'No commune: choose the commune column or one commune for the file.',
  'import.commune.unknown': 'The commune “{value}” is not in the list of administrative units.',
  'import.commune.ambiguous': 'The commune name “{value}” matches several units: write its code.',
  'import.row.duplicate':
    'Same person as row {row} (same commune and ID number, or same name and date of birth).',
  'import.row.empty': 'The row is empty.',
  'import.rows.tooMany': `At most ${n(L.importRowsMax)} rows per import.`,
  'import.chunk.tooMany': `At most ${n(L.importChunkMax)} rows per request.`,
  'import.rowNumber.invalid': 'The row number is invalid.',
  'import.key.invalid': 'The matching key is invalid.',
  'import.fileName.invalid': `The file name has 1 to ${L.importFileNameMax} characters.`,
  'import.version.invalid': 'The roster version is invalid.',
};
