import type { ScanOutcome } from '../../../scan';
import { isoToTypedDate } from './dates';
import { emptyCard, type CardFormValues } from './formValues';

/** What the scanner read, as the card fields of the form (a bar code gives the number only). */
export function cardFromScan(outcome: ScanOutcome): CardFormValues {
  if (outcome.kind === 'idOnly') {
    return { ...emptyCard(), source: 'barcode', idNumber: outcome.idNumber };
  }
  const c = outcome.card;
  return {
    source: outcome.source === 'manual' ? 'manual' : 'qr',
    idNumber: c.idNumber,
    oldIdNumber: c.oldIdNumber ?? '',
    fullName: c.fullName,
    dateOfBirth: isoToTypedDate(c.dateOfBirth),
    sex: c.sex,
    address: c.address,
    issueDate: c.issueDate ? isoToTypedDate(c.issueDate) : '',
    extra: [...c.extra],
  };
}
