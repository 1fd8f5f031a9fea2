// Dexie's liveQuery only runs if an indexedDB global existed when Dexie was first imported.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { saveVisit, upsertBeneficiaries } from '../../../src/client/db';
import { appDatabase, closeAppDatabase } from '../../../src/client/db/appDatabase';
import { deviceVisit } from '../db/helpers';
import { person, renderRoster } from './renderRoster';

afterEach(() => closeAppDatabase());

const list = () => screen.findByRole('list', { name: 'Người hưởng trên máy' });
const rowNames = async () =>
  within(await list())
    .getAllByRole('link')
    .map((a) => a.textContent);

async function withRoster(people: ReturnType<typeof person>[]) {
  await upsertBeneficiaries(await appDatabase(), people);
  await renderRoster();
  await list();
}

const hung = person({ fullName: 'Nguyễn Văn Hùng', village: 'Thôn Nà Phai', phone: '0912345678' });
const lan = person({ fullName: 'Nguyễn Thị Lan', village: 'Bản Pò Mã', status: 'visited' });
const nguyen = person({ fullName: 'Trần Văn Nguyên', village: 'Thôn Nà Phai' });
const dao = person({
  fullName: 'Đinh Thị Đào',
  village: 'Bản Pò Mã',
  idNumber: '020301005678',
  dateOfBirth: '2001-03-04',
  sex: 'female',
  category: 'poor_hiv',
});

test('an empty device says the roster comes from the server, and offers to fetch it', async () => {
  await renderRoster();
  expect(
    await screen.findByRole('heading', { name: 'Máy này chưa có danh sách người hưởng' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/sẽ được tải về khi máy kết nối được máy chủ/)).toBeInTheDocument();
  // Signed out (no sync engine in this test), there is nothing to fetch with.
  expect(screen.getByRole('button', { name: 'Tải danh sách' })).toBeDisabled();
  expect(screen.queryByRole('searchbox')).toBeNull();
});

describe('roster list', () => {
  test('rows show name, birth year, village and status, in Vietnamese given-name order', async () => {
    await withRoster([hung, lan, nguyen, dao]);
    expect(await rowNames()).toEqual([
      expect.stringMatching(/^Đinh Thị Đào/),
      expect.stringMatching(/^Nguyễn Văn Hùng/),
      expect.stringMatching(/^Nguyễn Thị Lan/),
      expect.stringMatching(/^Trần Văn Nguyên/),
    ]);
    const row = screen.getByRole('link', { name: /^Nguyễn Thị Lan/ });
    expect(row).toHaveAccessibleName('Nguyễn Thị Lan, sinh năm 1948, Bản Pò Mã, Đã thăm');
    expect(row).toHaveAttribute('href', `/nguoi-huong/${lan.id}`);
    expect(within(row).getByText('Sinh 1948')).toBeInTheDocument();
  });

  test('search is accent-insensitive over name, phone and village, and counts the results', async () => {
    const user = userEvent.setup();
    await withRoster([hung, lan, nguyen, dao]);
    const box = screen.getByRole('searchbox', { name: 'Tìm người hưởng' });

    await user.type(box, 'nguyen van');
    expect(await rowNames()).toEqual([
      expect.stringMatching(/^Nguyễn Văn Hùng/),
      expect.stringMatching(/^Trần Văn Nguyên/),
    ]);
    expect(screen.getByText('2 trong 4 người hưởng')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Tìm thấy 2 người.'));

    await user.clear(box);
    await user.type(box, '0912 345');
    expect(await rowNames()).toEqual([expect.stringMatching(/^Nguyễn Văn Hùng/)]);

    await user.clear(box);
    await user.type(box, 'po ma');
    expect(await rowNames()).toEqual([
      expect.stringMatching(/^Đinh Thị Đào/),
      expect.stringMatching(/^Nguyễn Thị Lan/),
    ]);

    await user.clear(box);
    await user.type(box, 'không có ai');
    expect(screen.getByText(/Không tìm thấy ai khớp/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Người hưởng trên máy' })).toBeNull();
  });

  test('what is typed survives its own trip to the address; a link to the plain list clears it', async () => {
    const user = userEvent.setup();
    await withRoster([hung, lan, nguyen]);
    const box = screen.getByRole('searchbox', { name: 'Tìm người hưởng' });
    await user.type(box, 'lan');
    await new Promise((r) => setTimeout(r, 600)); // the address catches up after a pause
    await user.type(box, ' thi');
    expect(box).toHaveValue('lan thi');
    expect(await rowNames()).toEqual([expect.stringMatching(/^Nguyễn Thị Lan/)]);

    await user.click(screen.getByRole('link', { name: 'Trang chủ' }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(await rowNames()).toHaveLength(3);
  });

  test('filters by status, group and village, and "Bỏ lọc" clears them', async () => {
    const user = userEvent.setup();
    await withRoster([hung, lan, nguyen, dao]);
    await user.selectOptions(screen.getByLabelText('Tình trạng'), 'Đã thăm');
    expect(await rowNames()).toEqual([expect.stringMatching(/^Nguyễn Thị Lan/)]);

    await user.selectOptions(screen.getByLabelText('Tình trạng'), 'Tất cả');
    await user.selectOptions(screen.getByLabelText('Thôn, bản'), 'Thôn Nà Phai');
    expect(await rowNames()).toEqual([
      expect.stringMatching(/^Nguyễn Văn Hùng/),
      expect.stringMatching(/^Trần Văn Nguyên/),
    ]);

    await user.selectOptions(screen.getByLabelText('Thôn, bản'), 'Tất cả');
    await user.selectOptions(screen.getByLabelText('Nhóm đối tượng'), 'Người nghèo');
    expect(await rowNames()).toEqual([expect.stringMatching(/^Đinh Thị Đào/)]);

    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(await rowNames()).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Bỏ lọc' })).toBeNull();
  });

  test('an HIV-related category is shown only as its neutral group, never named', async () => {
    await withRoster([hung, dao]);
    const row = screen.getByRole('link', { name: /^Đinh Thị Đào/ });
    expect(within(row).getByText('Người nghèo')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/HIV/i);
    const groups = within(screen.getByLabelText('Nhóm đối tượng')).getAllByRole('option');
    expect(groups.map((o) => o.textContent).join(' ')).not.toMatch(/HIV/i);
  });

  test('a person with a visit not yet on the server is marked "Chờ đồng bộ"', async () => {
    const db = await appDatabase();
    await upsertBeneficiaries(db, [hung, lan]);
    await saveVisit(db, await deviceVisit(db, { beneficiaryId: hung.id }));
    await renderRoster();
    const row = await screen.findByRole('link', { name: /^Nguyễn Văn Hùng/ });
    await waitFor(() => expect(within(row).getByText('Chờ đồng bộ')).toBeInTheDocument());
    expect(row).toHaveAccessibleName(
      'Nguyễn Văn Hùng, sinh năm 1948, Thôn Nà Phai, Đã thăm, chờ đồng bộ',
    );
    const other = screen.getByRole('link', { name: /^Nguyễn Thị Lan/ });
    expect(within(other).queryByText('Chờ đồng bộ')).toBeNull();
  });

  test('the keyboard moves from the search box through the rows and back', async () => {
    const user = userEvent.setup();
    await withRoster([hung, lan, nguyen]);
    const box = screen.getByRole('searchbox', { name: 'Tìm người hưởng' });
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: /^Nguyễn Văn Hùng/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: /^Nguyễn Thị Lan/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('link', { name: /^Trần Văn Nguyên/ })).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(box).toHaveFocus();
  });
});
