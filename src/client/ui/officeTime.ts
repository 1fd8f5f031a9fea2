/** A moment as the office reads it, in Vietnam's zone whatever the browser's setting. */
export function officeTime(iso: string, locale: string, withSeconds = false): string {
  return new Date(iso).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  });
}
