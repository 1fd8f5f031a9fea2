import { parseCccdQr, type CccdCard } from '../../shared/cccdQr';
import { checkIdNumber } from '../../shared/idNumber';
import type { ParserMessageKey } from '../../shared/messages/parsers';

export type ScanSource = 'camera' | 'photo' | 'manual';

/** What the scanner hands back once the user has confirmed it. */
export type ScanOutcome =
  | { kind: 'card'; card: CccdCard; warnings: ParserMessageKey[]; source: ScanSource }
  /** The bar code of an older card: the 12-digit ID number and nothing else. */
  | { kind: 'idOnly'; idNumber: string; source: ScanSource };

export type Interpretation =
  { ok: true; outcome: ScanOutcome } | { ok: false; error: ParserMessageKey };

const DIGITS_ONLY = /^\s*\d+\s*$/;

/**
 * Turns a decoded text into a card. A string of digits is the ID number from a 1D bar code;
 * anything else must be the card's QR text. All rules are the shared parsers'.
 */
export function interpretScan(text: string, source: ScanSource): Interpretation {
  if (DIGITS_ONLY.test(text)) {
    const id = checkIdNumber(text);
    if (!id.ok) return { ok: false, error: id.error };
    return { ok: true, outcome: { kind: 'idOnly', idNumber: id.idNumber, source } };
  }
  const parsed = parseCccdQr(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return {
    ok: true,
    outcome: { kind: 'card', card: parsed.card, warnings: parsed.warnings, source },
  };
}
