// The app shell's strings. Vietnamese is the source; English must have the same keys.
export const vi = {
  'app.title': 'Ghi Danh',
  'app.tagline': 'Ghi nhận phương thức chi trả an sinh xã hội không dùng tiền mặt',
  'app.skipToContent': 'Bỏ qua, đến nội dung chính',
  'app.loading': 'Đang tải…',
  'nav.main': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.device': 'Thiết bị',
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'notFound.heading': 'Không tìm thấy trang',
  'notFound.back': 'Về trang chủ',
  'error.unexpected': 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn trên máy.',
  'error.reload': 'Tải lại',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'app.title': 'Ghi Danh',
  'app.tagline': 'Recording cashless social-assistance payment choices',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.device': 'Device',
  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'notFound.heading': 'Page not found',
  'notFound.back': 'Back to home',
  'error.unexpected': 'Something unexpected went wrong. Saved data is still safe on this device.',
  'error.reload': 'Reload',
};
