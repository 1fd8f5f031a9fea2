// Calendar dates as the card and the records carry them. Stored ISO: "YYYY-MM-DD", or "YYYY" when
// only the year is known (very old people; domain.md §3). Shown DD/MM/YYYY (domain.md §8).

/** Years an ID number can encode (digit 4 spans the 1800s to the 2200s). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2299;

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "DDMMYYYY" (the card's form) → "YYYY-MM-DD"; null unless it is a real calendar date. */
export function parseCompactDate(s: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCalendarDate(year, month, day) ? toIsoDate(year, month, day) : null;
}

/** The year of a stored date ("YYYY-MM-DD" or "YYYY"). */
export function yearOf(isoOrYear: string): number {
  return Number(isoOrYear.slice(0, 4));
}

/** Stored date → display form: "1948-09-05" → "05/09/1948"; "1940" stays "1940". */
export function formatVnDate(isoOrYear: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoOrYear);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoOrYear;
}
