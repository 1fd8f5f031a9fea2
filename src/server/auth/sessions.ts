import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ProviderProfile } from '../../shared/accounts';
import type { SessionResponse } from '../../shared/schemas/auth';
import { isWalletProviderId } from '../../shared/wallets';
import type { AppContext } from '../context';
import type { Database, Role } from '../store/schema';
import { visibleUnits } from './scope';
import { newRefreshToken, REFRESH_TOKEN_DAYS } from './tokens';

export interface SessionUser {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  provider_id: string | null;
}

export function refreshExpiry(now = Date.now()): Date {
  return new Date(now + REFRESH_TOKEN_DAYS * 86_400_000);
}

/** A new device session for a user who just proved their password. */
export async function openSession(
  ctx: AppContext,
  user: SessionUser,
  deviceId: string,
): Promise<SessionResponse> {
  const id = randomUUID();
  const refresh = newRefreshToken(id);
  const expiresAt = refreshExpiry();
  const db = ctx.store.db;
  // One live session per user and device: an earlier one (an old login) stops working.
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', user.id)
    .where('device_id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .execute();
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: user.id,
      device_id: deviceId,
      refresh_hash: refresh.hash,
      expires_at: expiresAt,
    })
    .execute();
  return sessionResponse(ctx, user, deviceId, id, refresh.token, expiresAt);
}

export async function sessionResponse(
  ctx: AppContext,
  user: SessionUser,
  deviceId: string,
  sessionId: string,
  refreshToken: string,
  refreshExpiresAt: Date,
): Promise<SessionResponse> {
  const access = await ctx.tokens.issue({ userId: user.id, deviceId, sessionId, role: user.role });
  return {
    accessToken: access.token,
    accessExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshExpiresAt: refreshExpiresAt.toISOString(),
    deviceId,
    user: await userSummary(ctx.store.db, user),
    provider: await providerProfile(ctx.store.db, user.provider_id),
  };
}

/** A provider agent's provider as the tablet needs it; null for other roles. */
export async function providerProfile(
  db: Kysely<Database>,
  id: string | null,
): Promise<ProviderProfile | null> {
  if (id === null) return null;
  const row = await db
    .selectFrom('providers')
    .select(['id', 'name', 'kind', 'bank_bin', 'wallet_provider'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        kind: row.kind,
        bankBin: row.bank_bin,
        walletProvider: isWalletProviderId(row.wallet_provider) ? row.wallet_provider : null,
      }
    : null;
}

export async function userSummary(db: Kysely<Database>, user: SessionUser) {
  const units = await visibleUnits(db, {
    id: user.id,
    role: user.role,
    providerId: user.provider_id,
  });
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    providerId: user.provider_id,
    unitCodes: units ?? [],
  };
}
