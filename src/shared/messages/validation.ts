import { LIMITS as L } from '../schemas/limits';

// Messages for this area of shared code; vi is the source, en must have the same keys.
// Keys used by the record schemas (src/shared/schemas). Bounds are quoted from LIMITS so the text
// always states the rule actually applied.

/** 50000000 → "50.000.000" (Vietnamese thousands separator), without depending on Intl data. */
const vnd = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');
const mb = (bytes: number) => String(bytes / (1024 * 1024));

export const vi = {
  'validation.object.invalid': 'Dữ liệu không đúng cấu trúc.',
  'validation.list.invalid': 'Danh sách không hợp lệ.',
  'validation.list.duplicate': 'Danh sách có mục bị trùng.',
  'validation.text.invalid': 'Nội dung không hợp lệ.',
  'validation.boolean.invalid': 'Vui lòng chọn Có hoặc Không.',
  'validation.id.invalid': 'Mã bản ghi không hợp lệ.',
  'validation.id.notV7': 'Mã bản ghi không hợp lệ (cần UUID phiên bản 7 tạo trên máy).',
  'validation.timestamp.invalid': 'Thời điểm không hợp lệ.',
  'validation.date.invalid': 'Ngày không có thật hoặc sai định dạng.',
  'validation.dateOfBirth.invalid':
    'Ngày sinh không hợp lệ: nhập đủ ngày, tháng, năm có thật, hoặc chỉ năm sinh nếu không rõ ngày.',
  'validation.dateOfBirth.tooOld': `Năm sinh phải từ ${L.minBirthYear} trở về sau.`,
  'validation.dateOfBirth.future': 'Ngày sinh không thể ở sau ngày hôm nay.',
  'validation.name.required': 'Vui lòng nhập họ và tên.',
  'validation.name.tooLong': `Họ và tên dài tối đa ${L.nameMax} ký tự.`,
  'validation.sex.invalid': 'Vui lòng chọn giới tính: Nam hoặc Nữ.',
  'validation.category.invalid': 'Vui lòng chọn nhóm đối tượng trong danh sách.',
  'validation.status.invalid': 'Trạng thái không hợp lệ.',
  'validation.adminCode.invalid': `Mã đơn vị hành chính gồm ${L.adminCodeMin} đến ${L.adminCodeMax} chữ số.`,
  'validation.village.required': 'Vui lòng nhập thôn, bản, tổ dân phố.',
  'validation.village.tooLong': `Tên thôn, bản, tổ dân phố dài tối đa ${L.villageMax} ký tự.`,
  'validation.monthlyAmount.invalid': `Mức trợ cấp hằng tháng phải là số đồng nguyên, từ 1 đến ${vnd(L.monthlyAmountMax)} đồng.`,

  'validation.adminUnit.nameRequired': 'Vui lòng nhập tên đơn vị hành chính.',
  'validation.adminUnit.nameTooLong': `Tên đơn vị hành chính dài tối đa ${L.adminNameMax} ký tự.`,
  'validation.adminUnit.levelInvalid': `Cấp hành chính viết bằng chữ thường không dấu (ví dụ province, commune), tối đa ${L.adminLevelMax} ký tự.`,
  'validation.adminUnit.tooMany': `Danh sách đơn vị hành chính có tối đa ${vnd(L.adminUnitsMax)} đơn vị.`,
  'validation.adminTree.duplicate': 'Mã đơn vị hành chính bị trùng.',
  'validation.adminTree.missingParent': 'Không tìm thấy đơn vị cấp trên có mã này trong danh sách.',
  'validation.adminTree.cycle':
    'Quan hệ cấp trên – cấp dưới bị vòng lặp (một đơn vị lại là cấp trên của chính nó).',

  'validation.person.roleInvalid': 'Vui lòng chọn: người giám hộ hoặc người được ủy quyền.',
  'validation.person.relationshipInvalid': 'Vui lòng chọn quan hệ với đối tượng.',
  'validation.person.relationshipOtherRequired': 'Vui lòng ghi rõ quan hệ với đối tượng.',
  'validation.person.relationshipOtherTooLong': `Quan hệ ghi tối đa ${L.relationshipOtherMax} ký tự.`,
  'validation.person.validityRequired':
    'Người được ủy quyền cần có thời hạn của giấy ủy quyền (từ ngày, đến ngày).',
  'validation.person.validityOrder': 'Ngày hết hạn ủy quyền không được trước ngày bắt đầu.',
  'validation.person.documentsTooMany': `Mỗi người đính kèm tối đa ${L.documentsPerPersonMax} giấy tờ.`,

  'validation.payment.methodInvalid': 'Vui lòng chọn hình thức nhận trợ cấp.',
  'validation.payment.bankUnknown': 'Vui lòng chọn ngân hàng trong danh sách.',
  'validation.payment.accountNumberInvalid': `Số tài khoản chỉ gồm chữ số, dài từ ${L.accountNumberMin} đến ${L.accountNumberMax} số.`,
  'validation.payment.walletProviderInvalid': 'Vui lòng chọn ví điện tử trong danh sách.',
  'validation.payment.cashReasonInvalid': 'Vui lòng chọn lý do nhận tiền mặt.',
  'validation.payment.cashNoteRequired': 'Vui lòng ghi rõ lý do nhận tiền mặt.',
  'validation.payment.cashNoteTooLong': `Lý do ghi tối đa ${L.cashNoteMax} ký tự.`,

  'validation.survey.smartphoneWithoutPhone':
    'Đã chọn “có điện thoại thông minh” thì cũng phải chọn “có điện thoại”.',

  'validation.consent.purposesRequired': 'Cần chọn ít nhất một mục đích được đồng ý.',
  'validation.consent.purposeInvalid': 'Mục đích sử dụng dữ liệu không có trong danh sách.',
  'validation.consent.purposeDuplicate': 'Mỗi mục đích chỉ được chọn một lần.',
  'validation.consent.givenByInvalid':
    'Vui lòng chọn người đồng ý: đối tượng, người giám hộ hoặc người được ủy quyền.',
  'validation.consent.methodInvalid': 'Vui lòng chọn cách ghi nhận sự đồng ý.',
  'validation.consent.signatureRequired': 'Cần chữ ký của người đồng ý.',
  'validation.consent.witnessRequired': 'Không có chữ ký thì cần ghi họ tên người làm chứng.',
  'validation.consent.withdrawnBeforeGiven':
    'Thời điểm rút lại đồng ý không thể trước thời điểm đồng ý.',
  'validation.consent.textVersionInvalid': `Phiên bản văn bản đồng ý không hợp lệ (1 đến ${L.textVersionMax} ký tự).`,

  'validation.card.sourceInvalid': 'Cách đọc thẻ không hợp lệ.',
  'validation.card.addressTooLong': 'Nơi thường trú dài quá mức cho phép trên thẻ.',
  'validation.card.extraInvalid': 'Các mục thêm đọc từ thẻ không hợp lệ.',
  'validation.card.noCardReasonInvalid': 'Vui lòng chọn lý do không có thẻ căn cước.',

  'validation.attachment.hashInvalid': 'Mã kiểm tra (SHA-256) của tệp đính kèm không hợp lệ.',
  'validation.attachment.typeInvalid': 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.',
  'validation.attachment.sizeInvalid': 'Kích thước tệp không hợp lệ.',
  'validation.attachment.tooLarge': `Ảnh đính kèm lớn tối đa ${mb(L.attachmentBytesMax)} MB.`,
  'validation.attachment.kindInvalid': 'Loại giấy tờ đính kèm không hợp lệ.',

  'validation.location.invalid': 'Vị trí không hợp lệ.',
  'validation.visit.outcomeInvalid': 'Vui lòng chọn kết quả của lần đến nhà.',
  'validation.visit.workerIdInvalid': 'Mã cán bộ không hợp lệ.',
  'validation.visit.paymentRequired': 'Vui lòng chọn hình thức nhận trợ cấp.',
  'validation.visit.consentRequired': 'Cần ghi nhận sự đồng ý xử lý dữ liệu cá nhân.',
  'validation.visit.cardRequired': 'Vui lòng đọc thẻ căn cước, hoặc chọn lý do không có thẻ.',
  'validation.visit.cardConflict': 'Đã đọc thẻ thì không chọn lý do không có thẻ.',
  'validation.visit.representativeRequired':
    'Gặp người giám hộ thì cần nhập thông tin người giám hộ hoặc người được ủy quyền.',
  'validation.visit.paymentNotAllowed':
    'Không gặp được đối tượng hoặc người đại diện thì không ghi hình thức nhận trợ cấp.',
  'validation.visit.consentNotAllowed':
    'Không gặp được đối tượng hoặc người đại diện thì không ghi nhận sự đồng ý.',
  'validation.visit.representativeNotAllowed':
    'Không gặp được đối tượng hoặc người đại diện thì không ghi người đại diện.',
  'validation.visit.consentPurposeMissing':
    'Sự đồng ý phải bao gồm mục đích “đăng ký hình thức nhận trợ cấp”.',
  'validation.visit.consentGiverMismatch':
    'Người đồng ý phải là người đã gặp: đối tượng, hoặc người đại diện đã nhập.',
  'validation.visit.attachmentNotListed': 'Giấy tờ được nhắc đến chưa có trong danh sách đính kèm.',
  'validation.visit.attachmentsTooMany': `Mỗi lần đến nhà đính kèm tối đa ${L.attachmentsPerVisitMax} ảnh.`,
  'validation.visit.notesTooLong': `Ghi chú dài tối đa ${vnd(L.visitNotesMax)} ký tự.`,
  'validation.visit.supersedesSelf': 'Một lần đến nhà không thể sửa chính nó.',
  'validation.visit.schemaVersion':
    'Bản ghi được tạo bởi phiên bản ứng dụng khác. Hãy cập nhật ứng dụng.',

  'validation.sync.seqInvalid': 'Số thứ tự thay đổi phải là số nguyên từ 1 trở lên.',
  'validation.sync.typeInvalid': 'Loại thay đổi không được hỗ trợ.',
  'validation.sync.mutationsEmpty': 'Không có thay đổi nào để gửi.',
  'validation.sync.mutationsTooMany': `Mỗi lần gửi tối đa ${L.mutationsPerPushMax} thay đổi.`,
  'validation.sync.deviceMismatch': 'Thay đổi không thuộc thiết bị đang gửi.',
  'validation.sync.statusInvalid': 'Kết quả đồng bộ không hợp lệ.',
  'validation.sync.issuesTooMany': `Mỗi kết quả có tối đa ${L.issuesPerResultMax} lỗi.`,
  // Reported by the device database (src/client/db) when it stores these records.
  'validation.attachment.bytesMismatch':
    'Tệp ảnh không khớp với thông tin đi kèm (kích thước hoặc mã kiểm tra). Hãy chụp lại.',
  'validation.visit.attachmentMissing': 'Không tìm thấy ảnh đính kèm này trên máy. Hãy chụp lại.',
  'validation.visit.deviceMismatch': 'Bản ghi được tạo trên thiết bị khác, không lưu được ở đây.',
  'validation.visit.beneficiaryChanged': 'Không thể chuyển lần đến nhà sang đối tượng khác.',
  'validation.draft.stepInvalid': 'Bước nhập liệu không hợp lệ.',
  'validation.draft.tooLarge': 'Bản nháp quá lớn để lưu.',
  'validation.draft.otherBeneficiary': 'Bản nháp này thuộc về đối tượng khác.',
} as const;

export type ValidationMessageKey = keyof typeof vi;

export const en: Record<ValidationMessageKey, string> = {
  'validation.object.invalid': 'The data does not have the expected structure.',
  'validation.list.invalid': 'The list is invalid.',
  'validation.list.duplicate': 'The list contains a duplicate.',
  'validation.text.invalid': 'The text is invalid.',
  'validation.boolean.invalid': 'Please choose Yes or No.',
  'validation.id.invalid': 'The record id is invalid.',
  'validation.id.notV7':
    'The record id is invalid (a version 7 UUID made on the device is expected).',
  'validation.timestamp.invalid': 'The time is invalid.',
  'validation.date.invalid': 'The date does not exist or is in the wrong format.',
  'validation.dateOfBirth.invalid':
    'The date of birth is invalid: enter a real day, month and year, or the year alone if the day is unknown.',
  'validation.dateOfBirth.tooOld': `The year of birth must be ${L.minBirthYear} or later.`,
  'validation.dateOfBirth.future': 'The date of birth cannot be after today.',
  'validation.name.required': 'Please enter the full name.',
  'validation.name.tooLong': `The full name can be at most ${L.nameMax} characters.`,
  'validation.sex.invalid': 'Please choose the sex: male or female.',
  'validation.category.invalid': 'Please choose a beneficiary group from the list.',
  'validation.status.invalid': 'The status is invalid.',
  'validation.adminCode.invalid': `An administrative unit code has ${L.adminCodeMin} to ${L.adminCodeMax} digits.`,
  'validation.village.required': 'Please enter the village or residential group.',
  'validation.village.tooLong': `The village name can be at most ${L.villageMax} characters.`,
  'validation.monthlyAmount.invalid': `The monthly allowance must be a whole number of đồng from 1 to ${vnd(L.monthlyAmountMax)}.`,

  'validation.adminUnit.nameRequired': 'Please enter the administrative unit name.',
  'validation.adminUnit.nameTooLong': `An administrative unit name can be at most ${L.adminNameMax} characters.`,
  'validation.adminUnit.levelInvalid': `The level is written in lower-case letters without marks (e.g. province, commune), at most ${L.adminLevelMax} characters.`,
  'validation.adminUnit.tooMany': `A list holds at most ${vnd(L.adminUnitsMax)} administrative units.`,
  'validation.adminTree.duplicate': 'This administrative unit code appears twice.',
  'validation.adminTree.missingParent': 'The parent unit with this code is not in the list.',
  'validation.adminTree.cycle':
    'The parent–child relations form a loop (a unit ends up as its own parent).',

  'validation.person.roleInvalid': 'Please choose: guardian or authorised person.',
  'validation.person.relationshipInvalid': 'Please choose the relationship to the beneficiary.',
  'validation.person.relationshipOtherRequired':
    'Please describe the relationship to the beneficiary.',
  'validation.person.relationshipOtherTooLong': `The relationship can be at most ${L.relationshipOtherMax} characters.`,
  'validation.person.validityRequired':
    'An authorised person needs the validity of the authorisation paper (from and to dates).',
  'validation.person.validityOrder': 'The authorisation cannot end before it starts.',
  'validation.person.documentsTooMany': `At most ${L.documentsPerPersonMax} documents per person.`,

  'validation.payment.methodInvalid': 'Please choose how the allowance is received.',
  'validation.payment.bankUnknown': 'Please choose a bank from the list.',
  'validation.payment.accountNumberInvalid': `The account number has digits only, ${L.accountNumberMin} to ${L.accountNumberMax} of them.`,
  'validation.payment.walletProviderInvalid': 'Please choose an e-wallet from the list.',
  'validation.payment.cashReasonInvalid': 'Please choose why the allowance is paid in cash.',
  'validation.payment.cashNoteRequired': 'Please describe why the allowance is paid in cash.',
  'validation.payment.cashNoteTooLong': `The reason can be at most ${L.cashNoteMax} characters.`,

  'validation.survey.smartphoneWithoutPhone':
    'If the person has a smartphone, “has a phone” must be chosen too.',

  'validation.consent.purposesRequired': 'Choose at least one purpose consented to.',
  'validation.consent.purposeInvalid': 'This data-use purpose is not in the list.',
  'validation.consent.purposeDuplicate': 'Each purpose can be chosen only once.',
  'validation.consent.givenByInvalid':
    'Please choose who consents: the beneficiary, the guardian or the authorised person.',
  'validation.consent.methodInvalid': 'Please choose how consent is recorded.',
  'validation.consent.signatureRequired': 'The signature of the person consenting is needed.',
  'validation.consent.witnessRequired': 'Without a signature, enter the full name of the witness.',
  'validation.consent.withdrawnBeforeGiven': 'Consent cannot be withdrawn before it was given.',
  'validation.consent.textVersionInvalid': `The consent text version is invalid (1 to ${L.textVersionMax} characters).`,

  'validation.card.sourceInvalid': 'The way the card was read is invalid.',
  'validation.card.addressTooLong': 'The permanent address is longer than a card allows.',
  'validation.card.extraInvalid': 'The extra fields read from the card are invalid.',
  'validation.card.noCardReasonInvalid': 'Please choose why there is no ID card.',

  'validation.attachment.hashInvalid': 'The attachment checksum (SHA-256) is invalid.',
  'validation.attachment.typeInvalid': 'Only JPEG, PNG or WebP images are accepted.',
  'validation.attachment.sizeInvalid': 'The file size is invalid.',
  'validation.attachment.tooLarge': `An attached image can be at most ${mb(L.attachmentBytesMax)} MB.`,
  'validation.attachment.kindInvalid': 'The attachment type is invalid.',

  'validation.location.invalid': 'The location is invalid.',
  'validation.visit.outcomeInvalid': 'Please choose the outcome of the visit.',
  'validation.visit.workerIdInvalid': 'The worker id is invalid.',
  'validation.visit.paymentRequired': 'Please choose how the allowance is received.',
  'validation.visit.consentRequired': 'Consent to process personal data must be recorded.',
  'validation.visit.cardRequired': 'Please read the ID card, or choose why there is none.',
  'validation.visit.cardConflict':
    'A card was read, so no reason for having no card can be chosen.',
  'validation.visit.representativeRequired':
    'When the guardian is met, enter the guardian or authorised person.',
  'validation.visit.paymentNotAllowed': 'Nobody was met, so no payment method can be recorded.',
  'validation.visit.consentNotAllowed': 'Nobody was met, so no consent can be recorded.',
  'validation.visit.representativeNotAllowed':
    'Nobody was met, so no representative can be recorded.',
  'validation.visit.consentPurposeMissing':
    'The consent must include the purpose “payment enrolment”.',
  'validation.visit.consentGiverMismatch':
    'The person consenting must be someone met: the beneficiary, or the representative entered.',
  'validation.visit.attachmentNotListed': 'A document referred to is not among the attachments.',
  'validation.visit.attachmentsTooMany': `At most ${L.attachmentsPerVisitMax} images per visit.`,
  'validation.visit.notesTooLong': `Notes can be at most ${vnd(L.visitNotesMax)} characters.`,
  'validation.visit.supersedesSelf': 'A visit cannot correct itself.',
  'validation.visit.schemaVersion':
    'The record was made by another version of the app. Please update the app.',

  'validation.sync.seqInvalid': 'The change number must be a whole number from 1.',
  'validation.sync.typeInvalid': 'This kind of change is not supported.',
  'validation.sync.mutationsEmpty': 'There are no changes to send.',
  'validation.sync.mutationsTooMany': `At most ${L.mutationsPerPushMax} changes per request.`,
  'validation.sync.deviceMismatch': 'A change does not belong to the sending device.',
  'validation.sync.statusInvalid': 'The sync result is invalid.',
  'validation.sync.issuesTooMany': `At most ${L.issuesPerResultMax} errors per result.`,
  'validation.attachment.bytesMismatch':
    'The image file does not match its details (size or checksum). Please take it again.',
  'validation.visit.attachmentMissing':
    'This attached image is not on the device. Please take it again.',
  'validation.visit.deviceMismatch':
    'The record was made on another device and cannot be saved here.',
  'validation.visit.beneficiaryChanged': 'A visit cannot be moved to another beneficiary.',
  'validation.draft.stepInvalid': 'The form step is invalid.',
  'validation.draft.tooLarge': 'The draft is too large to save.',
  'validation.draft.otherBeneficiary': 'This draft belongs to another beneficiary.',
};
