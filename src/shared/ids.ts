import { v7 } from 'uuid';

// Record ids are UUIDv7: time-ordered, so ids made on a device sort by creation and index well,
// and unique without a server round-trip (devices work offline for days).

/** A new UUIDv7 string, e.g. "0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b". */
export function newId(): string {
  return v7();
}

/** The millisecond timestamp encoded in a UUIDv7 (its first 48 bits). */
export function uuidV7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
