import type { Issue } from '../../shared/schemas';
import { reportStorageFull } from './storageEvents';

// Typed failures of the device database. None is swallowed: the caller shows each to the user
// (a full disk in particular, which would otherwise lose a visit silently).

/** The browser refused to store more (QuotaExceededError): free space or sync, then retry. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super('Device storage is full', options);
  }
}

/** The record did not pass its schema; nothing was written. Keys are shared message keys. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: Issue[]) {
    super(`Invalid record: ${issues.map((i) => `${i.path || '(record)'} ${i.key}`).join('; ')}`);
  }
}

/** A visit that was sent (or is being sent) cannot change: record a correcting visit instead. */
export class VisitLockedError extends Error {
  override readonly name = 'VisitLockedError';
  constructor(
    readonly visitId: string,
    readonly reason: 'synced' | 'sending',
  ) {
    super(`Visit ${visitId} is ${reason === 'synced' ? 'already synced' : 'being sent'}`);
  }
}

/** A visit with this id is already saved (e.g. the same draft submitted from two tabs). */
export class DuplicateVisitError extends Error {
  override readonly name = 'DuplicateVisitError';
  constructor(readonly visitId: string) {
    super(`Visit ${visitId} is already saved`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} record ${id}`);
  }
}

/** Dexie wraps the browser's error (inner), or collects several (failures of a bulk write). */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/** Runs a database operation, turning a full disk into StorageFullError; anything else passes. */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isQuotaError(error)) {
      reportStorageFull(); // the shell shows it even if the screen that hit it has moved on
      throw new StorageFullError({ cause: error });
    }
    throw error;
  }
}
