// Messages about backup files carried from a device to another device or the office.
export const vi = {
  'backup.format': 'Đây không phải tệp sao lưu Ghi Danh',
  'backup.version': 'Tệp sao lưu được tạo bởi phiên bản ứng dụng khác, chưa đọc được',
  'backup.tooMany': 'Tệp sao lưu có quá nhiều bản ghi',
  'backup.attachmentData': 'Ảnh đính kèm trong tệp bị hỏng',
  'backup.attachmentMissing': 'Tệp sao lưu thiếu ảnh mà bản ghi cần',
  'backup.unreadable': 'Không đọc được nội dung tệp',
  'backup.unknownWorker': 'Người ghi nhận trong tệp không có tài khoản trên máy chủ',
  'backup.unknownDevice': 'Thiết bị ghi nhận trong tệp chưa từng đăng ký với máy chủ',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'backup.format': 'This is not a Ghi Danh backup file',
  'backup.version': 'The backup was made by another app version and cannot be read yet',
  'backup.tooMany': 'The backup holds too many records',
  'backup.attachmentData': 'An attached photo in the file is damaged',
  'backup.attachmentMissing': 'The backup lacks a photo that a record needs',
  'backup.unreadable': 'The file content cannot be read',
  'backup.unknownWorker': 'The worker who recorded this has no account on the server',
  'backup.unknownDevice': 'The device that recorded this never registered with the server',
};
