import type { AuditOutcome } from '../../shared/schemas/audit';
import type { Caller } from '../auth/guard';

// How a route describes its audit entry: the action, the kind of record it touches, and which
// ids to take from its validated input. Ids only ever come from here or from the handler.

export interface AuditSpec {
  /** e.g. "roster.change", "devices.revoke", "exports.create". */
  action: string;
  /** The kind of record the ids name: "beneficiary", "visit", "device", "user", "export" … */
  targetType?: string | null;
  targets?: (input: {
    params: unknown;
    query: unknown;
    body: unknown;
    caller: Caller | undefined;
  }) => readonly string[];
}

/** A finished call's outcome; null for failures not worth an entry (malformed, server error). */
export function auditOutcome(status: number): AuditOutcome | null {
  if (status < 400) return 'ok';
  if (status === 403 || status === 429) return 'denied';
  if (status === 401 || status === 404 || status === 409) return 'refused';
  return null;
}
