// When a supervisor should worry about a tablet. A device is stale when
//  - the server has not heard from it for more than 3 days (no heartbeat, no sign-in), or
//  - the oldest record still waiting on it was made more than 2 days ago (it records but does not
//    manage to send: no network in the village, a broken session, a full disk).
// Field teams sync at least every other working day; a weekend is under 3 days of silence, so a
// Monday morning does not light up every tablet. Change the numbers here, in one place.

export const STALE_NO_CONTACT_MS = 3 * 24 * 60 * 60 * 1000;
export const STALE_OLDEST_PENDING_MS = 2 * 24 * 60 * 60 * 1000;

export const STALE_REASONS = ['no_contact', 'pending_too_old'] as const;
export type StaleReason = (typeof STALE_REASONS)[number];

export interface DeviceContact {
  /** Last time the server heard from the device (heartbeat or sign-in), ISO; null if never. */
  lastContactAt: string | null;
  /** When the oldest record still waiting on the device was made, ISO; null when none waits. */
  oldestPendingAt: string | null;
}

/** Why a device is stale, empty when it is fine. Pure: `now` is passed in. */
export function staleReasons(device: DeviceContact, now: number): StaleReason[] {
  const reasons: StaleReason[] = [];
  const contact = device.lastContactAt === null ? null : Date.parse(device.lastContactAt);
  if (contact === null || now - contact > STALE_NO_CONTACT_MS) reasons.push('no_contact');
  const oldest = device.oldestPendingAt === null ? null : Date.parse(device.oldestPendingAt);
  if (oldest !== null && now - oldest > STALE_OLDEST_PENDING_MS) reasons.push('pending_too_old');
  return reasons;
}
