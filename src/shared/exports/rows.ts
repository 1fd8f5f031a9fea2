import { formatVnDate } from '../dates';
import { findBankByBin } from '../banks';
import type { Beneficiary } from '../schemas/beneficiary';
import type { PaymentChoice } from '../schemas/payment';
import type { Person } from '../schemas/person';
import type { Visit } from '../schemas/visit';
import { COLUMNS, type ColumnKey } from './columns';
import type { Row } from './csv';
import {
  CASH_REASON_LABELS,
  METHOD_LABELS,
  programmeLabel,
  RELATIONSHIP_LABELS,
  REPRESENTATIVE_ROLE_LABELS,
  SEX_LABELS,
  walletLabel,
  YES_NO,
} from './labels';

// One list row from a roster entry and the visit whose payment choice is in force. Pure, so the
// server builds files from it and tests check it without a database.

/** The parts of a visit a list reads. */
export type ListVisit = Pick<
  Visit,
  'visitedAt' | 'payment' | 'representative' | 'card' | 'beneficiaryPhone' | 'survey'
>;

/** "+84912345678" → "0912345678", the form people read and dial. */
export function nationalPhone(e164: string | null): string | null {
  return e164 === null ? null : e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
}

/** The calendar day in Vietnam (UTC+7) of a timestamp, as "YYYY-MM-DD". */
export function vnDay(timestamp: string): string {
  return new Date(Date.parse(timestamp) + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The fields the commune's increase/decrease/adjustment list reports and compares. */
export function reportedFields(b: Beneficiary): Row {
  return {
    beneficiaryId: b.id,
    fullName: b.fullName,
    dateOfBirth: b.dateOfBirth,
    sex: SEX_LABELS[b.sex],
    idNumber: b.idNumber,
    village: b.village,
    phone: nationalPhone(b.phone),
    programme: programmeLabel(b.category),
    monthlyAmount: b.monthlyAmount,
  };
}

const money = new Intl.NumberFormat('vi-VN');

function shown(column: ColumnKey, value: Row[string]): string {
  if (value === null || value === undefined) return '(trống)';
  if (typeof value === 'number')
    return COLUMNS[column].kind === 'money' ? money.format(value) : String(value);
  return COLUMNS[column].kind === 'date' ? formatVnDate(value) : value;
}

/** "Thôn/bản: Nà Pàn → Nà Lừa; Số tiền …: 500.000 → 750.000", or null when nothing listed changed. */
export function describeAdjustment(before: Row, after: Row): string | null {
  const parts: string[] = [];
  for (const key of Object.keys(after) as ColumnKey[]) {
    if (key === 'beneficiaryId' || (before[key] ?? null) === (after[key] ?? null)) continue;
    parts.push(`${COLUMNS[key].header}: ${shown(key, before[key])} → ${shown(key, after[key])}`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

function paymentCells(choice: PaymentChoice): Row {
  const method = METHOD_LABELS[choice.method];
  switch (choice.method) {
    case 'bank':
      return {
        method,
        bank: findBankByBin(choice.bankBin)?.shortName ?? choice.bankBin,
        accountNumber: choice.accountNumber,
        accountHolder: choice.accountHolder,
      };
    case 'wallet':
      return {
        method,
        wallet: walletLabel(choice.provider),
        walletPhone: nationalPhone(choice.phone),
      };
    default:
      return {
        method,
        cashReason: choice.note
          ? `${CASH_REASON_LABELS[choice.reason]}: ${choice.note}`
          : CASH_REASON_LABELS[choice.reason],
      };
  }
}

function representativeCells(person: Person | null): Row {
  if (!person) return {};
  return {
    representative: person.fullName,
    representativeRole: `${REPRESENTATIVE_ROLE_LABELS[person.role]} (${
      person.relationship === 'other' && person.relationshipOther
        ? person.relationshipOther
        : RELATIONSHIP_LABELS[person.relationship]
    })`,
    representativeIdNumber: person.idNumber,
    representativePhone: nationalPhone(person.phone),
  };
}

/** A row of a provider's lists: the person, their choice and who receives for them. */
export function providerRow(
  b: Beneficiary,
  communeName: string,
  visit: ListVisit & { payment: PaymentChoice },
  openingStatus: string | null = null,
): Row {
  return {
    beneficiaryId: b.id,
    fullName: b.fullName,
    dateOfBirth: b.dateOfBirth,
    sex: SEX_LABELS[b.sex],
    idNumber: visit.card?.idNumber ?? b.idNumber,
    commune: communeName,
    village: b.village,
    phone: nationalPhone(visit.beneficiaryPhone ?? b.phone),
    programme: programmeLabel(b.category),
    monthlyAmount: b.monthlyAmount,
    ...paymentCells(visit.payment),
    ...representativeCells(visit.representative),
    needsGuidance: visit.survey
      ? YES_NO[String(visit.survey.needsGuidance) as 'true' | 'false']
      : null,
    openingStatus,
    visitedAt: vnDay(visit.visitedAt),
  };
}
