const day = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
const clock = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit' });

/** "21/11/2026, 14:06" in the device's time zone. */
export function when(iso: string): string {
  const date = new Date(iso);
  return `${day.format(date)}, ${clock.format(date)}`;
}

export function dateOnly(iso: string): string {
  return day.format(new Date(iso));
}
