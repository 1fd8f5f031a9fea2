import type { Page } from 'playwright-core';

// Reading the supervisor dashboard (/tong-quan) the way a person does: its tables, cell by cell.

/** Opens the dashboard from the navigation and waits for its figures. */
export async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('heading', { name: 'Tổng quan tiến độ', level: 1 }).waitFor();
  await page.getByRole('table', { name: 'Số liệu từng xã' }).waitFor({ timeout: 30_000 });
}

/** The cells of a commune's row in the coverage table, by column header. */
export async function communeRow(page: Page, code: string): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: 'Số liệu từng xã' });
  const headers = await table.locator('thead th').allTextContents();
  const cells = await table.getByTestId(`commune-${code}`).locator('th, td').allTextContents();
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

/** The cells of a device's row in the devices table, by column header. */
export async function deviceRow(page: Page, deviceId: string): Promise<Record<string, string>> {
  const row = page.getByTestId(`device-${deviceId}`);
  const table = page.getByRole('table').filter({ has: row });
  const headers = await table.locator('thead th').allTextContents();
  const cells = await row.locator('th, td').allTextContents();
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

/** A count as the dashboard writes it (Vietnamese grouping: 5.123). */
export const count = (cell: string | undefined): number => Number((cell ?? '').replace(/\./g, ''));

/** Asks the server for fresh figures and waits until they are on screen. */
export async function refreshDashboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Làm mới' }).click();
  await page.getByRole('button', { name: 'Làm mới' }).waitFor({ timeout: 30_000 });
}
