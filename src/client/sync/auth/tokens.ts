import { sessionResponseSchema, type SessionResponse } from '../../../shared/schemas';
import { getAccount, updateAccount, type AccountRow } from '../../db/accounts';
import type { TokenSource } from '../api';
import { AuthRequiredError, DeviceRevokedError } from '../errors';
import { HttpError, requestJson, type HttpConfig } from '../http';
import { runExclusive } from '../lock';

// Access tokens live 15 minutes; the refresh token (30 days, rotated on every use) renews them.
// Both are kept with the account so every tab shares them, and renewal happens under a lock:
// two tabs renewing with the same refresh token would make the server revoke one of them.

/** Renew a little before expiry, so a request never leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

/** The account fields a session answer fills in. */
export function sessionFields(session: SessionResponse) {
  return {
    username: session.user.username,
    displayName: session.user.displayName,
    role: session.user.role,
    providerId: session.user.providerId,
    provider: session.provider ?? null,
    unitCodes: session.user.unitCodes,
    deviceId: session.deviceId,
    accessToken: session.accessToken,
    accessExpiresAt: session.accessExpiresAt,
    refreshToken: session.refreshToken,
    refreshExpiresAt: session.refreshExpiresAt,
  } satisfies Partial<AccountRow>;
}

function usable(row: AccountRow, now = Date.now()): row is AccountRow & { accessToken: string } {
  return (
    row.accessToken !== null &&
    row.accessExpiresAt !== null &&
    Date.parse(row.accessExpiresAt) - now > EXPIRY_MARGIN_MS
  );
}

export const NO_TOKENS = {
  accessToken: null,
  accessExpiresAt: null,
  refreshToken: null,
  refreshExpiresAt: null,
} as const;

async function renew(http: HttpConfig, userId: string, rejected: string | null): Promise<string> {
  return runExclusive(`ghidanh-auth:${userId}`, async () => {
    const row = await getAccount(userId);
    if (!row?.refreshToken) throw new AuthRequiredError('No session on this device');
    // Another tab may have renewed it while this one waited for the lock.
    if (usable(row) && row.accessToken !== rejected) return row.accessToken;
    let session: SessionResponse;
    try {
      session = await requestJson(http, {
        method: 'POST',
        path: '/api/auth/refresh',
        json: { refreshToken: row.refreshToken, deviceId: row.deviceId },
        schema: sessionResponseSchema,
      });
    } catch (error) {
      if (error instanceof HttpError && error.wipe) throw new DeviceRevokedError(error.message);
      if (error instanceof HttpError && (error.status === 401 || error.status === 403)) {
        await updateAccount(userId, NO_TOKENS);
        throw new AuthRequiredError(error.message);
      }
      throw error;
    }
    await updateAccount(userId, sessionFields(session));
    return session.accessToken;
  });
}

/** Tokens of one signed-in account, renewed as needed. */
export function accountTokens(http: HttpConfig, userId: string): TokenSource {
  return {
    async accessToken() {
      const row = await getAccount(userId);
      if (!row) throw new AuthRequiredError('No session on this device');
      return usable(row) ? row.accessToken : renew(http, userId, null);
    },
    renew: (rejected) => renew(http, userId, rejected),
  };
}
