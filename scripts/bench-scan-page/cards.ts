// CCCD-like QR texts with full Vietnamese names and addresses, generated from a seed so every run
// benchmarks the same corpus. Layouts follow domain.md §3: the chip CCCD's 7 fields (old ID
// sometimes empty) and the 2024 Căn cước's 11 fields.

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Đức', 'Ngọc', 'Thị Thanh', 'Minh', 'Quốc', 'Thị Mỹ', 'Xuân'];
const GIVEN = [
  'Phương Thảo',
  'Hùng',
  'Lệ',
  'Nguyệt',
  'Dũng',
  'Hường',
  'Khánh',
  'Tuyết',
  'Đạt',
  'Ánh',
  'Quý',
  'Yến',
  'Thương',
  'Lộc',
  'Hạnh',
];
const HAMLETS = ['Thôn Đông', 'Ấp Tân Thới', 'Tổ 7', 'Khu phố 3', 'Xóm Bến Đò', 'Bản Nậm Cắn'];
const COMMUNES = [
  'Xã Tân Thạnh Đông',
  'Phường Hương Văn',
  'Xã Quảng Điền',
  'Thị trấn Phú Lộc',
  'Xã Nghĩa Hưng',
  'Phường Tân Quy Đông',
];
const DISTRICTS = [
  'Huyện Củ Chi',
  'Thị xã Hương Trà',
  'Huyện Lộc Bình',
  'Thành phố Sa Đéc',
  'Huyện Kỳ Sơn',
];
const PROVINCES: [code: string, name: string][] = [
  ['001', 'Hà Nội'],
  ['020', 'Lạng Sơn'],
  ['040', 'Nghệ An'],
  ['046', 'Thừa Thiên Huế'],
  ['079', 'TP. Hồ Chí Minh'],
  ['087', 'Đồng Tháp'],
  ['096', 'Cà Mau'],
];

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T;
const digits = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const pad = (n: number) => String(n).padStart(2, '0');

export type CardLayout = 'chip' | 'chip-no-old-id' | 'can-cuoc-2024';

export function cardText(rand: () => number, layout: CardLayout): string {
  const female = rand() < 0.5;
  const year = 1930 + Math.floor(rand() * 75);
  const dob = `${pad(1 + Math.floor(rand() * 28))}${pad(1 + Math.floor(rand() * 12))}${year}`;
  const [code, provinceName] = pick(rand, PROVINCES);
  const centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const id = `${code}${centuryDigit}${String(year).slice(2)}${digits(rand, 6)}`;
  const oldId = layout === 'chip' ? digits(rand, 9) : '';
  const middle = female ? pick(rand, MIDDLE) : pick(rand, MIDDLE).replace(/^Thị( |$)/, 'Văn$1');
  const name = `${pick(rand, SURNAMES)} ${middle} ${pick(rand, GIVEN)}`.replace(/ +/g, ' ');
  const address = [
    `Số ${1 + Math.floor(rand() * 200)}`,
    pick(rand, HAMLETS),
    pick(rand, COMMUNES),
    pick(rand, DISTRICTS),
    provinceName,
  ].join(', ');
  const issued = `${pad(1 + Math.floor(rand() * 28))}${pad(1 + Math.floor(rand() * 12))}${2021 + Math.floor(rand() * 4)}`;
  const fields = [id, oldId, name, dob, female ? 'Nữ' : 'Nam', address, issued];
  if (layout === 'can-cuoc-2024') fields.push('', '', '', '');
  return fields.join('|').normalize('NFC');
}
