import type { ParserMessageKey } from '../../../shared/messages/parsers';

export interface ManualFields {
  idNumber: string;
  fullName: string;
  dateOfBirth: string;
  sex: '' | 'Nam' | 'Nữ';
  address: string;
}

export type ManualField = keyof ManualFields;

/**
 * Typed details in the QR code's own layout, so the same shared parser checks them as it checks a
 * scan (one set of rules). "05/09/1948" becomes "05091948"; a year alone stays a year.
 */
export function manualToQrText(f: ManualFields): string {
  const digits = f.dateOfBirth.replace(/\D/g, '');
  const dob = digits.length === 8 || digits.length === 4 ? digits : f.dateOfBirth.trim();
  return [f.idNumber.trim(), '', f.fullName, dob, f.sex, f.address, ''].join('|');
}

/** Which field a parser message is about, so the error is shown next to it. */
export function fieldOfError(key: ParserMessageKey): ManualField | null {
  if (key.startsWith('parse.idNumber.')) return 'idNumber';
  if (key.startsWith('parse.cccd.name')) return 'fullName';
  if (key.startsWith('parse.cccd.birth')) return 'dateOfBirth';
  if (key.startsWith('parse.cccd.sex')) return 'sex';
  if (key.startsWith('parse.cccd.address')) return 'address';
  return null;
}

/** The first field holding a "|", which would shift every later field of the layout. */
export function fieldWithPipe(f: ManualFields): ManualField | null {
  const names: ManualField[] = ['idNumber', 'fullName', 'dateOfBirth', 'address'];
  return names.find((n) => f[n].includes('|')) ?? null;
}
