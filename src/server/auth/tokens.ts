import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../store/schema';

// Access tokens: HS256 JWTs, 15 minutes, carrying who, on which device, in which session.
// Refresh tokens: random, bound to one device session, stored only as a SHA-256 hash (they are
// 256-bit random, so a fast hash is enough), rotated on every use.

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;

export interface AccessClaims {
  userId: string;
  deviceId: string;
  sessionId: string;
  role: Role;
}

export class TokenKeys {
  readonly #key: Uint8Array;

  constructor(secret: string) {
    this.#key = createHash('sha256').update(secret).digest();
  }

  async issue(claims: AccessClaims, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
    const exp = Math.floor(now / 1000) + ACCESS_TOKEN_SECONDS;
    const token = await new SignJWT({
      did: claims.deviceId,
      sid: claims.sessionId,
      role: claims.role,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(exp)
      .setIssuer('ghi-danh')
      .sign(this.#key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims, 'expired', or 'invalid'. */
  async verify(token: string): Promise<AccessClaims | 'expired' | 'invalid'> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        issuer: 'ghi-danh',
        algorithms: ['HS256'],
      });
      const { sub, did, sid, role } = payload;
      if (typeof sub !== 'string' || typeof did !== 'string' || typeof sid !== 'string') {
        return 'invalid';
      }
      return { userId: sub, deviceId: did, sessionId: sid, role: role as Role };
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}

/** "<sessionId>.<secret>": the id finds the row, the secret proves possession. */
export function newRefreshToken(sessionId: string): { token: string; hash: string } {
  const token = `${sessionId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionIdOf(refreshToken: string): string {
  return refreshToken.split('.')[0] ?? '';
}
