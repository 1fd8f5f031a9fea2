import { foldVietnamese } from '../text';
import type { ExportList } from './columns';

// File names that survive every browser, mail client and Windows share: ASCII letters, digits and
// dashes, the Vietnamese words folded ("Tăng giảm" → "tang-giam").

export const LIST_SLUGS: Readonly<Record<ExportList, string>> = {
  registrations: 'dang-ky-phuong-thuc-chi-tra',
  accounts_to_open: 'can-mo-tai-khoan',
  commune_changes: 'tang-giam-dieu-chinh',
};

export function asciiSlug(text: string, max = 40): string {
  return (
    foldVietnamese(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'x'
  );
}

/** e.g. "tang-giam-dieu-chinh_06004-xa-hoang-van-thu_2025-03-18-0930.csv" (times in Vietnam). */
export function exportFileName(
  list: ExportList,
  subject: { code: string; name: string },
  at: Date,
  format: 'xlsx' | 'csv',
): string {
  const vn = new Date(at.getTime() + 7 * 3600_000).toISOString();
  const stamp = `${vn.slice(0, 10)}-${vn.slice(11, 13)}${vn.slice(14, 16)}`;
  return `${LIST_SLUGS[list]}_${asciiSlug(`${subject.code} ${subject.name}`)}_${stamp}.${format}`;
}
