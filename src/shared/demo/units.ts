import type { AdminUnit } from '../schemas';

// A small 2025-shaped tree for demos and tests: Lạng Sơn (province 20) and some of its communes
// and wards. Names are real places; the five-digit codes are plausible, not authoritative.
// Real units are loaded as data from the office, never from here.

const province: AdminUnit = {
  code: '20',
  name: 'Tỉnh Lạng Sơn',
  level: 'province',
  parentCode: null,
};

const wards: [string, string][] = [
  ['05977', 'Phường Tam Thanh'],
  ['05983', 'Phường Lương Văn Tri'],
  ['05986', 'Phường Đông Kinh'],
  ['05992', 'Phường Kỳ Lừa'],
];

const communes: [string, string][] = [
  ['06004', 'Xã Thất Khê'],
  ['06037', 'Xã Hoàng Văn Thụ'],
  ['06100', 'Xã Bình Gia'],
  ['06151', 'Xã Văn Quan'],
  ['06187', 'Xã Đồng Đăng'],
  ['06208', 'Xã Cao Lộc'],
  ['06253', 'Xã Bắc Sơn'],
  ['06313', 'Xã Hữu Lũng'],
  ['06361', 'Xã Chi Lăng'],
  ['06394', 'Xã Lộc Bình'],
  ['06442', 'Xã Đình Lập'],
];

export const DEMO_PROVINCE_CODE = '20';

export const DEMO_UNITS: readonly AdminUnit[] = [
  province,
  ...wards.map(([code, name]) => ({ code, name, level: 'ward', parentCode: province.code })),
  ...communes.map(([code, name]) => ({ code, name, level: 'commune', parentCode: province.code })),
];
