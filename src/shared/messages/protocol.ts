import { LIMITS as L } from '../schemas/limits';

// Messages of the sync and login protocol (src/shared/schemas/sync.ts, auth.ts): field rules of
// the requests, and the reasons the server gives when it rejects one mutation of a push.
// vi is the source, en must have the same keys.

export const vi = {
  'protocol.username.invalid':
    'Tên đăng nhập gồm 3–32 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.',
  'protocol.password.invalid': 'Hãy nhập mật khẩu (tối đa 200 ký tự).',
  'protocol.password.tooShort': 'Mật khẩu cần ít nhất 10 ký tự.',
  'protocol.deviceLabel.invalid': 'Tên thiết bị dài 1–60 ký tự.',
  'protocol.token.invalid': 'Mã phiên không hợp lệ.',
  'protocol.cursor.invalid': 'Vị trí đồng bộ (cursor) phải là số nguyên không âm.',
  'protocol.limit.invalid': `Số thay đổi mỗi trang từ 1 đến ${L.mutationsPerPushMax}.`,
  'protocol.heartbeat.countInvalid': 'Số bản ghi chờ gửi không hợp lệ.',
  'protocol.heartbeat.bytesInvalid': 'Dung lượng lưu trữ không hợp lệ.',
  'protocol.heartbeat.appVersionInvalid': 'Phiên bản ứng dụng không hợp lệ.',
  'protocol.heartbeat.lastErrorTooLong': 'Mô tả lỗi gần nhất dài tối đa 500 ký tự.',
  'protocol.mutation.idReused':
    'Mã thay đổi này đã được dùng cho một nội dung khác. Hãy tạo bản ghi mới.',
  'protocol.mutation.beneficiaryUnknown': 'Người hưởng này không có trong danh sách của máy chủ.',
  'protocol.mutation.outOfScope': 'Người hưởng này không thuộc xã/phường bạn được phân công.',
  'protocol.mutation.communeMismatch': 'Xã/phường ghi trong lần đến nhà khác với danh sách.',
  'protocol.mutation.workerMismatch': 'Người ghi nhận không khớp với tài khoản đang đồng bộ.',
  'protocol.mutation.visitIdReused': 'Mã lần đến nhà này đã được dùng cho một bản ghi khác.',
  'protocol.mutation.roleDenied': 'Vai trò của bạn không được gửi loại thay đổi này.',
  'protocol.mutation.recordIdReused': 'Mã bản ghi này đã được dùng cho một bản ghi khác.',
  'protocol.role.invalid': 'Vai trò không hợp lệ.',
  'protocol.units.required': 'Cán bộ và giám sát viên cần được giao ít nhất một đơn vị.',
  'protocol.units.notAllowed': 'Vai trò này không được giao đơn vị trực tiếp.',
  'protocol.units.unknown': 'Đơn vị hành chính này chưa có trong hệ thống.',
  'protocol.provider.invalid':
    'Nhân viên tổ chức chi trả cần đúng một tổ chức chi trả; các vai trò khác thì không.',
  'protocol.username.taken': 'Tên đăng nhập này đã có người dùng.',
  'protocol.rights.kindInvalid': 'Hãy chọn loại yêu cầu: rút lại sự đồng ý hoặc xóa dữ liệu.',
  'protocol.rights.requestedByInvalid': 'Hãy chọn người đưa ra yêu cầu.',
  'protocol.rights.channelInvalid': 'Hãy chọn cách nhận yêu cầu.',
  'protocol.rights.noteTooLong': 'Ghi chú dài tối đa 300 ký tự.',
  'protocol.mutation.beneficiaryErased':
    'Dữ liệu của người hưởng này đã bị xóa theo yêu cầu; không ghi nhận thêm.',
  'protocol.mutation.consentWithdrawn':
    'Người hưởng này đã rút lại sự đồng ý; không ghi nhận thêm lần thăm nào.',
  'protocol.coverageTarget.invalid': 'Chỉ tiêu là số nguyên phần trăm từ 1 đến 100.',
} as const;

export type ProtocolMessageKey = keyof typeof vi;

export const en: Record<ProtocolMessageKey, string> = {
  'protocol.username.invalid':
    'A username has 3–32 characters: lower-case letters without accents, digits, dot, dash or underscore.',
  'protocol.password.invalid': 'Enter a password (at most 200 characters).',
  'protocol.password.tooShort': 'A password needs at least 10 characters.',
  'protocol.deviceLabel.invalid': 'A device name has 1–60 characters.',
  'protocol.token.invalid': 'The session token is invalid.',
  'protocol.cursor.invalid': 'The sync cursor must be a whole number, 0 or more.',
  'protocol.limit.invalid': `Changes per page: 1 to ${L.mutationsPerPushMax}.`,
  'protocol.heartbeat.countInvalid': 'The number of waiting records is invalid.',
  'protocol.heartbeat.bytesInvalid': 'The storage figure is invalid.',
  'protocol.heartbeat.appVersionInvalid': 'The app version is invalid.',
  'protocol.heartbeat.lastErrorTooLong': 'The last error can be at most 500 characters.',
  'protocol.mutation.idReused':
    'This change id was already used for different content. Create a new record.',
  'protocol.mutation.beneficiaryUnknown': 'This beneficiary is not on the server’s roster.',
  'protocol.mutation.outOfScope': 'This beneficiary is not in a commune assigned to you.',
  'protocol.mutation.communeMismatch': 'The visit’s commune differs from the roster.',
  'protocol.mutation.workerMismatch': 'The recorded worker does not match the account syncing.',
  'protocol.mutation.visitIdReused': 'This visit id was already used for another record.',
  'protocol.mutation.roleDenied': 'Your role may not send this kind of change.',
  'protocol.mutation.recordIdReused': 'This record id was already used for another record.',
  'protocol.role.invalid': 'The role is invalid.',
  'protocol.units.required': 'Field workers and supervisors need at least one unit.',
  'protocol.units.notAllowed': 'This role is not assigned units directly.',
  'protocol.units.unknown': 'This administrative unit is not in the system yet.',
  'protocol.provider.invalid':
    'A provider agent needs exactly one payment provider; other roles none.',
  'protocol.username.taken': 'This username is already in use.',
  'protocol.rights.kindInvalid': 'Choose the kind of request: withdraw consent or erase data.',
  'protocol.rights.requestedByInvalid': 'Choose who made the request.',
  'protocol.rights.channelInvalid': 'Choose how the request was received.',
  'protocol.rights.noteTooLong': 'The note can be at most 300 characters.',
  'protocol.mutation.beneficiaryErased':
    'This beneficiary’s data was erased on request; nothing more is recorded.',
  'protocol.mutation.consentWithdrawn':
    'This beneficiary withdrew consent; no further visit is recorded.',
  'protocol.coverageTarget.invalid': 'The target is a whole percentage from 1 to 100.',
} as const;
