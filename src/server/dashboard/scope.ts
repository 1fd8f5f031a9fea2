import { sql, type Kysely } from 'kysely';
import type { Caller } from '../auth/guard';
import { callerUnits } from '../auth/scope';
import { ApiError, fieldError } from '../http/errors';
import type { Database } from '../store/schema';

// The part of the unit tree a dashboard request covers: the caller's units (all for an admin),
// narrowed to one unit's branch when the request names one.

export interface UnitTree {
  parentOf: Map<string, string | null>;
  nameOf: Map<string, string>;
}

export interface DashboardScope {
  tree: UnitTree;
  /** Units covered (with everything below them); null: all of them. */
  units: string[] | null;
  /** The leaves covered (communes and wards in the 2025 shape), in code order. */
  communes: string[];
}

export async function loadUnitTree(db: Kysely<Database>): Promise<UnitTree> {
  const rows = await db.selectFrom('admin_units').select(['code', 'name', 'parent_code']).execute();
  return {
    parentOf: new Map(rows.map((r) => [r.code, r.parent_code])),
    nameOf: new Map(rows.map((r) => [r.code, r.name])),
  };
}

function branchOf(tree: UnitTree, root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const [code, parent] of tree.parentOf) {
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const branch = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const code = stack.pop()!;
    if (branch.has(code)) continue;
    branch.add(code);
    stack.push(...(children.get(code) ?? []));
  }
  return branch;
}

export async function dashboardScope(
  db: Kysely<Database>,
  caller: Caller,
  unit: string | undefined,
): Promise<DashboardScope> {
  const [tree, visible] = await Promise.all([loadUnitTree(db), callerUnits(db, caller)]);
  let units: string[] | null = visible;
  if (unit !== undefined) {
    if (visible !== null && !visible.includes(unit)) throw new ApiError(403, 'forbidden_scope');
    if (!tree.parentOf.has(unit)) throw fieldError('unit', 'protocol.units.unknown');
    units = [...branchOf(tree, unit)].sort();
  }
  const parents = new Set([...tree.parentOf.values()].filter((p) => p !== null));
  const communes = [...(units ?? tree.parentOf.keys())].filter((c) => !parents.has(c)).sort();
  return { tree, units, communes };
}

/** `column = any(codes)`: one array parameter, however many units. */
export function anyCode(codes: readonly string[]) {
  return sql<string>`any(${codes}::text[])`;
}
