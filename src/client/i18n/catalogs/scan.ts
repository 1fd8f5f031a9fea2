// The CCCD scanner (src/client/scan): camera, guide, photo and manual fallbacks, confirmation.
export const vi = {
  'scan.title': 'Quét mã QR trên thẻ căn cước',
  'scan.demo.heading': 'Quét thẻ căn cước',
  'scan.demo.intro':
    'Đọc số định danh, họ tên, ngày sinh, giới tính và nơi thường trú từ mã QR trên thẻ căn cước gắn chip (mặt trước) hoặc thẻ Căn cước mới (mặt sau).',
  'scan.demo.confirmed': 'Thông tin đã xác nhận',
  'scan.demo.open': 'Quét thẻ',
  'scan.demo.again': 'Quét thẻ khác',
  'scan.demo.closed': 'Đã đóng máy quét.',

  'scan.camera.preview': 'Hình ảnh từ camera, có khung hướng dẫn ở giữa',
  'scan.camera.instructions':
    'Đặt mã QR trên thẻ vào trong khung vuông và giữ yên. Nếu phòng tối, bật đèn; nếu mã nhỏ, đưa thẻ lại gần hoặc phóng to.',
  'scan.camera.torchOn': 'Bật đèn',
  'scan.camera.torchOff': 'Tắt đèn',
  'scan.camera.zoom': 'Phóng to',
  'scan.camera.switch': 'Đổi camera',
  'scan.camera.retry': 'Thử mở camera lại',

  'scan.status.starting': 'Đang mở camera…',
  'scan.status.scanning': 'Đang quét. Đưa mã QR trên thẻ vào trong khung.',
  'scan.status.readingPhoto': 'Đang đọc mã trong ảnh…',
  'scan.status.decoderLoading': 'Bộ đọc mã đang khởi động, hãy thử lại sau giây lát.',
  'scan.status.notCard': 'Đã đọc được một mã nhưng không dùng được: {reason}',
  'scan.status.read': 'Đã đọc thẻ của {name}. Hãy đối chiếu với thẻ rồi xác nhận.',
  'scan.status.readId': 'Đã đọc số định danh {id}. Hãy đối chiếu với thẻ rồi xác nhận.',
  'scan.status.decodeFailed':
    'Không đọc được hình từ camera. Hãy đóng rồi mở lại máy quét, hoặc chụp ảnh thẻ.',
  'scan.status.decoderFailed':
    'Không khởi động được bộ đọc mã trên máy này. Hãy nhập thông tin bằng tay.',
  'scan.status.manual': 'Nhập thông tin theo thẻ.',

  'scan.help.denied.title': 'Ứng dụng chưa được phép dùng camera',
  'scan.help.denied.body':
    'Để cho phép: bấm biểu tượng ổ khóa hoặc biểu tượng cài đặt cạnh địa chỉ trang, chọn Quyền (hoặc Cài đặt trang) → Camera → Cho phép, rồi bấm “Thử mở camera lại”. Trong lúc đó vẫn có thể chụp ảnh thẻ hoặc nhập tay.',
  'scan.help.noCamera.title': 'Không tìm thấy camera',
  'scan.help.noCamera.body':
    'Máy này không có camera hoặc camera đã bị tắt. Hãy chọn ảnh chụp thẻ, hoặc nhập thông tin bằng tay.',
  'scan.help.busy.title': 'Camera đang bận',
  'scan.help.busy.body':
    'Một ứng dụng khác (gọi video, máy ảnh) đang dùng camera. Hãy đóng ứng dụng đó rồi bấm “Thử mở camera lại”.',
  'scan.help.unsupported.title': 'Trình duyệt không cho dùng camera',
  'scan.help.unsupported.body':
    'Cần trình duyệt Chrome bản mới và mở ứng dụng bằng địa chỉ bắt đầu bằng https://. Trong lúc đó, hãy chụp ảnh thẻ hoặc nhập tay.',
  'scan.help.error.title': 'Không mở được camera',
  'scan.help.error.body':
    'Hãy bấm “Thử mở camera lại”. Nếu vẫn không được, khởi động lại máy, hoặc chụp ảnh thẻ, hoặc nhập tay.',

  'scan.photo.button': 'Chụp hoặc chọn ảnh thẻ',
  'scan.photo.input': 'Ảnh chụp mã QR trên thẻ',
  'scan.photo.notImage': 'Tệp đã chọn không phải ảnh. Hãy chọn ảnh chụp thẻ.',
  'scan.photo.tooLarge': 'Ảnh quá lớn (trên 30 MB). Hãy chụp lại bằng camera của máy.',
  'scan.photo.unreadable': 'Không mở được ảnh này. Hãy chụp lại.',
  'scan.photo.noCode':
    'Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng, không bị lóa, mã nằm trọn trong ảnh.',

  'scan.manual.button': 'Nhập tay',
  'scan.manual.heading': 'Nhập thông tin theo thẻ',
  'scan.manual.idNumber': 'Số định danh cá nhân (12 chữ số)',
  'scan.manual.fullName': 'Họ và tên',
  'scan.manual.dateOfBirth': 'Ngày sinh',
  'scan.manual.dateOfBirthHint':
    'Ngày/tháng/năm, ví dụ 05/09/1948. Nếu thẻ chỉ ghi năm sinh, nhập năm (ví dụ 1940).',
  'scan.manual.sex': 'Giới tính',
  'scan.manual.address': 'Nơi thường trú',
  'scan.manual.submit': 'Kiểm tra thông tin',
  'scan.manual.backToCamera': 'Quay lại quét mã',
  'scan.manual.pipe': 'Không dùng ký tự “|” trong thông tin.',
  'scan.manual.fixField': 'Hãy sửa mục được đánh dấu.',

  'scan.confirm.heading': 'Kiểm tra thông tin đọc được',
  'scan.confirm.use': 'Dùng thông tin này',
  'scan.confirm.rescan': 'Quét lại',
  'scan.confirm.idOnly':
    'Thẻ loại cũ chỉ có mã vạch số định danh. Họ tên, ngày sinh và địa chỉ cần nhập tay.',
  'scan.confirm.warnings': 'Cần đối chiếu lại với thẻ',

  'scan.card.fullName': 'Họ và tên',
  'scan.card.idNumber': 'Số định danh',
  'scan.card.oldIdNumber': 'Số CMND cũ',
  'scan.card.dateOfBirth': 'Ngày sinh',
  'scan.card.sex': 'Giới tính',
  'scan.card.male': 'Nam',
  'scan.card.female': 'Nữ',
  'scan.card.address': 'Nơi thường trú',
  'scan.card.issueDate': 'Ngày cấp',
  'scan.card.source': 'Nguồn',
  'scan.card.source.camera': 'Quét bằng camera',
  'scan.card.source.photo': 'Đọc từ ảnh chụp',
  'scan.card.source.manual': 'Nhập tay',

  'scan.close': 'Đóng máy quét',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'scan.title': 'Scan the QR code on the ID card',
  'scan.demo.heading': 'Scan an ID card',
  'scan.demo.intro':
    'Reads the ID number, full name, date of birth, sex and permanent address from the QR code on a chip CCCD (front) or a new Căn cước card (back).',
  'scan.demo.confirmed': 'Confirmed details',
  'scan.demo.open': 'Scan a card',
  'scan.demo.again': 'Scan another card',
  'scan.demo.closed': 'The scanner is closed.',

  'scan.camera.preview': 'Camera picture with a guide frame in the middle',
  'scan.camera.instructions':
    'Put the QR code of the card inside the square and hold still. In a dark room turn the light on; if the code is small, move the card closer or zoom in.',
  'scan.camera.torchOn': 'Light on',
  'scan.camera.torchOff': 'Light off',
  'scan.camera.zoom': 'Zoom',
  'scan.camera.switch': 'Switch camera',
  'scan.camera.retry': 'Try the camera again',

  'scan.status.starting': 'Opening the camera…',
  'scan.status.scanning': 'Scanning. Put the QR code of the card inside the square.',
  'scan.status.readingPhoto': 'Reading the code in the photo…',
  'scan.status.decoderLoading': 'The code reader is still starting; try again in a moment.',
  'scan.status.notCard': 'A code was read but cannot be used: {reason}',
  'scan.status.read': 'Read the card of {name}. Check it against the card, then confirm.',
  'scan.status.readId': 'Read ID number {id}. Check it against the card, then confirm.',
  'scan.status.decodeFailed':
    'Cannot read pictures from the camera. Close and reopen the scanner, or take a photo of the card.',
  'scan.status.decoderFailed':
    'The code reader cannot start on this device. Please enter the details by hand.',
  'scan.status.manual': 'Enter the details as printed on the card.',

  'scan.help.denied.title': 'The app may not use the camera yet',
  'scan.help.denied.body':
    'To allow it: tap the lock or settings icon next to the page address, choose Permissions (or Site settings) → Camera → Allow, then tap “Try the camera again”. Meanwhile you can take a photo of the card or enter it by hand.',
  'scan.help.noCamera.title': 'No camera found',
  'scan.help.noCamera.body':
    'This device has no camera or it is switched off. Choose a photo of the card, or enter the details by hand.',
  'scan.help.busy.title': 'The camera is busy',
  'scan.help.busy.body':
    'Another app (a video call, the camera app) is using the camera. Close it, then tap “Try the camera again”.',
  'scan.help.unsupported.title': 'This browser does not allow the camera',
  'scan.help.unsupported.body':
    'A recent Chrome is needed, with the app opened at an address starting with https://. Meanwhile, take a photo of the card or enter it by hand.',
  'scan.help.error.title': 'The camera could not be opened',
  'scan.help.error.body':
    'Tap “Try the camera again”. If that fails, restart the device, take a photo of the card, or enter it by hand.',

  'scan.photo.button': 'Take or choose a photo of the card',
  'scan.photo.input': 'Photo of the QR code on the card',
  'scan.photo.notImage': 'The chosen file is not an image. Choose a photo of the card.',
  'scan.photo.tooLarge':
    'The photo is too large (over 30 MB). Take it again with the device camera.',
  'scan.photo.unreadable': 'This photo cannot be opened. Please take it again.',
  'scan.photo.noCode':
    'No QR code found in the photo. Take it again closer, in good light, without glare, with the whole code in the picture.',

  'scan.manual.button': 'Enter by hand',
  'scan.manual.heading': 'Enter the details from the card',
  'scan.manual.idNumber': 'Personal ID number (12 digits)',
  'scan.manual.fullName': 'Full name',
  'scan.manual.dateOfBirth': 'Date of birth',
  'scan.manual.dateOfBirthHint':
    'Day/month/year, e.g. 05/09/1948. If the card gives only the year, enter the year (e.g. 1940).',
  'scan.manual.sex': 'Sex',
  'scan.manual.address': 'Permanent address',
  'scan.manual.submit': 'Check the details',
  'scan.manual.backToCamera': 'Back to scanning',
  'scan.manual.pipe': 'Do not use the “|” character.',
  'scan.manual.fixField': 'Please correct the marked field.',

  'scan.confirm.heading': 'Check the details read',
  'scan.confirm.use': 'Use these details',
  'scan.confirm.rescan': 'Scan again',
  'scan.confirm.idOnly':
    'Older cards carry only a bar code with the ID number. Name, date of birth and address must be entered by hand.',
  'scan.confirm.warnings': 'Check against the card',

  'scan.card.fullName': 'Full name',
  'scan.card.idNumber': 'ID number',
  'scan.card.oldIdNumber': 'Old CMND number',
  'scan.card.dateOfBirth': 'Date of birth',
  'scan.card.sex': 'Sex',
  'scan.card.male': 'Male',
  'scan.card.female': 'Female',
  'scan.card.address': 'Permanent address',
  'scan.card.issueDate': 'Issue date',
  'scan.card.source': 'Source',
  'scan.card.source.camera': 'Scanned with the camera',
  'scan.card.source.photo': 'Read from a photo',
  'scan.card.source.manual': 'Entered by hand',

  'scan.close': 'Close the scanner',
};
