import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatCccdQr } from '../../src/shared/cccdQr';
import { foldVietnamese } from '../../src/shared/text';
import { launchChromium } from './support/chromium';
import { qrScene, toPng } from './support/scanImages';
import { choosePhoto } from './support/scanPage';
import { waitForServiceWorkerControl } from './support/serviceWorker';
import {
  enterPin,
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import {
  lastDraftSave,
  drawSignature,
  largePhoto,
  next,
  step,
  storedVisitFiles,
  answerNeedsSurvey,
  fillAuthorisedPerson,
} from './support/visitForm';

// A whole visit on the built app in real Chromium, offline as in the field: search, open, every
// step (the card scanned from a photo, a photo of the authorisation paper through the file
// input, a signature drawn with the mouse), save; then a reload finds it all, waiting to sync.

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startAppServer({ staticDir: process.env.E2E_DIST });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a full visit is saved offline with its photo and signature, and is still there after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  let page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await loginAs(page, server.url);
  await waitForRoster(page, await rosterSizeFor(server.store, 'canbo'));
  await waitForServiceWorkerControl(page);
  await context.setOffline(true); // no signal at the house: the visit must wait to sync

  // Search without accents, open the person.
  const list = page.getByRole('list', { name: 'Người hưởng trên máy' });
  const name = ((await list.locator('.roster-row-name').nth(3).textContent()) ?? '').trim();
  await page
    .getByRole('searchbox', { name: 'Tìm người hưởng' })
    .pressSequentially(foldVietnamese(name));
  await list
    .getByRole('link', { name: new RegExp(`^${name},`) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();

  await step(page, 'Kết quả đến nhà');
  await page.getByRole('radio', { name: 'Gặp người hưởng' }).check();
  await next(page);

  // The card, read by the scanner from a photo of its QR code.
  await step(page, 'Giấy tờ tùy thân');
  await page.getByRole('radio', { name: 'Có thẻ', exact: true }).check();
  await page.getByRole('button', { name: 'Quét mã QR trên thẻ' }).click();
  const card = {
    idNumber: '020048001234',
    oldIdNumber: null,
    fullName: name.toLocaleUpperCase('vi'),
    dateOfBirth: '1948-09-05',
    sex: 'male' as const,
    address: 'Thôn Nà Phai, Lạng Sơn',
    issueDate: '2021-04-12',
    extra: [],
  };
  await page.locator('.scanner[data-engine]').waitFor(); // its decoder is ready (offline, precached)
  await choosePhoto(page, toPng(qrScene(formatCccdQr(card))));
  await page.getByRole('button', { name: 'Dùng thông tin này' }).click();
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Số định danh cá nhân (12 số)' }).inputValue())
    .toBe('020048001234');
  expect(await page.getByRole('textbox', { name: 'Họ và tên' }).inputValue()).toBe(card.fullName);
  await page.getByText('Đã đọc thẻ bằng mã QR.', { exact: false }).waitFor();
  await page.getByRole('table').waitFor(); // compared with the roster

  // The tab is killed once the autosave has written the card (the form values are sealed: the
  // draft's clear save time tells); a new tab offers the draft and resumes it where it was.
  const cardRead = new Date().toISOString();
  await expect.poll(async () => ((await lastDraftSave(page)) ?? '') > cardRead).toBe(true);
  const visitUrl = page.url();
  await page.close({ runBeforeUnload: false });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(visitUrl);
  await enterPin(page); // a new tab: the data key was in the old tab's memory only
  await page.getByRole('heading', { name: 'Có phiếu đang nhập dở' }).waitFor();
  await page.getByRole('button', { name: 'Tiếp tục phiếu này' }).click();
  await step(page, 'Giấy tờ tùy thân');
  expect(await page.getByRole('textbox', { name: 'Họ và tên' }).inputValue()).toBe(card.fullName);
  await next(page);

  await step(page, 'Cách nhận tiền');
  await page.getByRole('radio', { name: 'Tài khoản ngân hàng' }).check();
  await page.getByRole('searchbox', { name: 'Tìm ngân hàng' }).fill('vietin');
  await page.getByRole('radio', { name: 'VietinBank' }).click();
  await page.getByRole('textbox', { name: 'Số tài khoản' }).fill('1010 2020 3030');
  await page.getByRole('button', { name: /^Dùng tên / }).click();
  await answerNeedsSurvey(page);
  await next(page);

  // An authorised person, with a camera-sized photo of the paper through the file input.
  await step(page, 'Người nhận thay');
  await fillAuthorisedPerson(page);
  const photo = await largePhoto(page);
  expect(photo.length).toBeGreaterThan(1_000_000);
  await page
    .getByLabel('Chụp hoặc chọn ảnh')
    .setInputFiles({ name: 'giay-uy-quyen.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByText(/^Ảnh 1 · \d+ KB$/).waitFor();
  await next(page);

  await step(page, 'Số điện thoại');
  await page.getByRole('textbox', { name: /Số điện thoại của người hưởng/ }).fill('0168 123 4567');
  await page.getByRole('button', { name: 'Dùng số mới 0381234567' }).click();
  await page.getByRole('textbox', { name: 'Số điện thoại của Hoàng Thị Lan' }).fill('0912 345 678');
  await next(page);

  await step(page, 'Đồng ý');
  await page.getByRole('checkbox', { name: 'Đăng ký cách nhận trợ cấp' }).check();
  await page.getByRole('checkbox', { name: 'Mở tài khoản hoặc ví' }).check();
  await page.getByRole('radio', { name: 'Người hưởng', exact: true }).check();
  await drawSignature(page);
  await page.getByText('Đã có chữ ký.').waitFor();
  await next(page);

  await step(page, 'Xem lại và lưu');
  await page.getByText(/VietinBank · số tài khoản 101020203030/).waitFor();
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await page.getByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }).waitFor();
  await page.getByText('Chờ đồng bộ', { exact: true }).waitFor();

  // Reload, still offline: the service worker serves the app, IndexedDB kept everything.
  await page.reload();
  await enterPin(page);
  // The saved visit left no draft behind: the form opens afresh.
  await step(page, 'Kết quả đến nhà');
  const beneficiaryUrl = visitUrl.replace(/\/tham-ho$/, '');
  await page.goto(beneficiaryUrl);
  await enterPin(page);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Chờ đồng bộ').first().waitFor();
  await expect.poll(() => page.getByTestId('status-pill').textContent()).toContain('1 chờ đồng bộ');

  // On the device, without the key: one visit, queued, with its two files, all sealed.
  const stored = await storedVisitFiles(page);
  expect(stored.visits).toHaveLength(1);
  const visit = stored.visits[0]!;
  expect(visit.syncedAt).toBeNull();
  expect(stored.outbox).toEqual([{ visitId: visit.id, status: 'pending' }]);
  expect(stored.files).toHaveLength(2);
  expect(stored.allSealed).toBe(true);

  // The saved visit opens again (to edit, it has not synced) with its photo and signature.
  await page.goto(`${visitUrl}?sua=${visit.id}`);
  await enterPin(page);
  await page.getByRole('heading', { level: 2, name: 'Xem lại và lưu' }).waitFor();
  await expect.poll(() => imagesLoaded(page)).toBe(2);
  expect(errors).toEqual([]);

  // Back online it is sent whole: what the server holds is what was recorded, photo and all.
  await context.setOffline(false);
  await page.getByRole('link', { name: 'Thiết bị' }).click();
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect
    .poll(() => page.getByTestId('status-pill').textContent(), { timeout: 60_000 })
    .toContain('Đã đồng bộ hết');
  const sent = await server.store.db
    .selectFrom('visits')
    .select('data')
    .where('id', '=', visit.id)
    .executeTakeFirstOrThrow();
  expect(sent.data).toMatchObject({
    outcome: 'met_beneficiary',
    payment: { method: 'bank', bankBin: '970415', accountNumber: '101020203030' },
    beneficiaryPhone: '+84381234567',
    card: { source: 'qr', idNumber: '020048001234' },
  });
  const files = await server.store.db
    .selectFrom('attachments as a')
    .innerJoin('attachment_blobs as b', 'b.sha256', 'a.sha256')
    .select(['a.id', 'a.kind', 'a.mime_type', 'b.bytes', 'b.sha256', 'b.size'])
    .where('a.id', 'in', (sent.data as { attachments: string[] }).attachments)
    .execute();
  const paper = files.find((f) => f.kind === 'authorisation')!;
  const signature = files.find((f) => f.kind === 'signature')!;
  expect(paper).toMatchObject({ mime_type: 'image/jpeg' });
  expect([...Buffer.from(paper.bytes).subarray(0, 2)]).toEqual([0xff, 0xd8]);
  expect(paper.size).toBeLessThanOrEqual(200 * 1024);
  expect(signature).toMatchObject({ mime_type: 'image/png' });
  for (const f of files) {
    expect(createHash('sha256').update(f.bytes).digest('hex')).toBe(f.sha256);
  }
  await context.close();
});

/** Review images (photo thumbnail, signature) that actually decoded from their stored bytes. */
function imagesLoaded(page: Page): Promise<number> {
  return page
    .locator('.vf-review-photos img, img.vf-review-signature')
    .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length);
}
