import type { Page } from 'playwright-core';

// Driving the visit form (src/client/features/visit) in Chromium, and reading back what it stored.

export const next = (page: Page) => page.getByRole('button', { name: 'Tiếp tục' }).click();

/** Waits for the step whose heading (h2) has this name. */
export const step = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name }).waitFor();

/** Answers a yes/no question of the form. */
export const answer = (page: Page, question: string, choice: 'Có' | 'Không') =>
  page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: choice, exact: true })
    .check();

/** Signs in the signature box with the mouse: pointer down, a wavy stroke, pointer up. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.locator('canvas.signature-box');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(box.x + 30 + i * 14, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 3)));
  }
  await page.mouse.up();
}

/**
 * A camera-sized photo (3264 × 2448, several MB): a page of text on paper with sensor noise,
 * drawn and JPEG-encoded by the browser itself.
 */
export async function largePhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 3264;
    canvas.height = 2448;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#e9e4d8';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#222';
    ctx.font = '56px serif';
    for (let line = 0; line < 30; line++) {
      ctx.fillText(
        'GIẤY ỦY QUYỀN — Tôi ủy quyền cho con gái nhận trợ cấp hằng tháng',
        180,
        220 + line * 72,
      );
    }
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const n = (seed % 41) - 20;
      image.data[i] = image.data[i]! + n;
      image.data[i + 1] = image.data[i + 1]! + n;
      image.data[i + 2] = image.data[i + 2]! + n;
    }
    ctx.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.92),
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** What the device database shows without the data key: clear index fields, sealed records. */
export interface StoredVisits {
  visits: { id: string; beneficiaryId: string; syncedAt: string | null }[];
  outbox: { visitId: string; status: string }[];
  files: { id: string; visitId: string }[];
  /** Every visit, outbox entry and file keeps its record in a sealed field, none in clear. */
  allSealed: boolean;
}

/** Opens the signed-in user's device database directly (IndexedDB, as the app left it). */
function readStores<T>(page: Page, stores: string[]): Promise<Record<string, T[]>> {
  return page.evaluate(async (names) => {
    const all = (await indexedDB.databases()).map((d) => d.name ?? '');
    const name = all.find((n) => /^ghidanh-[0-9a-f-]{36}$/.test(n)) ?? 'ghidanh';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const store of names) {
      out[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return out;
  }, stores) as Promise<Record<string, T[]>>;
}

/** When the last draft was saved (a clear field; the form values are sealed). */
export async function lastDraftSave(page: Page): Promise<string | null> {
  const { drafts } = await readStores<{ updatedAt: string }>(page, ['drafts']);
  return (
    drafts!
      .map((d) => d.updatedAt)
      .sort()
      .at(-1) ?? null
  );
}

export async function storedVisitFiles(page: Page): Promise<StoredVisits> {
  type Row = Record<string, unknown>;
  const rows = await readStores<Row>(page, ['visits', 'outbox', 'attachments']);
  const sealed = (row: Row) =>
    row.sealed instanceof Object && !('payment' in row) && !('payload' in row) && !('bytes' in row);
  return {
    visits: rows.visits!.map((v) => ({
      id: v.id as string,
      beneficiaryId: v.beneficiaryId as string,
      syncedAt: v.syncedAt as string | null,
    })),
    outbox: rows.outbox!.map((e) => ({ visitId: e.visitId as string, status: e.status as string })),
    files: rows.attachments!.map((a) => ({ id: a.id as string, visitId: a.visitId as string })),
    allSealed: [...rows.visits!, ...rows.outbox!, ...rows.attachments!].every(sealed),
  };
}

/** The short needs survey on the payment step: has a phone, no smartphone, cannot travel, needs help. */
export async function answerNeedsSurvey(page: Page): Promise<void> {
  await answer(page, 'Người hưởng có điện thoại không?', 'Có');
  await answer(page, 'Có điện thoại thông minh (dùng được ứng dụng) không?', 'Không');
  await answer(page, 'Tự đi đến điểm chi trả được không?', 'Không');
  await answer(page, 'Cần người hướng dẫn dùng thẻ, ví không?', 'Có');
}

/** An authorised person (the beneficiary's daughter) with a year-long authorisation. */
export async function fillAuthorisedPerson(page: Page): Promise<void> {
  await answer(page, 'Có người giám hộ hoặc người được ủy quyền nhận tiền thay không?', 'Có');
  await page.getByRole('radio', { name: 'Người được ủy quyền' }).check();
  await page.getByRole('textbox', { name: 'Họ và tên người nhận thay' }).fill('Hoàng Thị Lan');
  await page.getByRole('combobox', { name: 'Quan hệ với người hưởng' }).selectOption('child');
  await page.getByLabel('Từ ngày').fill('01/07/2025');
  await page.getByLabel('Đến ngày').fill('30/06/2026');
}

/**
 * From the visit form's first step to the saved visit: the beneficiary met, no card (never
 * issued), a VietinBank account chosen (BIN 970415, `accountNumber` as typed, holder's name taken
 * from the roster), no one receiving on their behalf, consent to register the payment method
 * (and, with `openAccount`, to open the account) given before a witness.
 */
export async function recordBankVisit(
  page: Page,
  { accountNumber = '1010 2020 3030', openAccount = false } = {},
): Promise<void> {
  await step(page, 'Kết quả đến nhà');
  await page.getByRole('radio', { name: 'Gặp người hưởng' }).check();
  await next(page);
  await step(page, 'Giấy tờ tùy thân');
  await page.getByRole('radio', { name: 'Không có thẻ' }).check();
  await page.getByRole('radio', { name: 'Chưa từng được cấp' }).check();
  await next(page);
  await step(page, 'Cách nhận tiền');
  await page.getByRole('radio', { name: 'Tài khoản ngân hàng' }).check();
  await page.getByRole('searchbox', { name: 'Tìm ngân hàng' }).fill('vietin');
  await page.getByRole('radio', { name: 'VietinBank' }).click();
  await page.getByRole('textbox', { name: 'Số tài khoản' }).fill(accountNumber);
  await page.getByRole('button', { name: /^Dùng tên / }).click();
  await answer(page, 'Người hưởng có điện thoại không?', 'Không');
  await answer(page, 'Có điện thoại thông minh (dùng được ứng dụng) không?', 'Không');
  await answer(page, 'Tự đi đến điểm chi trả được không?', 'Có');
  await answer(page, 'Cần người hướng dẫn dùng thẻ, ví không?', 'Có');
  await next(page);
  await step(page, 'Người nhận thay');
  await answer(page, 'Có người giám hộ hoặc người được ủy quyền nhận tiền thay không?', 'Không');
  await next(page);
  await step(page, 'Số điện thoại');
  await next(page);
  await step(page, 'Đồng ý');
  await page.getByRole('checkbox', { name: 'Đăng ký cách nhận trợ cấp' }).check();
  if (openAccount) await page.getByRole('checkbox', { name: 'Mở tài khoản hoặc ví' }).check();
  await page.getByRole('radio', { name: 'Người hưởng', exact: true }).check();
  await page.getByRole('radio', { name: /Không ký được, có người làm chứng/ }).check();
  await page.getByRole('textbox', { name: 'Họ tên người làm chứng' }).fill('Lương Văn Minh');
  await next(page);
  await step(page, 'Xem lại và lưu');
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await page.getByRole('heading', { name: 'Đã lưu phiếu thăm hộ' }).waitFor();
}
