import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  loginRequestSchema,
  logoutRequestSchema,
  refreshRequestSchema,
  sessionResponseSchema,
  userSummarySchema,
} from '../../shared/schemas/auth';
import { deviceIdOrNull, writeAudit } from '../audit/log';
import type { AuditOutcome } from '../../shared/schemas/audit';
import { revokedDevice } from '../auth/guard';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords';
import { openSession, refreshExpiry, sessionResponse, userSummary } from '../auth/sessions';
import { hashRefreshToken, newRefreshToken, sessionIdOf } from '../auth/tokens';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import { definePublicRoute, defineRoute } from '../http/route';

const ALL_ROLES = ['field_worker', 'provider_agent', 'supervisor', 'admin'] as const;
/** A refresh token replaced less than this long ago still works once more (its answer may have been lost). */
const ROTATION_GRACE_MS = 2 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The device's key-wrapping secret, made on first use. Only a password login returns it: the
 * refresh token sits on the tablet, so a refresh answer must not unlock its records.
 */
async function deviceWrapSecret(db: AppContext['store']['db'], deviceId: string): Promise<string> {
  await db
    .updateTable('devices')
    .set({ wrap_secret: randomBytes(32).toString('base64url') })
    .where('id', '=', deviceId)
    .where('wrap_secret', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  const row = await db
    .selectFrom('devices')
    .select('wrap_secret')
    .where('id', '=', deviceId)
    .executeTakeFirstOrThrow();
  if (!row.wrap_secret) throw revokedDevice();
  return row.wrap_secret;
}

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  /** Sign-in attempts are logged by hand: before a token there is no caller for the hook. */
  const logLogin = (
    action: string,
    user: { id: string; role: string } | null,
    deviceId: string,
    outcome: AuditOutcome,
    status: number,
  ) =>
    writeAudit(db, {
      userId: user?.id ?? null,
      role: user?.role ?? null,
      deviceId: deviceIdOrNull(deviceId),
      action,
      targetType: 'user',
      targetIds: user ? [user.id] : [],
      outcome,
      status,
    });

  definePublicRoute(app, ctx, {
    method: 'POST',
    url: '/api/auth/login',
    tag: 'auth',
    summary: 'Đăng nhập trên một thiết bị (đăng ký thiết bị nếu là lần đầu)',
    roles: 'public',
    body: loginRequestSchema,
    response: sessionResponseSchema,
    errors: [429],
    audit: false, // written by hand below: success, failure, lockout
    handler: async ({ body, request }) => {
      const minutes = ctx.loginLimits.lockMinutes;
      const ipWait = ctx.ipFailures.blockedFor(request.ip);
      if (ipWait > 0) {
        await logLogin('auth.login_blocked', null, body.deviceId, 'denied', 429);
        throw new ApiError(
          429,
          'too_many_attempts',
          { minutes: Math.ceil(ipWait / 60) },
          { retryAfterSeconds: ipWait },
        );
      }
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', body.username)
        .executeTakeFirst();
      if (!user) {
        await verifyPassword(body.password, await dummyPasswordHash());
        ctx.ipFailures.recordFailure(request.ip);
        // No username is logged: a password typed into the wrong field must not land in the log.
        await logLogin('auth.login_failed', null, body.deviceId, 'refused', 401);
        throw new ApiError(401, 'invalid_credentials');
      }
      const now = Date.now();
      if (user.locked_until && user.locked_until.getTime() > now) {
        const wait = Math.ceil((user.locked_until.getTime() - now) / 1000);
        await logLogin('auth.login_locked', user, body.deviceId, 'denied', 429);
        throw new ApiError(
          429,
          'account_locked',
          { minutes: Math.ceil(wait / 60) },
          { retryAfterSeconds: wait },
        );
      }
      if (!(await verifyPassword(body.password, user.password_hash))) {
        ctx.ipFailures.recordFailure(request.ip);
        const failures = user.failed_logins + 1;
        const lock = failures >= ctx.loginLimits.accountMaxFailures;
        await db
          .updateTable('users')
          .set({
            failed_logins: lock ? 0 : failures,
            locked_until: lock ? new Date(now + minutes * 60_000) : null,
          })
          .where('id', '=', user.id)
          .execute();
        if (lock) await logLogin('auth.lockout', user, body.deviceId, 'denied', 401);
        else await logLogin('auth.login_failed', user, body.deviceId, 'refused', 401);
        throw new ApiError(401, 'invalid_credentials');
      }
      if (user.disabled_at) {
        await logLogin('auth.login_disabled', user, body.deviceId, 'denied', 403);
        throw new ApiError(403, 'account_disabled');
      }
      await db
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', user.id)
        .execute();

      const device = await db
        .selectFrom('devices')
        .selectAll()
        .where('id', '=', body.deviceId)
        .executeTakeFirst();
      if (device?.revoked_at) {
        await logLogin('auth.login_revoked_device', user, body.deviceId, 'denied', 403);
        throw revokedDevice();
      }
      if (device) {
        await db
          .updateTable('devices')
          .set({ label: body.deviceLabel, last_user_id: user.id, last_seen_at: new Date() })
          .where('id', '=', device.id)
          .execute();
      } else {
        await db
          .insertInto('devices')
          .values({
            id: body.deviceId,
            label: body.deviceLabel,
            registered_by: user.id,
            last_user_id: user.id,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
      await logLogin('auth.login', user, body.deviceId, 'ok', 200);
      const session = await openSession(ctx, user, body.deviceId);
      return { ...session, wrapSecret: await deviceWrapSecret(db, body.deviceId) };
    },
  });

  definePublicRoute(app, ctx, {
    method: 'POST',
    url: '/api/auth/refresh',
    tag: 'auth',
    summary: 'Đổi mã làm mới lấy mã truy cập mới (mã làm mới được thay mới mỗi lần)',
    roles: 'public',
    body: refreshRequestSchema,
    response: sessionResponseSchema,
    handler: async ({ body }) => {
      const sessionId = sessionIdOf(body.refreshToken);
      if (!UUID.test(sessionId)) throw new ApiError(401, 'invalid_refresh');
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .innerJoin('devices as d', 'd.id', 's.device_id')
        .select([
          's.refresh_hash',
          's.previous_hash',
          's.rotated_at',
          's.expires_at',
          's.revoked_at',
          's.device_id',
          'u.id',
          'u.username',
          'u.display_name',
          'u.role',
          'u.provider_id',
          'u.disabled_at',
          'd.revoked_at as device_revoked_at',
        ])
        .where('s.id', '=', sessionId)
        .executeTakeFirst();
      if (!row || row.device_id !== body.deviceId) throw new ApiError(401, 'invalid_refresh');
      if (row.device_revoked_at) throw revokedDevice();
      const presented = hashRefreshToken(body.refreshToken);
      const now = Date.now();
      const current = presented === row.refresh_hash;
      const recentPrevious =
        presented === row.previous_hash &&
        row.rotated_at !== null &&
        now - row.rotated_at.getTime() < ROTATION_GRACE_MS;
      if ((!current && !recentPrevious) || row.revoked_at || row.expires_at.getTime() <= now) {
        throw new ApiError(401, 'invalid_refresh');
      }
      if (row.disabled_at) throw new ApiError(403, 'account_disabled');
      const next = newRefreshToken(sessionId);
      const expiresAt = refreshExpiry(now);
      const updated = await db
        .updateTable('sessions')
        .set({
          refresh_hash: next.hash,
          previous_hash: presented,
          rotated_at: new Date(now),
          expires_at: expiresAt,
        })
        .where('id', '=', sessionId)
        .where('refresh_hash', '=', row.refresh_hash)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) throw new ApiError(401, 'invalid_refresh');
      return sessionResponse(ctx, row, row.device_id, sessionId, next.token, expiresAt);
    },
  });

  definePublicRoute(app, ctx, {
    method: 'POST',
    url: '/api/auth/logout',
    tag: 'auth',
    summary: 'Đăng xuất: mã làm mới của phiên này hết hiệu lực',
    roles: 'public',
    body: logoutRequestSchema,
    response: z.object({ status: z.literal('logged_out') }),
    handler: async ({ body }) => {
      const sessionId = sessionIdOf(body.refreshToken);
      if (UUID.test(sessionId)) {
        await db
          .updateTable('sessions')
          .set({ revoked_at: new Date() })
          .where('id', '=', sessionId)
          .where('refresh_hash', '=', hashRefreshToken(body.refreshToken))
          .execute();
      }
      return { status: 'logged_out' as const };
    },
  });

  defineRoute(app, ctx, {
    method: 'GET',
    url: '/api/me',
    tag: 'auth',
    summary: 'Người đang đăng nhập và các đơn vị được xem',
    roles: ALL_ROLES,
    response: userSummarySchema,
    handler: async ({ caller }) => {
      const user = await db
        .selectFrom('users')
        .select(['id', 'username', 'display_name', 'role', 'provider_id'])
        .where('id', '=', caller.userId)
        .executeTakeFirstOrThrow();
      return userSummary(db, user);
    },
  });
}
