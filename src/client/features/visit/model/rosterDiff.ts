import type { Beneficiary, RosterCorrections, ScannedCard } from '../../../../shared/schemas';
import { cleanText } from '../../../../shared/text';

// The card is authoritative (it comes from the national population database); where the roster
// disagrees, the visit proposes a correction and the office decides.

export type ComparedField = 'fullName' | 'dateOfBirth' | 'sex' | 'idNumber';
export const COMPARED_FIELDS: readonly ComparedField[] = [
  'fullName',
  'dateOfBirth',
  'sex',
  'idNumber',
];

export type RosterFacts = Pick<Beneficiary, 'fullName' | 'dateOfBirth' | 'sex' | 'idNumber'>;

export interface FieldComparison {
  field: ComparedField;
  roster: string | null;
  card: string;
  differs: boolean;
}

/** Names differ only if more than letter case or spacing differs (cards print names in capitals). */
function sameName(a: string, b: string): boolean {
  return cleanText(a).toLocaleUpperCase('vi') === cleanText(b).toLocaleUpperCase('vi');
}

/** Card details as far as known (a card being typed in has gaps); empty ones are skipped. */
export type CardFacts = Partial<Record<ComparedField, string>>;

export function compareWithRoster(roster: RosterFacts, card: CardFacts): FieldComparison[] {
  return COMPARED_FIELDS.flatMap((field) => {
    const cardValue = card[field]?.trim() ?? '';
    if (cardValue === '') return [];
    const rosterValue = roster[field];
    const differs =
      field === 'fullName' ? !sameName(roster.fullName, cardValue) : rosterValue !== cardValue;
    return [{ field, roster: rosterValue, card: cardValue, differs }];
  });
}

/** The corrections a visit proposes: every compared field where the card differs. */
export function proposedCorrections(
  roster: RosterFacts & Pick<Beneficiary, 'phone'>,
  card: ScannedCard | null,
  phone: string | null,
): RosterCorrections {
  const corrections: RosterCorrections = {};
  if (card) {
    for (const c of compareWithRoster(roster, card)) {
      if (c.differs) Object.assign(corrections, { [c.field]: card[c.field] });
    }
  }
  if (phone !== null && phone !== roster.phone) corrections.phone = phone;
  return corrections;
}
