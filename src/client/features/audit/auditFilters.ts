// The filters of the audit page as they travel in the query string of /api/audit.

export interface AuditFilterValues {
  userId: string;
  deviceId: string;
  action: string;
  from: string;
  to: string;
  recordId: string;
}

export const NO_FILTERS: AuditFilterValues = {
  userId: '',
  deviceId: '',
  action: '',
  from: '',
  to: '',
  recordId: '',
};

/** Only the filters that are set, trimmed: "userId=…&from=2025-03-01". */
export function filterQuery(f: AuditFilterValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(f)) {
    if (value.trim() !== '') params.set(name, value.trim());
  }
  return params.toString();
}

/** Actions with a name in the catalog, in the order the filter offers them. */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.lockout',
  'auth.login_locked',
  'sync.push',
  'attachments.upload',
  'roster.change',
  'units.load',
  'users.create',
  'devices.revoke',
  'backups.import',
  'exports.create',
  'exports.download',
  'audit.export',
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}
