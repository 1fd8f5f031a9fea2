import type { HeartbeatRequest } from '../../shared/schemas';

// The device's account of its queue, sent with every sync for the supervisor's view.

const APP_VERSION_CHARS = /[^0-9A-Za-z.+-]/g;

/** The protocol allows [0-9A-Za-z.+-]{1,40}; a build id such as "0.1.0+2025-01-01T10:00" is folded to fit. */
export function appVersionForServer(version: string): string {
  const folded = version.replace(APP_VERSION_CHARS, '-').slice(0, 40);
  return folded.length > 0 ? folded : 'unknown';
}

export interface HeartbeatFacts {
  deviceId: string;
  pendingCount: number;
  /** When the oldest waiting record was made (ISO), or null when nothing waits. */
  oldestPendingAt: string | null;
  appVersion: string;
  storage: { usage?: number; quota?: number } | null;
  lastError: string | null;
  now: Date;
}

function wholeBytes(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
}

export function buildHeartbeat(facts: HeartbeatFacts): HeartbeatRequest {
  const oldest = facts.oldestPendingAt ? Date.parse(facts.oldestPendingAt) : NaN;
  return {
    deviceId: facts.deviceId,
    pendingCount: Math.min(Math.max(0, Math.floor(facts.pendingCount)), 10_000_000),
    oldestPendingAgeSeconds: Number.isNaN(oldest)
      ? null
      : // A tablet clock set in the future must not send a negative age.
        Math.max(0, Math.floor((facts.now.getTime() - oldest) / 1000)),
    appVersion: appVersionForServer(facts.appVersion),
    storageUsedBytes: wholeBytes(facts.storage?.usage) ?? 0,
    storageQuotaBytes: wholeBytes(facts.storage?.quota),
    lastError: facts.lastError === null ? null : facts.lastError.slice(0, 500),
  };
}
