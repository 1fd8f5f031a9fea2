import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { waitForServiceWorkerControl } from './support/serviceWorker';
import {
  loginAs,
  rosterSizeFor,
  startAppServer,
  waitForRoster,
  type AppServer,
} from './support/session';
import {
  drawSignature,
  largePhoto,
  next,
  step,
  answerNeedsSurvey,
  fillAuthorisedPerson,
} from './support/visitForm';

// Every step of the visit form at the three sizes it must work at (tablet landscape and portrait,
// a phone): nothing wider than the screen, every control at least 48 px tall. With
// GHIDANH_SCREENSHOTS=1 the pictures are written to docs/screenshots/visit-*.png.

const SIZES = {
  landscape: { width: 1024, height: 768 },
  portrait: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;
const OUT = path.resolve('docs/screenshots');
const WRITE = process.env.GHIDANH_SCREENSHOTS === '1';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startAppServer({ staticDir: process.env.E2E_DIST });
  browser = await launchChromium();
  if (WRITE) mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What would make the form hard to use at this size. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    // The visit's own page (the app shell around it is the shell's business).
    const form = document.querySelector<HTMLElement>('.vf-page, .vf-saved, .vf-offer')!;
    for (const el of [form, ...form.querySelectorAll<HTMLElement>('*')]) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1)) {
        const where = `${Math.round(box.left)}–${Math.round(box.right)}px`;
        problems.push(`${el.tagName}.${el.className} spans ${where} of ${window.innerWidth}px`);
        break;
      }
    }
    const controls = document.querySelectorAll<HTMLElement>(
      ':is(.vf-page, .vf-saved, .vf-offer) :is(button, .choice-tile, .field-input, a.button, .button)',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1) continue; // not shown (or visually hidden behind its label)
      if (box.height < 48) {
        problems.push(`"${(el.textContent ?? el.id).trim().slice(0, 40)}" is ${box.height}px tall`);
      }
    }
    return problems;
  });
}

/** Checks the step at every size; pictures of it at `shots` sizes (when writing them). */
async function atEverySize(
  page: Page,
  name: string,
  shots: Size[] = ['landscape'],
  fullPage = false,
) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const size of Object.keys(SIZES) as Size[]) {
    await page.setViewportSize(SIZES[size]);
    expect(await layoutProblems(page), `${name} at ${size}`).toEqual([]);
    if (WRITE && shots.includes(size)) {
      await page.mouse.move(0, 0); // no hover highlight in the picture
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(OUT, `visit-${name}-${size}.png`), fullPage });
    }
  }
  await page.setViewportSize(SIZES.landscape);
}

/** Scrolls so that this element sits near the top of the screen, as a user would look at it. */
async function lookAt(page: Page, selector: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

test('each step of the visit fits tablets and phones, with large touch targets', async () => {
  const context = await browser.newContext({ viewport: SIZES.landscape, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginAs(page, server.url);
  await waitForRoster(page, await rosterSizeFor(server.store, 'canbo'));
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  const list = page.getByRole('list', { name: 'Người hưởng trên máy' });
  await list.getByRole('link').nth(5).click();
  // The card matches the roster but for the day of birth: the picture shows one correction.
  const roster = await page
    .getByRole('region', { name: 'Thông tin theo danh sách của xã' })
    .evaluate((el) =>
      Object.fromEntries(
        [...el.querySelectorAll('dt')].map((dt) => [
          dt.textContent,
          dt.nextElementSibling?.textContent ?? '',
        ]),
      ),
    );
  const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const year = /\d{4}$/.exec(roster['Ngày sinh'] ?? '')?.[0] ?? '1948';
  const idNumber = (roster['Số CCCD'] ?? '').replace(/\D/g, '') || '020048001234';
  await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();

  await step(page, 'Kết quả đến nhà');
  await next(page); // nothing chosen: the error summary
  await page.getByRole('alert', { name: /Cần sửa/ }).waitFor();
  await atEverySize(page, '1-outcome-error', ['landscape', 'phone']);
  await page.getByRole('radio', { name: 'Gặp người hưởng' }).check();
  await atEverySize(page, '1-outcome');
  await next(page);

  await step(page, 'Giấy tờ tùy thân');
  await page.getByRole('radio', { name: 'Có thẻ', exact: true }).check();
  await page.getByRole('textbox', { name: 'Số định danh cá nhân (12 số)' }).fill(idNumber);
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill(name.toLocaleUpperCase('vi'));
  await page.getByRole('textbox', { name: 'Ngày sinh' }).fill(`17/03/${year}`);
  await page.getByRole('radio', { name: roster['Giới tính'] ?? 'Nam', exact: true }).check();
  await page
    .getByRole('textbox', { name: 'Nơi thường trú' })
    .fill(`${roster['Thôn, bản'] ?? 'Thôn Nà Phai'}, Lạng Sơn`);
  await lookAt(page, '.vf-compare');
  await atEverySize(page, '2-identity', ['landscape', 'portrait']);
  await next(page);

  await step(page, 'Cách nhận tiền');
  await page.getByRole('radio', { name: 'Ví điện tử của nhà mạng' }).check();
  await page.getByRole('radio', { name: 'Viettel Money' }).check();
  await page.getByRole('textbox', { name: 'Số điện thoại đăng ký ví' }).fill('0912 345 678');
  await atEverySize(page, '3-payment-wallet');
  await page.getByRole('radio', { name: 'Tài khoản ngân hàng' }).check();
  await page.getByRole('searchbox', { name: 'Tìm ngân hàng' }).fill('nong nghiep');
  await lookAt(page, '.vf-bank-picker');
  await atEverySize(page, '3-payment-bank', ['landscape', 'phone']);
  await page.getByRole('radio', { name: 'Agribank' }).click();
  await page.getByRole('textbox', { name: 'Số tài khoản' }).fill('3300 2051 12345');
  await page.getByRole('button', { name: /^Dùng tên / }).click();
  await answerNeedsSurvey(page);
  await next(page);

  await step(page, 'Người nhận thay');
  await fillAuthorisedPerson(page);
  await page
    .getByLabel('Chụp hoặc chọn ảnh')
    .setInputFiles({ name: 'giay.jpg', mimeType: 'image/jpeg', buffer: await largePhoto(page) });
  await page.getByText(/^Ảnh 1 · \d+ KB$/).waitFor();
  await lookAt(page, '.vf-validity');
  await atEverySize(page, '4-representative', ['landscape', 'portrait']);
  await next(page);

  await step(page, 'Số điện thoại');
  await page.getByRole('textbox', { name: /Số điện thoại của người hưởng/ }).fill('0168 123 4567');
  await atEverySize(page, '5-phones');
  await page.getByRole('button', { name: 'Dùng số mới 0381234567' }).click();
  await page.getByRole('textbox', { name: 'Số điện thoại của Hoàng Thị Lan' }).fill('0912 345 678');
  await next(page);

  await step(page, 'Đồng ý');
  await page.getByRole('checkbox', { name: 'Đăng ký cách nhận trợ cấp' }).check();
  await page.getByRole('checkbox', { name: 'Mở tài khoản hoặc ví' }).check();
  await page.getByRole('radio', { name: 'Người hưởng', exact: true }).check();
  await drawSignature(page);
  await page.getByText('Đã có chữ ký.').waitFor();
  await atEverySize(page, '6-consent', ['landscape', 'phone']);
  await next(page);

  await step(page, 'Xem lại và lưu');
  await page.getByRole('textbox', { name: /Ghi chú/ }).fill('Con gái nhận thay khi bà đi viện.');
  // The whole review in one picture: the step bar is drawn where it ends, not over the page.
  // (Through the CSSOM: the policy refuses an injected <style>, as it should.)
  await page.evaluate(() =>
    document
      .querySelectorAll<HTMLElement>('.vf-visit-nav')
      .forEach((nav) => nav.style.setProperty('position', 'static', 'important')),
  );
  await atEverySize(page, '7-review', ['landscape'], true);
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await page.getByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }).waitFor();
  await atEverySize(page, '8-saved');

  // A visit left unfinished is offered again when the person is opened next time.
  await page.getByRole('link', { name: 'Về hồ sơ người hưởng' }).click();
  await page.getByRole('link', { name: 'Bắt đầu thăm hộ' }).click();
  await page.getByRole('radio', { name: 'Gặp người giám hộ hoặc người thân' }).check();
  await page.getByText(/^Đã lưu nháp lúc/).waitFor();
  await page.goBack();
  await page.getByRole('link', { name: 'Tiếp tục phiếu đang nhập dở' }).click();
  await page.getByRole('heading', { name: 'Có phiếu đang nhập dở' }).waitFor();
  await atEverySize(page, '0-draft-offer');

  expect(errors).toEqual([]);
  await context.close();
});
