import type { Page } from 'playwright-core';

/** The scanner's confirmation rows (label → value) once a card has been read. */
export async function readConfirmation(page: Page): Promise<Record<string, string>> {
  await page.getByRole('heading', { name: 'Kiểm tra thông tin đọc được' }).waitFor();
  return page.locator('.scan-confirm dl').evaluate((dl) => {
    const rows: Record<string, string> = {};
    for (const row of dl.querySelectorAll('div')) {
      rows[row.querySelector('dt')?.textContent ?? ''] = row.querySelector('dd')?.textContent ?? '';
    }
    return rows;
  });
}

/** Hands a photo to the scanner's "take or choose a photo" input. */
export async function choosePhoto(page: Page, png: Buffer, name = 'the.png'): Promise<void> {
  await page
    .getByLabel('Ảnh chụp mã QR trên thẻ')
    .setInputFiles({ name, mimeType: 'image/png', buffer: png });
}
