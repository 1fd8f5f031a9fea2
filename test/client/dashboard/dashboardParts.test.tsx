import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { I18nProvider } from '../../../src/client/i18n';
import { CoverageTable } from '../../../src/client/features/dashboard/sections/CoverageTable';
import { DeviceTable } from '../../../src/client/features/dashboard/sections/DeviceTable';
import { ReviewQueue } from '../../../src/client/features/dashboard/sections/ReviewQueue';
import { SummaryTiles } from '../../../src/client/features/dashboard/sections/SummaryTiles';
import type {
  CommuneCoverage,
  CoverageFigures,
  DeviceStatus,
  DeviceStatusResponse,
  ReviewItem,
} from '../../../src/shared/schemas';

const renderVi = (ui: React.ReactNode) => render(<I18nProvider locale="vi">{ui}</I18nProvider>);
const zeroCash = {
  bedridden: 0,
  blind: 0,
  mental_illness: 0,
  no_one_to_authorise: 0,
  refuses: 0,
  other: 0,
};

const saDec: CommuneCoverage = {
  code: '30100',
  name: 'Phường Sa Đéc',
  provinceCode: '87',
  targetPercent: 95,
  meetsTarget: false,
  beneficiaries: 1234,
  visited: 1200,
  methods: { bank: 900, wallet: 268, post_office_cash: 20, cash_at_home: 10, none: 36 },
  intoAccount: 1168,
  intoAccountPercent: 94.7,
  accountsOpened: 1100,
  stayingOnCash: 30,
  cashReasons: { ...zeroCash, bedridden: 10, refuses: 20 },
  needsReview: 2,
};
const tanKhanh: CommuneCoverage = {
  ...saDec,
  code: '30200',
  name: 'Xã Tân Khánh Đông',
  targetPercent: 80,
  meetsTarget: true,
  beneficiaries: 10,
  visited: 9,
  methods: { bank: 8, wallet: 0, post_office_cash: 1, cash_at_home: 0, none: 1 },
  intoAccount: 8,
  intoAccountPercent: 80,
  accountsOpened: 5,
  stayingOnCash: 1,
  needsReview: 0,
};
const totals: CoverageFigures = {
  beneficiaries: 1244,
  visited: 1209,
  methods: { bank: 908, wallet: 268, post_office_cash: 21, cash_at_home: 10, none: 37 },
  intoAccount: 1176,
  intoAccountPercent: 94.5,
  accountsOpened: 1105,
  stayingOnCash: 31,
  cashReasons: { ...zeroCash, bedridden: 10, refuses: 21 },
  needsReview: 2,
};

test('the commune table shows every figure in Vietnamese number format, with the verdict in words', () => {
  renderVi(<CoverageTable communes={[saDec, tanKhanh]} totals={totals} id="t" />);
  const cells = (testId: string) =>
    within(screen.getByTestId(testId))
      .getAllByRole('cell')
      .map((c) => c.textContent);
  expect(within(screen.getByTestId('commune-30100')).getByRole('rowheader')).toHaveTextContent(
    'Phường Sa Đéc',
  );
  expect(cells('commune-30100')).toEqual([
    '1.234',
    '1.200',
    '900',
    '268',
    '20',
    '10',
    '36',
    '94,7% ✗ Chưa đạt',
    '95%',
    '1.100',
    '2',
  ]);
  expect(cells('commune-30200')).toContain('80% ✓ Đạt');
  expect(screen.getByRole('table', { name: 'Số liệu từng xã' })).toBeInTheDocument();
});

test('the tiles give the share against one province target, or say targets differ', () => {
  const { unmount } = renderVi(<SummaryTiles totals={totals} communes={[tanKhanh]} />);
  expect(screen.getByTestId('tile-intoAccount')).toHaveTextContent(
    'Nhận qua tài khoản94,5%1.176Chỉ tiêu 80%',
  );
  expect(screen.getByTestId('tile-visited')).toHaveTextContent('Đã đến nhà1.20997,2% tổng số');
  unmount();
  renderVi(<SummaryTiles totals={totals} communes={[saDec, tanKhanh]} />);
  expect(screen.getByTestId('tile-intoAccount')).toHaveTextContent('Chỉ tiêu theo từng xã');
});

const now = Date.parse('2025-07-10T12:00:00.000Z');
const device = (overrides: Partial<DeviceStatus>): DeviceStatus => ({
  deviceId: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b',
  label: 'Máy tính bảng 1',
  userId: '11111111-1111-4111-8111-111111111111',
  username: 'canbo',
  displayName: 'Nguyễn Thị Lan',
  lastSyncAt: '2025-07-10T11:00:00.000Z',
  lastContactAt: '2025-07-10T11:00:00.000Z',
  pendingCount: 0,
  oldestPendingAt: null,
  oldestPendingAgeSeconds: null,
  appVersion: '1.4.0',
  storageUsedBytes: 52_428_800,
  storageQuotaBytes: 1_073_741_824,
  lastError: null,
  staleReasons: [],
  ...overrides,
});

test('stale devices are marked in words and a symbol, with what waits and since when', () => {
  const status: DeviceStatusResponse = {
    generatedAt: new Date(now).toISOString(),
    rule: { noContactHours: 72, oldestPendingHours: 48 },
    devices: [
      device({}),
      device({
        deviceId: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6c',
        label: 'Máy tính bảng 2',
        username: 'canbo2',
        lastSyncAt: '2025-07-06T12:00:00.000Z',
        lastContactAt: '2025-07-06T12:00:00.000Z',
        pendingCount: 12,
        oldestPendingAt: '2025-07-07T11:00:00.000Z',
        oldestPendingAgeSeconds: 3 * 86_400 + 3600,
        appVersion: '1.3.2',
        storageQuotaBytes: null,
        lastError: 'Không tới được máy chủ',
        staleReasons: ['no_contact', 'pending_too_old'],
      }),
    ],
    workers: [],
  };
  renderVi(<DeviceTable status={status} now={now} />);
  expect(screen.getByRole('heading', { name: /Thiết bị của cán bộ/ })).toHaveTextContent(
    '1 máy quá hạn',
  );
  expect(screen.getByText(/quá 72 giờ/)).toHaveTextContent('quá 48 giờ');
  const fresh = screen.getByTestId('device-0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b');
  const stale = screen.getByTestId('device-0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6c');
  expect(fresh).not.toHaveClass('dash-stale');
  expect(stale).toHaveClass('dash-stale');
  expect(
    within(fresh)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['✓ Bình thường', '1 giờ trước', '0', '—', '1.4.0', '50 MB / 1 GB', '—']);
  expect(
    within(stale)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual([
    '⚠ Quá hạn: không liên lạc, bản ghi chờ quá lâu',
    '4 ngày trước',
    '12',
    '3 ngày',
    '1.3.2',
    '50 MB',
    'Không tới được máy chủ',
  ]);
});

test('resolving a review calls the server and says so; a refusal is shown, not swallowed', async () => {
  const user = userEvent.setup();
  const review: ReviewItem = {
    id: '22222222-2222-4222-8222-222222222222',
    beneficiaryId: '33333333-3333-4333-8333-333333333333',
    beneficiaryName: 'Hoàng Văn Thụ',
    communeCode: '30100',
    communeName: 'Phường Sa Đéc',
    reason: 'payment_disagreement',
    createdAt: '2025-07-09T01:00:00.000Z',
    visits: [
      {
        id: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a70',
        visitedAt: '2025-07-08T02:00:00.000Z',
        workerUsername: 'fw1',
        deviceLabel: 'Máy 1',
        method: 'bank',
        cashReason: null,
      },
      {
        id: '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a71',
        visitedAt: '2025-07-08T03:00:00.000Z',
        workerUsername: 'fw2',
        deviceLabel: 'Máy 2',
        method: 'wallet',
        cashReason: null,
      },
    ],
  };
  const resolved: string[] = [];
  let fail = true;
  renderVi(
    <ReviewQueue
      queue={{ reviews: [review], total: 1 }}
      onResolve={async (r) => {
        if (fail) throw new Error('Mục này đã được xử lý rồi.');
        resolved.push(r.id);
      }}
    />,
  );
  const item = screen.getByTestId(`review-${review.id}`);
  expect(item).toHaveTextContent('Hoàng Văn Thụ — Phường Sa Đéc');
  expect(
    within(item)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    '09:00 08/07/2025 — fw1 (Máy 1): Ngân hàng',
    '10:00 08/07/2025 — fw2 (Máy 2): Ví điện tử',
  ]);
  await user.click(screen.getByRole('button', { name: 'Đánh dấu đã xử lý' }));
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent(
      'Không lưu được: Mục này đã được xử lý rồi.',
    ),
  );
  fail = false;
  await user.click(screen.getByRole('button', { name: 'Đánh dấu đã xử lý' }));
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent('Đã đánh dấu xử lý: Hoàng Văn Thụ.'),
  );
  expect(resolved).toEqual([review.id]);
});
