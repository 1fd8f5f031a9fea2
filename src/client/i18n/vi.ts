// The source catalog. Vietnamese first; every user-facing string lives here (or in a feature's
// own catalog section below). Keys are checked by TypeScript against every other locale.
export const vi = {
  'app.title': 'Ghi Danh',
  'app.tagline': 'Ghi nhận phương thức chi trả an sinh xã hội không dùng tiền mặt',
  'app.skipToContent': 'Bỏ qua, đến nội dung chính',
  'nav.main': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.device': 'Thiết bị',
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'home.heading': 'Chào mừng đến Ghi Danh',
  'home.intro':
    'Ứng dụng giúp cán bộ xã và đại lý chi trả ghi nhận phương thức nhận trợ cấp của người hưởng tại nhà, kể cả khi không có mạng.',
  'home.rosterCount': 'Danh sách trên máy: {count} người hưởng',
  'notFound.heading': 'Không tìm thấy trang',
  'notFound.back': 'Về trang chủ',
  'error.unexpected': 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn trên máy.',
  'error.reload': 'Tải lại',
} as const;

export type MessageKey = keyof typeof vi;
