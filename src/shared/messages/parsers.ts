// Messages for this area of shared code; vi is the source, en must have the same keys.
// Keys returned by the ID-number, CCCD QR, phone and wallet parsers (src/shared/*.ts).
export const vi = {
  'parse.idNumber.empty': 'Chưa nhập số định danh cá nhân (số CCCD).',
  'parse.idNumber.notDigits':
    'Số định danh chỉ gồm các chữ số 0–9, không có chữ cái, dấu cách hay ký hiệu.',
  'parse.idNumber.wrongLength': 'Số định danh phải có đúng 12 chữ số.',
  'parse.idNumber.unknownProvince':
    'Ba chữ số đầu của số định danh không phải mã tỉnh, thành phố nơi đăng ký khai sinh. Hãy kiểm tra lại với thẻ.',

  'parse.cccd.empty': 'Mã QR không có nội dung.',
  'parse.cccd.tooLong': 'Nội dung mã QR quá dài: đây không phải mã QR trên thẻ căn cước.',
  'parse.cccd.notCardQr':
    'Đây không phải mã QR trên thẻ căn cước (không có các mục ngăn cách bằng dấu “|”).',
  'parse.cccd.tooFewFields':
    'Mã QR thiếu thông tin: cần đủ 7 mục (số định danh, số CMND cũ, họ tên, ngày sinh, giới tính, nơi thường trú, ngày cấp).',
  'parse.cccd.oldIdInvalid':
    'Số CMND cũ trong mã QR không hợp lệ: phải có 9 hoặc 12 chữ số, hoặc để trống.',
  'parse.cccd.nameMissing': 'Mã QR không có họ tên.',
  'parse.cccd.nameTooLong': 'Họ tên trong mã QR dài quá 100 ký tự.',
  'parse.cccd.nameGarbled':
    'Họ tên đọc từ mã QR bị lỗi phông chữ. Hãy quét lại, hoặc nhập tay theo thẻ.',
  'parse.cccd.birthDateInvalid':
    'Ngày sinh trong mã QR không phải ngày có thật (cần dạng ngày tháng năm, ví dụ 05091948, hoặc chỉ năm sinh).',
  'parse.cccd.sexInvalid': 'Giới tính trong mã QR phải là “Nam” hoặc “Nữ”.',
  'parse.cccd.addressMissing': 'Mã QR không có nơi thường trú.',
  'parse.cccd.addressTooLong': 'Nơi thường trú trong mã QR dài quá 300 ký tự.',
  'parse.cccd.addressGarbled':
    'Nơi thường trú đọc từ mã QR bị lỗi phông chữ. Hãy quét lại, hoặc nhập tay theo thẻ.',
  'parse.cccd.issueDateInvalid':
    'Ngày cấp trong mã QR không phải ngày có thật (cần dạng ngày tháng năm, ví dụ 12042021).',
  'parse.cccd.sexMismatch':
    'Giới tính trên thẻ không khớp với chữ số thứ 4 của số định danh. Hãy đối chiếu lại với thẻ.',
  'parse.cccd.birthYearMismatch':
    'Năm sinh trên thẻ không khớp với chữ số thứ 4 đến 6 của số định danh. Hãy đối chiếu lại với thẻ.',
  'parse.cccd.issuedBeforeBirth': 'Ngày cấp thẻ sớm hơn ngày sinh. Hãy đối chiếu lại với thẻ.',

  'parse.phone.empty': 'Chưa nhập số điện thoại.',
  'parse.phone.tooLong': 'Số điện thoại quá dài.',
  'parse.phone.invalidCharacters':
    'Số điện thoại chỉ gồm chữ số; được dùng dấu + ở đầu, dấu cách, dấu chấm, gạch ngang và ngoặc.',
  'parse.phone.notVietnamese': 'Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).',
  'parse.phone.landline': 'Đây là số máy bàn. Cần số di động 10 chữ số.',
  'parse.phone.wrongLength': 'Số di động phải có 10 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678).',
  'parse.phone.unknownPrefix': 'Đầu số này không thuộc nhà mạng di động nào. Hãy kiểm tra lại.',
  'parse.phone.oldNumber':
    'Đây là số 11 chữ số cũ, đã được nhà mạng chuyển sang số 10 chữ số. Hãy dùng số mới.',

  'parse.wallet.unknownProvider': 'Không có ví điện tử này trong danh sách.',
  'parse.wallet.carrierMismatch':
    'Số điện thoại này không thuộc nhà mạng của ví đã chọn. Ví chỉ mở được trên số của chính nhà mạng đó.',
} as const;

export type ParserMessageKey = keyof typeof vi;

export const en: Record<ParserMessageKey, string> = {
  'parse.idNumber.empty': 'The personal ID number (CCCD number) is missing.',
  'parse.idNumber.notDigits':
    'The ID number may contain only the digits 0–9: no letters, spaces or symbols.',
  'parse.idNumber.wrongLength': 'The ID number must have exactly 12 digits.',
  'parse.idNumber.unknownProvince':
    'The first three digits of the ID number are not a province code of birth registration. Check against the card.',

  'parse.cccd.empty': 'The QR code is empty.',
  'parse.cccd.tooLong': 'The QR code content is too long: this is not an ID card QR code.',
  'parse.cccd.notCardQr': 'This is not an ID card QR code (no fields separated by “|”).',
  'parse.cccd.tooFewFields':
    'The QR code is missing information: it needs 7 fields (ID number, old ID number, full name, date of birth, sex, permanent address, issue date).',
  'parse.cccd.oldIdInvalid':
    'The old ID (CMND) number in the QR code is invalid: it must have 9 or 12 digits, or be empty.',
  'parse.cccd.nameMissing': 'The QR code has no full name.',
  'parse.cccd.nameTooLong': 'The full name in the QR code is longer than 100 characters.',
  'parse.cccd.nameGarbled':
    'The full name read from the QR code has garbled characters. Scan again, or type it from the card.',
  'parse.cccd.birthDateInvalid':
    'The date of birth in the QR code is not a real date (expected day month year, e.g. 05091948, or a year alone).',
  'parse.cccd.sexInvalid': 'The sex in the QR code must be “Nam” (male) or “Nữ” (female).',
  'parse.cccd.addressMissing': 'The QR code has no permanent address.',
  'parse.cccd.addressTooLong':
    'The permanent address in the QR code is longer than 300 characters.',
  'parse.cccd.addressGarbled':
    'The permanent address read from the QR code has garbled characters. Scan again, or type it from the card.',
  'parse.cccd.issueDateInvalid':
    'The issue date in the QR code is not a real date (expected day month year, e.g. 12042021).',
  'parse.cccd.sexMismatch':
    'The sex on the card does not match digit 4 of the ID number. Check against the card.',
  'parse.cccd.birthYearMismatch':
    'The birth year on the card does not match digits 4 to 6 of the ID number. Check against the card.',
  'parse.cccd.issuedBeforeBirth':
    'The card’s issue date is before the date of birth. Check against the card.',

  'parse.phone.empty': 'The phone number is missing.',
  'parse.phone.tooLong': 'The phone number is too long.',
  'parse.phone.invalidCharacters':
    'A phone number contains only digits, with an optional leading +, spaces, dots, dashes and parentheses.',
  'parse.phone.notVietnamese': 'Only Vietnamese phone numbers (country code +84) are accepted.',
  'parse.phone.landline': 'This is a landline number. A 10-digit mobile number is needed.',
  'parse.phone.wrongLength': 'A mobile number has 10 digits and starts with 0 (e.g. 0912 345 678).',
  'parse.phone.unknownPrefix':
    'This prefix does not belong to any mobile carrier. Check the number.',
  'parse.phone.oldNumber':
    'This is an old 11-digit number that the carrier converted to 10 digits. Use the new number.',

  'parse.wallet.unknownProvider': 'This e-wallet is not in the list.',
  'parse.wallet.carrierMismatch':
    'This phone number is not on the chosen wallet’s carrier. The wallet can only be opened on that carrier’s number.',
};
