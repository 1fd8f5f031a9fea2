import { foldVietnamese } from '../../shared/text';
import type { Beneficiary } from '../../shared/schemas';
import type { RosterSearchFields } from './rows';

// Keys IndexedDB can search and sort by. An index cannot call Intl.Collator, so the order is
// baked into a string key, and search uses folded words (domain.md §8).

/** Vietnamese letter order; f, j, w, z (foreign words) sit where the Latin alphabet puts them. */
const ALPHABET = 'aăâbcdđefghijklmnoôơpqrstuưvwxyz';
const LETTER_RANK = new Map([...ALPHABET].map((ch, i) => [ch, String.fromCharCode(0x100 + i)]));
const WORD_BREAK = '\u0001';

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';
/** Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

const MODIFIED: Record<string, string> = {
  [`a${BREVE}`]: 'ă',
  [`a${CIRCUMFLEX}`]: 'â',
  [`e${CIRCUMFLEX}`]: 'ê',
  [`o${CIRCUMFLEX}`]: 'ô',
  [`o${HORN}`]: 'ơ',
  [`u${HORN}`]: 'ư',
};

/** Letters (by Vietnamese rank) and digits, with the tone of each letter kept apart. */
function collationParts(text: string): { primary: string; tones: string } {
  let primary = '';
  let tones = '';
  const chars = [...text.toLowerCase().normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\s/.test(ch)) {
      if (primary && !primary.endsWith(WORD_BREAK)) primary += WORD_BREAK;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      primary += ch;
      continue;
    }
    let letter = ch;
    let tone = 0;
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1]!)) {
      const mark = chars[++i]!;
      const toneIndex = TONES.indexOf(mark);
      if (toneIndex > 0) tone = toneIndex;
      else letter = MODIFIED[letter + mark] ?? letter;
    }
    const rank = LETTER_RANK.get(letter);
    if (rank) {
      primary += rank;
      tones += String(tone);
    }
  }
  return { primary, tones };
}

/** Sort key: given name (the last word) first, then the whole name; letters before tones. */
export function vietnameseNameSortKey(fullName: string): string {
  const given = fullName.trim().split(/\s+/).at(-1) ?? '';
  const full = collationParts(fullName);
  return `${collationParts(given).primary}\u0000${full.primary}\u0000${full.tones}`;
}

/** The national form "0912345678" of a stored "+84912345678": what people type. */
function localPhone(e164: string | null): string {
  return e164 ? `0${e164.slice(3)}` : '';
}

export function rosterSearchFields(
  b: Pick<Beneficiary, 'fullName' | 'village' | 'idNumber' | 'phone'>,
): RosterSearchFields {
  const words = foldVietnamese(
    [b.fullName, b.village, b.idNumber ?? '', localPhone(b.phone)].join(' '),
  )
    .split(' ')
    .filter((w) => w !== '');
  const distinct = [...new Set(words)];
  return {
    searchKey: distinct.join(' '),
    searchWords: distinct,
    sortKey: vietnameseNameSortKey(b.fullName),
  };
}

/** The words of a query, folded like the keys; at most 8 are used. */
export function queryWords(query: string): string[] {
  return foldVietnamese(query.slice(0, 200))
    .split(' ')
    .filter((w) => w !== '')
    .slice(0, 8);
}

/** Every query word starts some word of the row. */
export function matchesQuery(searchKey: string, words: readonly string[]): boolean {
  const haystack = ` ${searchKey}`;
  return words.every((w) => haystack.includes(` ${w}`));
}
