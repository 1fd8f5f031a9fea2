import { formatVnDate } from '../../../../shared/dates';

// Dates as typed in the form ↔ as the records store them. Only the format changes here: whether
// the date is real, too old or in the future is for the shared schema to say.

/** "5/9/1948" or "05-09-1948" → "1948-09-05"; "1948" stays; anything else is passed on as is. */
export function typedDateToIso(text: string): string {
  const s = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return s;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Stored → typed form: "1948-09-05" → "05/09/1948", "1948" → "1948". */
export function isoToTypedDate(iso: string): string {
  return formatVnDate(iso);
}
