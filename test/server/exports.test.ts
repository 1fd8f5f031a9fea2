import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { beneficiary, consent, person, VIETINBANK_BIN } from '../shared/schemas/samples';
import { call, login, mutationOf, push, visitBy, type Session } from './support/client';
import { STARTUP_MS, backends, startServer, type TestServer } from './support/harness';
import { column, download, readCsv, readXlsx, rowWhere } from './support/sheets';

// The monthly lists over HTTP: each file parsed back (exceljs, papaparse) and checked cell by
// cell; the commune's change list lists only what changed since the last one.

const COMMUNE = '06004'; // served by the demo's VietinBank branch and canbo's own commune
const PROVIDER = 'vietinbank-ls';

const people = {
  // HIV category: the person is on the provider's lists, their category never is.
  anh: beneficiary({
    id: randomUUID(),
    fullName: 'Nguyễn Thị Ánh',
    idNumber: '001301005678',
    sex: 'female',
    dateOfBirth: '2001-03-04',
    category: 'poor_hiv',
    communeCode: COMMUNE,
    village: '=HYPERLINK("http://x.example")',
    phone: '0912345678',
    monthlyAmount: 540_000,
  }),
  binh: beneficiary({ id: randomUUID(), fullName: 'Đỗ Văn Bình', communeCode: COMMUNE }),
  cuc: beneficiary({ id: randomUUID(), fullName: 'Lê Thị Cúc', communeCode: COMMUNE }),
  dung: beneficiary({ id: randomUUID(), fullName: 'Trần Văn Dũng', communeCode: COMMUNE }),
};

describe.each(backends())('monthly lists on %s', (kind) => {
  let server: TestServer;
  let admin: Session;
  let worker: Session;
  let agent: Session;

  const roster = (upsert: unknown[], remove: string[] = []) =>
    call(server.base, 'POST', '/api/roster/changes', {
      token: admin.token,
      json: { upsert, remove },
    });
  const exportList = (token: string, body: unknown) =>
    download(server.base, 'POST', '/api/exports', token, body);
  const exportsCount = async () =>
    Number(
      (
        await server.store.db
          .selectFrom('exports')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await startServer(kind);
    [admin, worker, agent] = await Promise.all([
      login(server.base, 'quantri'),
      login(server.base, 'canbo'),
      login(server.base, 'nganhang'),
    ]);
    expect((await roster(Object.values(people))).status).toBe(200);
    const visits = [
      visitBy(worker, people.anh.id, COMMUNE, {
        outcome: 'met_guardian',
        representative: person(),
        consent: consent({ givenBy: 'guardian' }),
        payment: {
          method: 'bank',
          bankBin: VIETINBANK_BIN,
          accountNumber: '0102030405',
          accountHolder: 'Hoàng Thị Lan',
        },
      }),
      visitBy(worker, people.binh.id, COMMUNE, {
        payment: { method: 'wallet', provider: 'viettel_money', phone: '0961234567' },
      }),
      visitBy(worker, people.cuc.id, COMMUNE),
      visitBy(worker, people.dung.id, COMMUNE, {
        payment: { method: 'post_office_cash', reason: 'refuses', note: null },
      }),
    ];
    const pushed = await push(
      server.base,
      worker,
      visits.map((v) => mutationOf(worker, v)),
    );
    expect(pushed.body.results.map((r) => r.status)).toEqual(Array(4).fill('applied'));
    // Cúc's account is open already: she is not on the accounts-to-open list.
    await server.store.db
      .insertInto('account_openings')
      .values({
        beneficiary_id: people.cuc.id,
        provider_id: PROVIDER,
        commune_code: COMMUNE,
        status: 'opened',
        updated_at: new Date(),
      })
      .execute();
  }, STARTUP_MS);
  afterAll(() => server?.close(), STARTUP_MS);

  test('registration list (XLSX): who chose this provider, typed cells, no category', async () => {
    const res = await exportList(agent.token, {
      list: 'registrations',
      format: 'xlsx',
      providerId: PROVIDER,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="dang-ky-phuong-thuc-chi-tra_vietinbank-ls-vietinbank-lang-son_\d{4}-\d{2}-\d{2}-\d{4}\.xlsx"$/,
    );
    const sha = createHash('sha256').update(res.bytes).digest('hex');
    expect(res.headers.get('x-export-sha256')).toBe(sha);

    const sheet = await readXlsx(res.bytes);
    expect(sheet.worksheet.name).toBe('Đăng ký phương thức');
    expect(sheet.worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.headers).not.toContain('Nhóm đối tượng');
    // Bình chose a Viettel wallet and Dũng the post office: other providers' people.
    expect(column(sheet, 'Họ và tên')).toEqual(['Lê Thị Cúc', 'Nguyễn Thị Ánh']);
    expect(column(sheet, 'STT')).toEqual([1, 2]);

    const anh = rowWhere(sheet, 'Họ và tên', 'Nguyễn Thị Ánh');
    expect(anh).toMatchObject({
      'Mã người hưởng': people.anh.id,
      'Ngày sinh': new Date(Date.UTC(2001, 2, 4)),
      'Giới tính': 'Nữ',
      'Số CCCD': '001301005678',
      'Xã/phường': 'Xã Thất Khê',
      'Số điện thoại': '0912345678',
      'Chương trình': 'Bảo trợ xã hội',
      'Số tiền hằng tháng (đồng)': 540_000,
      'Phương thức nhận': 'Tài khoản ngân hàng',
      'Ngân hàng': 'VietinBank',
      'Số tài khoản': '0102030405',
      'Chủ tài khoản': 'Hoàng Thị Lan',
      'Người nhận thay': 'Hoàng Thị Lan',
      'Tư cách người nhận thay': 'Người giám hộ (Con)',
      'Số CCCD người nhận thay': '001301005678',
      'Số điện thoại người nhận thay': '0987654321',
    });
    // A text cell, never a formula, whatever the village field says.
    expect(anh['Thôn/bản']).toBe('=HYPERLINK("http://x.example")');
    const idColumn = sheet.headers.indexOf('Số CCCD') + 1;
    expect(sheet.worksheet.getColumn(idColumn).numFmt).toBe('@');

    const everything = JSON.stringify(sheet.rows);
    expect(everything).not.toMatch(/HIV|poor_hiv|khoản 8/);
  });

  test('accounts-to-open list (CSV): BOM, CRLF, only accounts not opened yet', async () => {
    const res = await exportList(admin.token, {
      list: 'accounts_to_open',
      format: 'csv',
      providerId: PROVIDER,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readCsv(res.bytes);
    expect(csv.text.split('\r\n').length).toBe(3); // header, Ánh, and the final CRLF
    expect(csv.text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(csv.headers[0]).toBe('STT');
    expect(csv.headers).not.toContain('Nhóm đối tượng');
    expect(csv.rows).toHaveLength(1);
    const anh = rowWhere(csv, 'Họ và tên', 'Nguyễn Thị Ánh');
    expect(anh).toMatchObject({
      'Số CCCD': '001301005678',
      'Ngày sinh': '04/03/2001',
      'Số tài khoản': '0102030405',
      'Cần hướng dẫn sử dụng': 'Có',
      'Tình trạng mở tài khoản': 'Chưa yêu cầu',
      // The formula is shown as typed: a leading apostrophe, RFC 4180 quotes undone by the parser.
      'Thôn/bản': `'=HYPERLINK("http://x.example")`,
    });
    expect(csv.text).toContain(`"'=HYPERLINK(""http://x.example"")"`);
  });

  test('commune changes: all at first, then only increase / decrease / adjustment', async () => {
    const first = await exportList(admin.token, {
      list: 'commune_changes',
      format: 'csv',
      communeCode: COMMUNE,
    });
    expect(first.status).toBe(200);
    const before = readCsv(first.bytes);
    const active = await server.store.db
      .selectFrom('beneficiaries')
      .select('id')
      .where('commune_code', '=', COMMUNE)
      .where('removed_at', 'is', null)
      .execute();
    expect(before.rows).toHaveLength(active.length);
    expect(new Set(column(before, 'Loại thay đổi'))).toEqual(new Set(['Tăng']));
    expect(before.headers).not.toContain('Nhóm đối tượng');
    expect(before.text).not.toMatch(/HIV/);

    const newcomer = beneficiary({
      id: randomUUID(),
      fullName: 'Vi Thị Én',
      communeCode: COMMUNE,
      idNumber: null,
      phone: null,
    });
    await roster(
      [
        { ...people.anh, monthlyAmount: 750_000 },
        { ...people.cuc, category: 'disabled_severe' }, // not a listed field: no row
        newcomer,
      ],
      [people.binh.id],
    );
    const second = await exportList(admin.token, {
      list: 'commune_changes',
      format: 'xlsx',
      communeCode: COMMUNE,
    });
    const changes = await readXlsx(second.bytes);
    expect(changes.rows.map((r) => [r[1], r[3]])).toEqual([
      ['Tăng', 'Vi Thị Én'],
      ['Giảm', 'Đỗ Văn Bình'],
      ['Điều chỉnh', 'Nguyễn Thị Ánh'],
    ]);
    expect(rowWhere(changes, 'Họ và tên', 'Nguyễn Thị Ánh')).toMatchObject({
      'Số tiền hằng tháng (đồng)': 750_000,
      'Nội dung điều chỉnh': 'Số tiền hằng tháng (đồng): 540.000 → 750.000',
    });
    expect(rowWhere(changes, 'Họ và tên', 'Vi Thị Én')['Số CCCD']).toBeNull();

    const third = await exportList(admin.token, {
      list: 'commune_changes',
      format: 'csv',
      communeCode: COMMUNE,
    });
    expect(readCsv(third.bytes).rows).toEqual([]);
    expect(third.headers.get('x-export-rows')).toBe('0');
  });

  test('past exports are listed and download again byte for byte', async () => {
    const list = await call<{ exports: { id: string; sha256: string; rowCount: number }[] }>(
      server.base,
      'GET',
      '/api/exports?list=commune_changes',
      { token: admin.token },
    );
    expect(list.status).toBe(200);
    expect(list.body.exports.map((e) => e.rowCount).slice(0, 2)).toEqual([0, 3]);
    const [, second] = list.body.exports;
    const again = await download(
      server.base,
      'GET',
      `/api/exports/${second!.id}/file`,
      admin.token,
    );
    expect(again.status).toBe(200);
    expect(createHash('sha256').update(again.bytes).digest('hex')).toBe(second!.sha256);
    expect((await readXlsx(again.bytes)).rows).toHaveLength(3);
  });

  test.each([
    ['a provider list without a provider', { list: 'registrations', format: 'xlsx' }, 400],
    [
      'a commune list naming a provider',
      { list: 'commune_changes', format: 'csv', communeCode: COMMUNE, providerId: PROVIDER },
      400,
    ],
    ['an unknown list', { list: 'payroll', format: 'csv', communeCode: COMMUNE }, 400],
    ['a PDF', { list: 'commune_changes', format: 'pdf', communeCode: COMMUNE }, 400],
    ['a bad commune code', { list: 'commune_changes', format: 'csv', communeCode: '6004x' }, 400],
    ['an unknown commune', { list: 'commune_changes', format: 'csv', communeCode: '99999' }, 404],
    ['an unknown provider', { list: 'registrations', format: 'csv', providerId: 'nobody' }, 404],
  ])('%s is refused and records nothing', async (_what, body, status) => {
    const before = await exportsCount();
    const res = await exportList(admin.token, body);
    expect(res.status).toBe(status);
    expect(await exportsCount()).toBe(before);
  });

  test.each([
    '/api/exports?limit=0',
    '/api/exports?limit=101',
    '/api/exports?offset=-1',
    '/api/exports?list=payroll',
    '/api/exports/not-a-uuid/file',
  ])('GET %s → 400', async (url) => {
    const res = await call(server.base, 'GET', url, { token: admin.token });
    expect(res.status).toBe(400);
  });
});
