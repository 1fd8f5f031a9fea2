import type { AdminUnit } from '../schemas/adminUnit';
import { foldVietnamese } from '../text';

// The commune cell names a unit by code ("06004") or by name ("Xã Thất Khê", "Thất Khê"). Only
// units with no units below them (communes, wards, special zones) hold beneficiaries.

export type CommuneLookup =
  { ok: true; code: string } | { ok: false; reason: 'unknown' | 'ambiguous' };

const PREFIX = /^(xa|phuong|thi tran|dac khu|thi xa)\s+/;

export interface CommuneResolver {
  resolve(cell: string): CommuneLookup;
  /** Codes of the units a beneficiary can belong to. */
  readonly codes: ReadonlySet<string>;
}

export function communeResolver(units: readonly AdminUnit[]): CommuneResolver {
  const parents = new Set(units.map((u) => u.parentCode).filter((c) => c !== null));
  const leaves = units.filter((u) => !parents.has(u.code));
  const codes = new Set(leaves.map((u) => u.code));
  const byName = new Map<string, string | 'ambiguous'>();
  const add = (key: string, code: string) => {
    const seen = byName.get(key);
    byName.set(key, seen === undefined || seen === code ? code : 'ambiguous');
  };
  for (const u of leaves) {
    const folded = foldVietnamese(u.name);
    add(folded, u.code);
    add(folded.replace(PREFIX, ''), u.code);
  }
  return {
    codes,
    resolve(cell) {
      const text = cell.trim();
      if (/^\d+$/.test(text)) {
        const code = text.padStart(5, '0');
        if (codes.has(text)) return { ok: true, code: text };
        return codes.has(code) ? { ok: true, code } : { ok: false, reason: 'unknown' };
      }
      const key = foldVietnamese(text);
      const found = byName.get(key) ?? byName.get(key.replace(PREFIX, ''));
      if (found === undefined) return { ok: false, reason: 'unknown' };
      return found === 'ambiguous' ? { ok: false, reason: found } : { ok: true, code: found };
    },
  };
}
