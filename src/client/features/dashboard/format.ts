import { useI18n } from '../../i18n';
import { officeTime } from '../../ui';

// Numbers, shares, times and ages as people read them (vi-VN: 1.234, 36,4%, 21/11/2026 16:20).

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function useFormat() {
  const { t, locale } = useI18n();
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const number = new Intl.NumberFormat(tag);
  const share = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const dayMonth = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: '2-digit',
    timeZone: 'UTC',
  });
  const fullDay = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const age = (seconds: number) =>
    seconds >= DAY
      ? t('dash.age.days', { count: Math.floor(seconds / DAY) })
      : seconds >= HOUR
        ? t('dash.age.hours', { count: Math.floor(seconds / HOUR) })
        : t('dash.age.minutes', { count: Math.max(1, Math.floor(seconds / MINUTE)) });
  return {
    number: (n: number) => number.format(n),
    percent: (p: number) => `${share.format(p)}%`,
    /** In Vietnam's zone, as the per-day progress counts them. */
    dateTime: (iso: string) => officeTime(iso, locale),
    /** A calendar day "YYYY-MM-DD" as DD/MM. */
    dayMonth: (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`)),
    day: (day: string) => fullDay.format(new Date(`${day}T00:00:00Z`)),
    age,
    /** How long ago, relative to `now`. */
    ago: (iso: string, now: number) => {
      const seconds = Math.max(0, (now - Date.parse(iso)) / 1000);
      if (seconds < MINUTE) return t('dash.ago.now');
      if (seconds >= DAY) return t('dash.ago.days', { count: Math.floor(seconds / DAY) });
      if (seconds >= HOUR) return t('dash.ago.hours', { count: Math.floor(seconds / HOUR) });
      return t('dash.ago.minutes', { count: Math.floor(seconds / MINUTE) });
    },
  };
}
