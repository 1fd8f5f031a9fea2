import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import type { Role } from '../store/schema';

export interface Caller {
  userId: string;
  username: string;
  role: Role;
  providerId: string | null;
  deviceId: string;
  sessionId: string;
}

/**
 * The caller behind a Bearer access token. A revoked device is refused with `wipe: true` on every
 * contact, so the tablet erases its local data the next time it reaches the server.
 */
export async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<Caller> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header);
  if (!match) throw new ApiError(401, 'unauthenticated');
  const claims = await ctx.tokens.verify(match[1]!);
  if (claims === 'expired') throw new ApiError(401, 'token_expired');
  if (claims === 'invalid') throw new ApiError(401, 'unauthenticated');

  const row = await ctx.store.db
    .selectFrom('users as u')
    .innerJoin('devices as d', (join) => join.on('d.id', '=', claims.deviceId))
    .select(['u.username', 'u.role', 'u.provider_id', 'u.disabled_at', 'd.revoked_at'])
    .where('u.id', '=', claims.userId)
    .executeTakeFirst();
  if (!row) throw new ApiError(401, 'unauthenticated');
  if (row.revoked_at) throw revokedDevice();
  if (row.disabled_at) throw new ApiError(403, 'account_disabled');
  return {
    userId: claims.userId,
    username: row.username,
    role: row.role,
    providerId: row.provider_id,
    deviceId: claims.deviceId,
    sessionId: claims.sessionId,
  };
}

export function revokedDevice(): ApiError {
  return new ApiError(403, 'device_revoked', {}, { wipe: true });
}

export function requireRole(caller: Caller, roles: readonly Role[]): void {
  if (!roles.includes(caller.role)) throw new ApiError(403, 'forbidden_role');
}
