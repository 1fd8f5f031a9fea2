// The server's own messages (Vietnamese, as sent in `message`). Record validation messages come
// from the shared catalog instead, so the device and the server word a rule the same way.

export const serverMessages = {
  validation_failed: 'Dữ liệu gửi lên không hợp lệ. Xem chi tiết từng trường trong "issues".',
  malformed_json: 'Nội dung gửi lên không phải JSON hợp lệ.',
  payload_too_large: 'Nội dung gửi lên quá lớn.',
  unsupported_media_type: 'Kiểu nội dung (Content-Type) không được hỗ trợ ở địa chỉ này.',
  not_found: 'Không tìm thấy địa chỉ này.',
  internal_error: 'Máy chủ gặp lỗi. Dữ liệu trên máy vẫn được giữ, hãy thử đồng bộ lại sau.',
  unauthenticated: 'Cần đăng nhập (thiếu hoặc sai mã truy cập).',
  token_expired: 'Phiên đăng nhập đã hết hạn. Hãy làm mới phiên hoặc đăng nhập lại.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  account_locked:
    'Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau {minutes} phút.',
  too_many_attempts: 'Quá nhiều lần đăng nhập sai từ địa chỉ này. Hãy thử lại sau {minutes} phút.',
  account_disabled: 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
  invalid_refresh: 'Phiên trên thiết bị này không còn hiệu lực. Hãy đăng nhập lại.',
  device_revoked:
    'Thiết bị này đã bị thu hồi. Dữ liệu trên thiết bị phải được xóa; hãy liên hệ quản trị viên.',
  device_mismatch: 'Mã thiết bị trong yêu cầu không khớp với thiết bị đã đăng nhập.',
  forbidden_role: 'Vai trò của bạn không được phép thực hiện thao tác này.',
  forbidden_scope: 'Bạn không được phép truy cập dữ liệu của đơn vị này.',
  hash_mismatch: 'Mã SHA-256 không khớp với nội dung tệp gửi lên.',
  attachment_id_reused: 'Mã tệp đính kèm này đã được dùng cho một tệp khác.',
  device_unknown: 'Không tìm thấy thiết bị này.',
  busy: 'Máy chủ đang bận, hãy thử lại.',
  username_taken: 'Tên đăng nhập này đã có người dùng.',
  beneficiary_unknown: 'Không tìm thấy người hưởng này.',
  beneficiary_erased: 'Dữ liệu của người hưởng này đã bị xóa theo yêu cầu.',
  rights_id_reused: 'Mã yêu cầu này đã được dùng cho một yêu cầu khác.',
  rate_limited: 'Quá nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau {seconds} giây.',
  import_not_found: 'Không tìm thấy lần nhập danh sách này (có thể đã quá hạn). Hãy chọn lại tệp.',
  import_committed: 'Lần nhập danh sách này đã được ghi vào danh sách, không thêm dòng được nữa.',
  import_no_report: 'Hãy xem báo cáo thay đổi trước khi ghi vào danh sách.',
  import_stale:
    'Danh sách người hưởng đã thay đổi kể từ khi lập báo cáo (có người khác vừa cập nhật). Chưa có gì được ghi: hãy lập lại báo cáo rồi ghi.',
  review_unknown: 'Không tìm thấy mục cần xem xét này trong địa bàn của bạn.',
  review_resolved: 'Mục này đã được xử lý rồi.',
  export_unknown: 'Không tìm thấy lần xuất danh sách này.',
} as const;

export type ServerMessageCode = keyof typeof serverMessages;

export function serverMessage(
  code: ServerMessageCode,
  params: Record<string, string | number> = {},
): string {
  return serverMessages[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(params[name] ?? whole),
  );
}
