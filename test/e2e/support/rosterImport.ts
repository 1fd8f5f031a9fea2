import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Beneficiary, BeneficiaryCategory } from '../../../src/shared/schemas';
import type { Store } from '../../../src/server/store/db';

// A commune's monthly list as its social-protection software exports it (title row, Vietnamese
// headers, dd/mm/yyyy dates, group names in words), and the import page (/nhap-danh-sach) driven
// through its screens: choose the file, check the column mapping, read the report, commit.

export const ROSTER_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD/Số định danh',
  'Thôn/Xóm',
  'Xã/Phường',
  'Đối tượng',
  'Mức trợ cấp',
  'Số điện thoại',
];
export const ROSTER_TITLE = ['DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI HƯỞNG TRỢ CẤP HẰNG THÁNG'];

const GROUP: Record<BeneficiaryCategory, string> = {
  child_no_support: 'Trẻ em không có nguồn nuôi dưỡng',
  child_16_22_studying: 'Người từ 16 đến 22 tuổi đang học',
  child_hiv_poor: 'Trẻ em nhiễm HIV thuộc hộ nghèo',
  poor_single_parent: 'Người đơn thân nghèo đang nuôi con',
  elderly: 'Người cao tuổi',
  disabled_severe: 'Người khuyết tật nặng',
  child_under3_poor: 'Trẻ em dưới 3 tuổi thuộc hộ nghèo',
  poor_hiv: 'Người nhiễm HIV thuộc hộ nghèo',
  carer_household: 'Hộ gia đình chăm sóc người khuyết tật đặc biệt nặng',
  foster_family: 'Hộ nhận nuôi dưỡng, chăm sóc trẻ em',
  merit: 'Người có công với cách mạng',
  merit_relative: 'Thân nhân người có công',
};
export const COMMUNE_NAMES: Record<string, string> = {
  '06004': 'Xã Thất Khê',
  '06037': 'Xã Hoàng Văn Thụ',
};

function dmy(iso: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

type RosterFields = Pick<
  Beneficiary,
  | 'fullName'
  | 'dateOfBirth'
  | 'sex'
  | 'idNumber'
  | 'village'
  | 'communeCode'
  | 'category'
  | 'monthlyAmount'
  | 'phone'
>;

/** One person as a row of the list (`i`: 0-based position, for the STT column). */
export function rosterRow(b: RosterFields, i: number): string[] {
  return [
    String(i + 1),
    b.fullName,
    dmy(b.dateOfBirth),
    b.sex === 'male' ? 'Nam' : 'Nữ',
    b.idNumber ?? '',
    b.village,
    COMMUNE_NAMES[b.communeCode] ?? b.communeCode,
    GROUP[b.category],
    b.monthlyAmount.toLocaleString('vi-VN'),
    b.phone ? `0${b.phone.slice(3)}` : '',
  ];
}

async function rosterOf(store: Store, commune: string): Promise<Beneficiary[]> {
  const rows = await store.db
    .selectFrom('beneficiaries')
    .select('data')
    .where('commune_code', '=', commune)
    .where('removed_at', 'is', null)
    .execute();
  return rows.map((r) => r.data as Beneficiary);
}

/** This month's list of a commune: everyone already on the server's list plus one newcomer. */
export async function listWithNewcomer(store: Store, commune: string, newcomer: string) {
  const people = await rosterOf(store, commune);
  const rows = people.map(rosterRow);
  rows.push(
    rosterRow(
      {
        fullName: newcomer,
        dateOfBirth: '1941-06-15',
        sex: 'female',
        idNumber: null,
        village: people[0]!.village,
        communeCode: commune,
        category: 'elderly',
        monthlyAmount: 540_000,
        phone: '+84912345678',
      },
      rows.length,
    ),
  );
  return { rows, existing: people.length };
}

export interface RosterFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * On the import page: chooses the file, checks the guessed column mapping and the row count,
 * asks for the report and waits for it.
 */
export async function checkRosterFile(page: Page, file: RosterFile, rows: number): Promise<void> {
  await page.getByRole('heading', { name: 'Nhập danh sách người hưởng' }).waitFor();
  await page.getByLabel('Chọn tệp danh sách').setInputFiles(file);
  await page.getByRole('heading', { name: 'Ghép cột' }).waitFor({ timeout: 30_000 });
  await expect
    .poll(
      () =>
        page.getByText(`${rows.toLocaleString('vi-VN')} dòng dữ liệu, tiêu đề ở dòng 2.`).count(),
      { timeout: 30_000 },
    )
    .toBe(1);
  // Guessed from the Vietnamese headers.
  await expect
    .poll(() => page.getByLabel('Mức trợ cấp').inputValue(), { timeout: 30_000 })
    .toBe('8');
  await page.getByRole('button', { name: 'Kiểm tra và lập báo cáo' }).click();
  await page.getByRole('heading', { name: 'Báo cáo trước khi ghi' }).waitFor({ timeout: 60_000 });
}

/** The report's four counts: new, changed, removed, rejected. */
export async function reportCounts(page: Page) {
  const count = async (label: string) =>
    (await page.locator('.import-count').filter({ hasText: label }).locator('dd').textContent()) ??
    '';
  return {
    added: await count('Người mới'),
    changed: await count('Có thay đổi'),
    removed: await count('Bị xóa khỏi danh sách'),
    rejected: await count('Dòng bị từ chối'),
  };
}

/** Commits the checked file and waits for the confirmation (no error on the way). */
export async function commitRoster(page: Page, added: number): Promise<void> {
  await page.getByRole('button', { name: 'Ghi vào danh sách' }).click();
  const done = page.getByText(`Đã ghi vào danh sách: ${added} người mới, 0 thay đổi, 0 bị xóa.`, {
    exact: false,
  });
  await done.or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 });
  expect(await page.getByRole('alert').allTextContents()).toEqual([]);
  await done.waitFor();
}
