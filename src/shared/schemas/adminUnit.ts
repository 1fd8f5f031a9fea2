import { z } from 'zod';
import type { ValidationMessageKey } from '../messages/validation';
import * as f from './fields';
import { LIMITS } from './limits';

// Administrative units as data (domain.md §1): since 1 July 2025 province → commune, before that
// province → district → commune. Any depth is accepted; the level is a free, bounded label.

export const adminUnitSchema = f.record({
  code: f.adminCode(),
  name: f.line(LIMITS.adminNameMax, {
    required: 'validation.adminUnit.nameRequired',
    tooLong: 'validation.adminUnit.nameTooLong',
  }),
  /** e.g. "province", "district", "commune", "ward", "special_zone". */
  level: z
    .string({ error: 'validation.adminUnit.levelInvalid' })
    .regex(/^[a-z][a-z_]*$/, { error: 'validation.adminUnit.levelInvalid' })
    .max(LIMITS.adminLevelMax, { error: 'validation.adminUnit.levelInvalid' }),
  parentCode: f.adminCode().nullable(),
});

export type AdminUnit = z.output<typeof adminUnitSchema>;

export interface AdminTreeIssue {
  /** Position in the list given. */
  index: number;
  code: string;
  key: ValidationMessageKey;
}

/** Problems that stop a list of units being one forest: duplicate codes, missing parents, cycles. */
export function checkAdminTree(units: readonly AdminUnit[]): AdminTreeIssue[] {
  const issues: AdminTreeIssue[] = [];
  const byCode = new Map<string, AdminUnit>();
  const indexOf = new Map<string, number>();
  units.forEach((unit, index) => {
    if (byCode.has(unit.code)) {
      issues.push({ index, code: unit.code, key: 'validation.adminTree.duplicate' });
    } else {
      byCode.set(unit.code, unit);
      indexOf.set(unit.code, index);
    }
  });
  for (const unit of byCode.values()) {
    if (unit.parentCode !== null && !byCode.has(unit.parentCode)) {
      const index = indexOf.get(unit.code)!;
      issues.push({ index, code: unit.code, key: 'validation.adminTree.missingParent' });
    }
  }
  // Walk up from each unit; reaching a unit already on the current path is a cycle.
  const settled = new Set<string>();
  for (const start of byCode.values()) {
    const path = new Set<string>();
    let unit: AdminUnit | undefined = start;
    while (unit && !settled.has(unit.code)) {
      if (path.has(unit.code)) {
        const index = indexOf.get(unit.code)!;
        issues.push({ index, code: unit.code, key: 'validation.adminTree.cycle' });
        break;
      }
      path.add(unit.code);
      unit = unit.parentCode === null ? undefined : byCode.get(unit.parentCode);
    }
    for (const code of path) settled.add(code);
  }
  return issues;
}

/** A list of units that must form a proper tree (or forest); issues point at the unit's index. */
export const adminUnitListSchema = z
  .array(adminUnitSchema, { error: 'validation.list.invalid' })
  .max(LIMITS.adminUnitsMax, { error: 'validation.adminUnit.tooMany' })
  .superRefine((units, ctx) => {
    for (const issue of checkAdminTree(units)) {
      const field = issue.key === 'validation.adminTree.duplicate' ? 'code' : 'parentCode';
      ctx.addIssue({ code: 'custom', message: issue.key, path: [issue.index, field] });
    }
  });

/** Every unit below `code` (children, grandchildren …), nearest first. Safe on cyclic input. */
export function descendantsOf(units: readonly AdminUnit[], code: string): AdminUnit[] {
  const children = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    if (unit.parentCode === null) continue;
    const list = children.get(unit.parentCode) ?? [];
    list.push(unit);
    children.set(unit.parentCode, list);
  }
  const found: AdminUnit[] = [];
  const visited = new Set<string>([code]);
  const queue = [code];
  for (let i = 0; i < queue.length; i++) {
    for (const child of children.get(queue[i]!) ?? []) {
      if (visited.has(child.code)) continue;
      visited.add(child.code);
      found.push(child);
      queue.push(child.code);
    }
  }
  return found;
}

/** The units with no children under `code` (the communes, whatever the depth). */
export function leavesUnder(units: readonly AdminUnit[], code: string): AdminUnit[] {
  const parents = new Set(units.map((u) => u.parentCode));
  return descendantsOf(units, code).filter((u) => !parents.has(u.code));
}
