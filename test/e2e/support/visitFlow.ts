import type { Page } from 'playwright-core';

/** Opens the n-th beneficiary of the list and starts a visit; returns the beneficiary page. */
export async function startVisit(page: Page, index = 0): Promise<{ name: string; url: string }> {
  const row = page.getByRole('list', { name: 'Người hưởng trên máy' }).getByRole('link').nth(index);
  const name = ((await row.locator('.roster-row-name').textContent()) ?? '').trim();
  await row.click();
  await page.getByRole('link', { name: /Bắt đầu thăm hộ/ }).waitFor({ timeout: 60_000 });
  const url = page.url();
  await page.getByRole('link', { name: /Bắt đầu thăm hộ/ }).click();
  await page.getByRole('heading', { name: 'Kết quả đến nhà', level: 2 }).waitFor();
  return { name, url };
}

/** Records the shortest complete visit: nobody was home. */
export async function recordNobodyHomeVisit(page: Page, note: string): Promise<void> {
  await page.getByText('Không có ai ở nhà', { exact: true }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('heading', { name: 'Xem lại và lưu', level: 2 }).waitFor();
  await page.getByRole('textbox', { name: /Ghi chú/ }).fill(note);
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
}
