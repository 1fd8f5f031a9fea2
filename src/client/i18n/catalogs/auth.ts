// Signing in on a shared tablet: password online the first time, a PIN on later days.
export const vi = {
  'auth.loading': 'Đang mở ứng dụng…',
  'auth.brand': 'Ghi Danh',
  'auth.login.heading': 'Đăng nhập',
  'auth.login.intro':
    'Lần đầu dùng máy này (hoặc sau khi đăng xuất) hãy đăng nhập khi có mạng. Những ngày sau chỉ cần mã PIN, không cần mạng.',
  'auth.login.username': 'Tên đăng nhập',
  'auth.login.password': 'Mật khẩu',
  'auth.login.submit': 'Đăng nhập',
  'auth.login.busy': 'Đang đăng nhập…',
  'auth.login.backToPin': 'Mở bằng mã PIN',
  'auth.error.offline':
    'Không kết nối được máy chủ. Lần đăng nhập đầu tiên trên máy cần có mạng; hãy thử lại khi có sóng.',
  'auth.error.credentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'auth.error.locked':
    'Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau {minutes} phút.',
  'auth.error.tooManyAttempts':
    'Quá nhiều lần đăng nhập sai từ máy này. Hãy thử lại sau {minutes} phút.',
  'auth.error.disabled': 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
  'auth.error.revoked':
    'Máy này đã bị thu hồi đối với tài khoản của bạn; dữ liệu của tài khoản trên máy đã được xóa theo yêu cầu. Hãy liên hệ quản trị viên.',
  'auth.error.server': 'Máy chủ gặp lỗi ({status}). Hãy thử lại sau ít phút.',
  'auth.error.unexpected': 'Không đăng nhập được: {reason}',
  'auth.notice.wiped':
    'Quản trị viên đã thu hồi máy này. Dữ liệu của tài khoản trên máy đã được xóa theo yêu cầu.',
  'auth.notice.pinLocked':
    'Nhập sai mã PIN quá nhiều lần. Hãy đăng nhập bằng mật khẩu (cần mạng). Dữ liệu trên máy vẫn còn nguyên.',
  'auth.notice.signedOut':
    'Đã đăng xuất. Các bản ghi chưa gửi vẫn ở trên máy và sẽ được gửi sau khi đăng nhập lại.',
  'auth.pin.heading': 'Đặt mã PIN',
  'auth.pin.intro':
    'Chào {name}. Mã PIN gồm 6 chữ số, dùng để mở ứng dụng trên máy này những ngày sau, kể cả khi không có mạng. Đừng dùng ngày sinh hay dãy số dễ đoán.',
  'auth.pin.new': 'Mã PIN mới (6 chữ số)',
  'auth.pin.repeat': 'Nhập lại mã PIN',
  'auth.pin.save': 'Lưu mã PIN',
  'auth.pin.mismatch': 'Hai lần nhập không giống nhau.',
  'auth.pin.length': 'Mã PIN gồm đúng 6 chữ số.',
  'auth.pin.digits': 'Mã PIN chỉ gồm chữ số.',
  'auth.pin.simple': 'Mã PIN quá dễ đoán (dãy số liên tiếp hoặc lặp lại). Hãy chọn mã khác.',
  'auth.unlock.heading': 'Mở khóa',
  'auth.unlock.who': 'Người dùng',
  'auth.unlock.pin': 'Mã PIN',
  'auth.unlock.submit': 'Mở',
  'auth.unlock.wrong': 'Mã PIN không đúng. Còn {remaining} lần thử.',
  'auth.unlock.otherUser': 'Đăng nhập tài khoản khác',
  'auth.relogin.text':
    'Phiên đăng nhập đã hết hạn nên chưa đồng bộ được. Bạn vẫn làm việc bình thường; nhập mật khẩu (cần mạng) để tiếp tục đồng bộ.',
  'auth.relogin.submit': 'Đăng nhập lại',
  'auth.account.heading': 'Tài khoản',
  'auth.account.signedInAs': 'Đang làm việc: {name} ({username})',
  'auth.account.lock': 'Khóa máy',
  'auth.account.signOut': 'Đăng xuất',
  'auth.account.signOutPending':
    'Còn {count} bản ghi chưa gửi. Chúng vẫn ở trên máy và được gửi khi bạn đăng nhập lại. Vẫn đăng xuất?',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'auth.loading': 'Opening the app…',
  'auth.brand': 'Ghi Danh',
  'auth.login.heading': 'Sign in',
  'auth.login.intro':
    'The first time on this device (or after signing out), sign in while online. On later days a PIN is enough, even offline.',
  'auth.login.username': 'Username',
  'auth.login.password': 'Password',
  'auth.login.submit': 'Sign in',
  'auth.login.busy': 'Signing in…',
  'auth.login.backToPin': 'Unlock with a PIN',
  'auth.error.offline':
    'The server cannot be reached. The first sign-in on a device needs the network; try again when there is signal.',
  'auth.error.credentials': 'Wrong username or password.',
  'auth.error.locked':
    'The account is locked after too many wrong passwords. Try again in {minutes} minutes.',
  'auth.error.tooManyAttempts':
    'Too many failed sign-ins from this device. Try again in {minutes} minutes.',
  'auth.error.disabled': 'The account is disabled. Contact your administrator.',
  'auth.error.revoked':
    'This device was revoked for your account; the account’s data on it was erased as instructed. Contact your administrator.',
  'auth.error.server': 'The server had a problem ({status}). Try again in a few minutes.',
  'auth.error.unexpected': 'Could not sign in: {reason}',
  'auth.notice.wiped':
    'An administrator revoked this device. The account’s data on it was erased as instructed.',
  'auth.notice.pinLocked':
    'Too many wrong PINs. Sign in with your password (needs the network). The data on this device is untouched.',
  'auth.notice.signedOut':
    'Signed out. Records not yet sent stay on this device and are sent after the next sign-in.',
  'auth.pin.heading': 'Choose a PIN',
  'auth.pin.intro':
    'Hello {name}. A 6-digit PIN opens the app on this device on later days, even offline. Avoid birthdays and easy sequences.',
  'auth.pin.new': 'New PIN (6 digits)',
  'auth.pin.repeat': 'Repeat the PIN',
  'auth.pin.save': 'Save PIN',
  'auth.pin.mismatch': 'The two entries differ.',
  'auth.pin.length': 'A PIN has exactly 6 digits.',
  'auth.pin.digits': 'A PIN has digits only.',
  'auth.pin.simple': 'That PIN is too easy to guess (a run or a repeat). Choose another.',
  'auth.unlock.heading': 'Unlock',
  'auth.unlock.who': 'User',
  'auth.unlock.pin': 'PIN',
  'auth.unlock.submit': 'Unlock',
  'auth.unlock.wrong': 'Wrong PIN. {remaining} tries left.',
  'auth.unlock.otherUser': 'Sign in with another account',
  'auth.relogin.text':
    'Your session has expired, so syncing has paused. Keep working; enter your password (needs the network) to sync again.',
  'auth.relogin.submit': 'Sign in again',
  'auth.account.heading': 'Account',
  'auth.account.signedInAs': 'Working as {name} ({username})',
  'auth.account.lock': 'Lock',
  'auth.account.signOut': 'Sign out',
  'auth.account.signOutPending':
    '{count} records are not yet sent. They stay on this device and are sent when you sign in again. Sign out anyway?',
};
