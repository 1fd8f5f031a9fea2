import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TokenKeys } from '../auth/tokens';
import { ApiError } from './errors';

// Request rates, per client address and per signed-in user, by kind of endpoint. A commune office
// puts many tablets behind one address, so address limits are several times the user limits;
// sync (push, photos, pull, heartbeat) is generous because a tablet back in coverage drains a
// day's queue at once. Over the limit: 429 with a Vietnamese message and Retry-After.

export interface RateLimitOptions {
  windowMs: number;
  loginPerIp: number;
  loginPerUsername: number;
  syncPerIp: number;
  syncPerUser: number;
  writePerIp: number;
  writePerUser: number;
  readPerIp: number;
  readPerUser: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  windowMs: 60_000,
  loginPerIp: 60,
  loginPerUsername: 20,
  syncPerIp: 3_000,
  syncPerUser: 600,
  writePerIp: 600,
  writePerUser: 120,
  readPerIp: 3_000,
  readPerUser: 600,
};

export type EndpointKind = 'login' | 'sync' | 'write' | 'read';

const AUTH = new Set(['/api/auth/login', '/api/auth/refresh', '/api/auth/logout']);
const SYNC = new Set([
  'POST /api/sync/push',
  'PUT /api/attachments/:sha256',
  'GET /api/sync/pull',
  'POST /api/sync/heartbeat',
]);

/** Which budget a route draws on; undefined for pages, assets and unknown paths. */
export function endpointKind(
  method: string,
  routeUrl: string | undefined,
): EndpointKind | undefined {
  if (!routeUrl?.startsWith('/api/') || routeUrl === '/api/health') return undefined;
  if (AUTH.has(routeUrl)) return 'login';
  if (SYNC.has(`${method} ${routeUrl}`)) return 'sync';
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

type Check = (
  request: FastifyRequest,
) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;

function refuse(result: Awaited<ReturnType<Check>>): void {
  if (result.isAllowed || !result.isExceeded) return;
  const seconds = Math.max(1, result.ttlInSeconds ?? 1);
  throw new ApiError(429, 'rate_limited', { seconds }, { retryAfterSeconds: seconds });
}

/** The user id in a valid access token, without touching the database; null otherwise. */
async function tokenUser(tokens: TokenKeys, request: FastifyRequest): Promise<string | null> {
  const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(request.headers.authorization ?? '');
  if (!match) return null;
  const claims = await tokens.verify(match[1]!);
  return typeof claims === 'object' ? claims.userId : null;
}

function loginName(request: FastifyRequest): string | null {
  const body = request.body as { username?: unknown } | null | undefined;
  const name = typeof body === 'object' && body ? body.username : undefined;
  return typeof name === 'string' && name.length <= 64 ? name.toLowerCase() : null;
}

export async function registerRateLimits(
  app: FastifyInstance,
  tokens: TokenKeys | undefined,
  options: RateLimitOptions,
): Promise<void> {
  await app.register(rateLimit, { global: false });
  const timeWindow = options.windowMs;
  const limiter = (max: number, key: (r: FastifyRequest) => string): Check =>
    app.createRateLimit({ max, timeWindow, keyGenerator: key });

  const byIp: Record<EndpointKind, Check> = {
    login: limiter(options.loginPerIp, (r) => `login:ip:${r.ip}`),
    sync: limiter(options.syncPerIp, (r) => `sync:ip:${r.ip}`),
    write: limiter(options.writePerIp, (r) => `write:ip:${r.ip}`),
    read: limiter(options.readPerIp, (r) => `read:ip:${r.ip}`),
  };
  const userKey = (kind: string) => (r: FastifyRequest) =>
    `${kind}:user:${(r as FastifyRequest & { rateUser?: string }).rateUser ?? ''}`;
  const byUser: Record<Exclude<EndpointKind, 'login'>, Check> = {
    sync: limiter(options.syncPerUser, userKey('sync')),
    write: limiter(options.writePerUser, userKey('write')),
    read: limiter(options.readPerUser, userKey('read')),
  };
  const byUsername = limiter(options.loginPerUsername, userKey('login'));

  // The address is checked before the body is read; the user once the body and token are known.
  app.addHook('onRequest', async (request) => {
    const kind = endpointKind(request.method, request.routeOptions.url);
    if (kind) refuse(await byIp[kind](request));
  });
  app.addHook('preHandler', async (request) => {
    const kind = endpointKind(request.method, request.routeOptions.url);
    if (!kind) return;
    const holder = request as FastifyRequest & { rateUser?: string };
    if (kind === 'login') {
      if (request.routeOptions.url !== '/api/auth/login') return;
      const name = loginName(request);
      if (name === null) return;
      holder.rateUser = name;
      refuse(await byUsername(request));
      return;
    }
    const user = tokens ? await tokenUser(tokens, request) : null;
    if (user === null) return; // refused by the route's own authentication
    holder.rateUser = user;
    refuse(await byUser[kind](request));
  });
}
