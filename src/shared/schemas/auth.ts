import { z } from 'zod';
import { providerProfileSchema } from './account';
import * as f from './fields';

// Login, token refresh and devices. A tablet logs in once online with a username and password,
// registering itself by a device id it generated; afterwards it renews a short-lived access
// token with a refresh token bound to that device.

export const ROLES = ['field_worker', 'provider_agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Typed on a tablet keyboard: surrounding spaces and capitals are forgiven. */
export const usernameSchema = z
  .string({ error: 'protocol.username.invalid' })
  .max(64, { error: 'protocol.username.invalid', abort: true })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: 'protocol.username.invalid' });

/** What a login accepts; new passwords must also pass `newPasswordSchema`. */
export const passwordSchema = z
  .string({ error: 'protocol.password.invalid' })
  .min(1, { error: 'protocol.password.invalid' })
  .max(200, { error: 'protocol.password.invalid' });

export const newPasswordSchema = passwordSchema.min(10, { error: 'protocol.password.tooShort' });

export const deviceLabelSchema = f.line(60, {
  required: 'protocol.deviceLabel.invalid',
  tooLong: 'protocol.deviceLabel.invalid',
});

export const loginRequestSchema = f.record({
  username: usernameSchema,
  password: passwordSchema,
  /** Generated once by the app on this tablet; registers the device on first login. */
  deviceId: f.uuid(),
  deviceLabel: deviceLabelSchema,
});

const refreshTokenSchema = z
  .string({ error: 'protocol.token.invalid' })
  .min(40, { error: 'protocol.token.invalid' })
  .max(200, { error: 'protocol.token.invalid' });

export const refreshRequestSchema = f.record({
  refreshToken: refreshTokenSchema,
  deviceId: f.uuid(),
});

export const logoutRequestSchema = f.record({ refreshToken: refreshTokenSchema });

export const userSummarySchema = f.record({
  id: f.uuid(),
  username: usernameSchema,
  displayName: z.string().max(100),
  role: f.enumOf(ROLES, 'validation.text.invalid'),
  providerId: z.string().max(40).nullable(),
  /** The administrative units this user may see (with everything below them); empty for admin. */
  unitCodes: z.array(f.adminCode()).max(20_000),
});

export const sessionResponseSchema = f.record({
  accessToken: z.string().max(2048),
  accessExpiresAt: f.timestamp(),
  refreshToken: refreshTokenSchema,
  refreshExpiresAt: f.timestamp(),
  deviceId: f.uuid(),
  user: userSummarySchema,
  /**
   * This device's key-wrapping secret (32 random bytes, base64url), sent only in answer to a
   * password login: it unwraps the device's data key after a PIN lock-out (docs/encryption.md).
   */
  wrapSecret: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional(),
  /** Provider agents: their provider, so the tablet can build the work list offline. */
  provider: providerProfileSchema.nullable().optional(),
});

export const deviceParamsSchema = f.record({ id: f.uuid() });

export const deviceHeartbeatSchema = f.record({
  receivedAt: f.timestamp(),
  pendingCount: z.number().int().min(0),
  oldestPendingAgeSeconds: z.number().int().min(0).nullable(),
  appVersion: z.string().max(40),
  storageUsedBytes: z.number().int().min(0),
  storageQuotaBytes: z.number().int().min(0).nullable(),
  lastError: z.string().max(500).nullable(),
});

export const deviceSummarySchema = f.record({
  id: f.uuid(),
  label: z.string().max(60),
  registeredAt: f.timestamp(),
  lastUsername: usernameSchema,
  lastSeenAt: f.timestamp(),
  revokedAt: f.timestamp().nullable(),
  heartbeat: deviceHeartbeatSchema.nullable(),
});

export const deviceListResponseSchema = f.record({
  devices: z.array(deviceSummarySchema).max(100_000),
});

export type LoginRequest = z.output<typeof loginRequestSchema>;
export type RefreshRequest = z.output<typeof refreshRequestSchema>;
export type UserSummary = z.output<typeof userSummarySchema>;
export type SessionResponse = z.output<typeof sessionResponseSchema>;
export type DeviceSummary = z.output<typeof deviceSummarySchema>;

// ---- Accounts, managed by an admin ----

export const createUserRequestSchema = f
  .record({
    username: usernameSchema,
    displayName: f.personName(),
    role: f.enumOf(ROLES, 'protocol.role.invalid'),
    password: newPasswordSchema,
    /** Field workers: their communes; supervisors: the units they oversee; otherwise empty. */
    unitCodes: f.distinctList(f.adminCode(), 500, {
      tooMany: 'validation.list.invalid',
      duplicate: 'validation.list.duplicate',
    }),
    /** Provider agents only: the provider they work for. */
    providerId: z.string({ error: 'protocol.provider.invalid' }).min(1).max(40).nullable(),
  })
  .superRefine((user, ctx) => {
    const needsUnits = user.role === 'field_worker' || user.role === 'supervisor';
    if (needsUnits && user.unitCodes.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'protocol.units.required', path: ['unitCodes'] });
    }
    if (!needsUnits && user.unitCodes.length > 0) {
      ctx.addIssue({ code: 'custom', message: 'protocol.units.notAllowed', path: ['unitCodes'] });
    }
    if ((user.role === 'provider_agent') !== (user.providerId !== null)) {
      ctx.addIssue({ code: 'custom', message: 'protocol.provider.invalid', path: ['providerId'] });
    }
  });

export const userListResponseSchema = f.record({
  users: z.array(userSummarySchema).max(100_000),
});

export type CreateUserRequest = z.output<typeof createUserRequestSchema>;
