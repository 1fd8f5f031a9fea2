// Vietnamese text rules (domain.md §8): store NFC, search on a folded key, sort with the vi collator.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITE_SPACE = /\s+/g;

/** NFC form: the one stored. Scanners and keyboards may deliver NFD (decomposed) text. */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/** Text as stored for names and addresses: NFC, trimmed, inner white space collapsed to one space. */
export function cleanText(s: string): string {
  return toNfc(s).replace(WHITE_SPACE, ' ').trim();
}

/**
 * The accent-insensitive search key: "Nguyễn Thị Đào" → "nguyen thi dao".
 * đ/Đ need their own mapping: they are letters of their own, not d plus a mark.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(WHITE_SPACE, ' ')
    .trim();
}

const collator = new Intl.Collator('vi');

/** Sort order for Vietnamese: A < Ă < Â < B … D < Đ, tone marks after the bare letter. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
