import type { Kysely } from 'kysely';
import { AUDIT_TARGET_PATTERN, type AuditOutcome } from '../../shared/schemas/audit';
import type { Database } from '../store/schema';

// Writing the audit log. Entries carry ids only: every target is checked against the id pattern
// (uuids, unit codes, provider ids), so a name, phone or account number can never be logged, even
// by a route that extracts the wrong field.

/** More ids than this in one entry (a very large roster change) are cut, with the count kept. */
export const AUDIT_TARGETS_MAX = 20_000;

export interface AuditRecord {
  userId: string | null;
  role: string | null;
  deviceId: string | null;
  action: string;
  targetType: string | null;
  targetIds: readonly string[];
  outcome: AuditOutcome;
  status: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only well-formed ids, each once, at most AUDIT_TARGETS_MAX. */
export function auditTargets(ids: readonly string[]): string[] {
  const kept = new Set<string>();
  for (const id of ids) {
    if (kept.size >= AUDIT_TARGETS_MAX) break;
    if (typeof id === 'string' && AUDIT_TARGET_PATTERN.test(id) && !/^\d{9,}$/.test(id))
      kept.add(id);
  }
  return [...kept];
}

/** A device id from a request body is logged only if it looks like one. */
export function deviceIdOrNull(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;
}

export async function writeAudit(db: Kysely<Database>, entry: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: entry.userId,
      role: entry.role,
      device_id: entry.deviceId,
      action: entry.action,
      target_type: entry.targetType,
      target_ids: JSON.stringify(auditTargets(entry.targetIds)),
      outcome: entry.outcome,
      status: entry.status,
    })
    .execute();
}
