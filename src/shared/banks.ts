import { Banks } from 'vietnam-qr-pay/dist/constants/banks';
import { compareVietnamese, foldVietnamese, toNfc } from './text';

// Banks identified by their NAPAS/VietQR BIN (domain.md §5), from the maintained list in
// vietnam-qr-pay. The deep import pulls only the bank table (not the QR encoder) into the bundle.

export interface BankInfo {
  /** Six-digit NAPAS BIN, e.g. "970415". */
  readonly bin: string;
  /** Bank code, e.g. "CTG" for VietinBank. */
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** Other names people search by, including former names of a bank that kept its BIN. */
  readonly keywords: readonly string[];
}

/** The package also lists e-wallets that hold a BIN; they are not bank accounts with a card. */
const NOT_BANKS: ReadonlySet<string> = new Set(['momo']);

type SourceBank = (typeof Banks)[number];

function splitKeywords(keywords: string | undefined): string[] {
  return (keywords ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

/**
 * One entry per BIN. When the source lists a BIN twice (a renamed or merged bank), the current
 * entry wins: not deprecated, then best VietQR support, then source order. The other entry's names
 * become keywords, so "LienVietPostBank" still finds LPBank.
 */
function buildBankList(source: readonly SourceBank[]): BankInfo[] {
  const byBin = new Map<string, SourceBank[]>();
  for (const bank of source) {
    if (!/^\d{6}$/.test(bank.bin) || NOT_BANKS.has(bank.key)) continue;
    byBin.set(bank.bin, [...(byBin.get(bank.bin) ?? []), bank]);
  }
  const rank = (b: SourceBank) => (b.deprecated ? -10 : 0) + b.vietQRStatus;
  const banks = [...byBin.values()].map((entries) => {
    const [main, ...others] = [...entries].sort((a, b) => rank(b) - rank(a)) as [
      SourceBank,
      ...SourceBank[],
    ];
    const keywords = [
      ...splitKeywords(main.keywords),
      ...others.flatMap((o) => [o.shortName, o.name, ...splitKeywords(o.keywords)]),
    ].map(toNfc);
    return {
      bin: main.bin,
      code: main.code,
      name: toNfc(main.name),
      shortName: toNfc(main.shortName),
      keywords: [...new Set(keywords)],
    };
  });
  return banks.sort((a, b) => compareVietnamese(a.shortName, b.shortName));
}

/** Every bank, sorted by short name in Vietnamese order. */
export const BANKS: readonly BankInfo[] = buildBankList(Banks);

const BANK_BY_BIN: ReadonlyMap<string, BankInfo> = new Map(BANKS.map((b) => [b.bin, b]));

export function findBankByBin(bin: string): BankInfo | undefined {
  return typeof bin === 'string' ? BANK_BY_BIN.get(bin.trim()) : undefined;
}

export function isKnownBankBin(bin: string): boolean {
  return findBankByBin(bin) !== undefined;
}

const SEARCH_KEYS: ReadonlyMap<BankInfo, string[]> = new Map(
  BANKS.map((b) => [b, [b.shortName, b.name, b.code, b.bin, ...b.keywords].map(searchKey)]),
);

// Spaces and punctuation are dropped too, so "vietin" finds "VietinBank" and "dong a" finds "DongA".
function searchKey(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]/g, '');
}

/**
 * Banks whose name, short name, code, BIN or keywords contain the query, ignoring accents, case
 * and spacing; those whose short name or code starts with it come first. An empty query gives all.
 */
export function searchBanks(query: string): BankInfo[] {
  const q = typeof query === 'string' ? searchKey(query.slice(0, 100)) : '';
  if (q === '') return [...BANKS];
  const hits = BANKS.filter((b) => SEARCH_KEYS.get(b)?.some((k) => k.includes(q)));
  const starts = (b: BankInfo) =>
    searchKey(b.shortName).startsWith(q) || searchKey(b.code).startsWith(q);
  return [...hits.filter(starts), ...hits.filter((b) => !starts(b))];
}
