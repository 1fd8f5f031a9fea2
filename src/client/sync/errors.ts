import { BadResponseError, HttpError, NetworkError } from './http';

// What a failure means for the queue. Only two outcomes stop the engine: the server no longer
// accepts this session (sign in again; the records stay) or this device (wipe). Everything else
// is retried, for as long as it takes.

/** The server refused the session and renewing it failed: a password login is needed. */
export class AuthRequiredError extends Error {
  override readonly name = 'AuthRequiredError';
}

/** The server revoked this device: its local data must be erased. */
export class DeviceRevokedError extends Error {
  override readonly name = 'DeviceRevokedError';
}

export type FailureKind = 'network' | 'server' | 'refused' | 'auth' | 'revoked' | 'local';

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof DeviceRevokedError) return 'revoked';
  if (error instanceof AuthRequiredError) return 'auth';
  if (error instanceof NetworkError) return 'network';
  if (error instanceof BadResponseError) return 'server';
  if (error instanceof HttpError) {
    if (error.wipe) return 'revoked';
    if (error.status === 401) return 'auth';
    if (error.status >= 500 || error.status === 429 || error.status === 408) return 'server';
    return 'refused';
  }
  return 'local'; // the device's own problem, e.g. storage full: also retried
}

/** Retry-After from the server, when it sent one. */
export function retryAfterOf(error: unknown): number | null {
  return error instanceof HttpError ? error.retryAfterSeconds : null;
}

/** A short, single-line description for the heartbeat and the device screen. */
export function describeFailure(error: unknown): string {
  const text =
    error instanceof HttpError
      ? `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}: ${error.message}`
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}
