import { checkIdNumber } from '../idNumber';
import { foldVietnamese } from '../text';

// How a row of the office's file finds the roster entry it describes (one rule, used by the
// browser to spot duplicates and by the server to build the report and commit):
//  1. same commune and same ID number (the CCCD number is the national join key, domain.md §2);
//  2. otherwise, same commune, same name (accent- and case-insensitive) and same date of birth,
//     for people without an ID number on one side (children, very old people without a CCCD;
//     or someone whose card number arrives with this month's list).
// A person who moved to another commune is a new entry there (and removed where they left, if
// that commune's list is in the same file).

export interface MatchFields {
  communeCode: string;
  idNumber: string | null;
  fullName: string;
  dateOfBirth: string;
}

export const MATCH_KEY_MAX = 300;

export function idKey(p: Pick<MatchFields, 'communeCode' | 'idNumber'>): string | null {
  return p.idNumber === null ? null : `id:${p.communeCode}:${p.idNumber}`;
}

export function nameKey(p: Omit<MatchFields, 'idNumber'>): string {
  return `nd:${p.communeCode}:${foldVietnamese(p.fullName)}:${p.dateOfBirth}`.slice(
    0,
    MATCH_KEY_MAX,
  );
}

/** The key a row is known by in the file: its ID key when it has an ID number, else its name key. */
export function rowKey(p: MatchFields): string {
  return idKey(p) ?? nameKey(p);
}

/** Keys of a rejected row whose commune and ID (or name and birth date) could still be read. */
export function partialKeys(p: {
  communeCode: string | null;
  idNumber: string | null;
  fullName: string;
  dateOfBirth: string | null;
}): string[] {
  if (p.communeCode === null) return [];
  const keys: string[] = [];
  if (p.idNumber !== null && checkIdNumber(p.idNumber).ok) {
    keys.push(idKey({ communeCode: p.communeCode, idNumber: p.idNumber })!);
  }
  if (p.fullName.trim() !== '' && p.dateOfBirth !== null) {
    keys.push(
      nameKey({ communeCode: p.communeCode, fullName: p.fullName, dateOfBirth: p.dateOfBirth }),
    );
  }
  return keys;
}
