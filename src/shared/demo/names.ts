import type { Sex } from '../idNumber';

// Names as they appear on a Lạng Sơn roster: Tày, Nùng and Kinh family names, a middle name by
// sex, a given name by sex. Weights are rough shares, for realistic-looking lists only.

const words = (s: string) => s.split(' ');

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Hoàng', 14],
  ['Nguyễn', 12],
  ['Nông', 10],
  ['Lương', 6],
  ['Vi', 6],
  ['Lộc', 4],
  ['Hà', 4],
  ['Triệu', 4],
  ['Lê', 4],
  ['Trần', 4],
  ['Lăng', 3],
  ['Chu', 3],
  ['Mã', 3],
  ['Lý', 3],
  ['Dương', 3],
  ['Bế', 3],
  ['Đinh', 2],
  ['Hứa', 2],
  ['Phạm', 2],
  ['Đàm', 2],
  ['La', 1],
  ['Ngô', 1],
];

export const MIDDLE_NAMES: Readonly<Record<Sex, readonly (readonly [string, number])[]>> = {
  male: [
    ['Văn', 60],
    ['Đức', 8],
    ['Công', 6],
    ['Hữu', 6],
    ['Minh', 6],
    ['Quang', 5],
    ['Xuân', 5],
    ['Thanh', 4],
  ],
  female: [
    ['Thị', 65],
    ['Thu', 7],
    ['Ngọc', 6],
    ['Kim', 6],
    ['Thanh', 6],
    ['Hồng', 5],
    ['Minh', 5],
  ],
};

export const GIVEN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  male: words(
    'Tuấn Hùng Dũng Thắng Lâm Sơn Hải Phúc Quân Toàn Bình Cường Hưng Khánh Lợi Nghĩa Thụ Tài ' +
      'Chiến Đạt Phong Vinh Trường Kiên Lực Ngọ Pảo Thuận Đông Quý',
  ),
  female: words(
    'Lan Hoa Mai Hương Thảo Nga Huyền Liên Nhung Phượng Thoa Xuân Yến Hằng Duyên Loan Mỷ Nhàn ' +
      'Quyên Sáu Tâm Vân Ánh Đào Thơm Dịu Lụa Nguyệt Hiền Chiêm',
  ),
};

/** Tày–Nùng place names used for villages (thôn, bản). */
export const VILLAGE_NAMES: readonly string[] = (
  'Nà Phai, Nà Sla, Khòn Quắc, Pác Cáp, Còn Riềng, Nà Lẹng, Khuổi Mạ, Bó Củng, Pò Mã, Nà Pàn, ' +
  'Còn Pheo, Pắc Khuông, Nà Tèn, Lũng Vài, Bản Chu, Khuổi Khỉn, Nà Thâm, Pò Hà, Kéo Coóng, ' +
  'Nà Lòa, Phai Xả, Bó Lếch, Tà Lài, Nà Canh, Khau Ràng, Nà Pùng, Pác Khuông, Phja Lài, ' +
  'Đông Tiến, Tân Lập, Đồng Tâm, Hợp Thành'
).split(', ');
