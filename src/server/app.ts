import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_LOGIN_LIMITS, type LoginLimitOptions } from './auth/loginLimits';
import { TokenKeys } from './auth/tokens';
import { createContext } from './context';
import { installErrorHandler } from './http/errors';
import { buildOpenApi } from './http/openapi';
import { serverMessage } from './http/messages';
import { registerAdminRoutes } from './routes/admin';
import { registerAttachmentRoutes } from './routes/attachments';
import { registerAuditRoutes } from './routes/audit';
import { registerAuthRoutes } from './routes/auth';
import { registerBackupRoutes } from './routes/backups';
import { registerDeviceRoutes } from './routes/devices';
import { registerExportRoutes } from './routes/exports';
import { registerRosterRoutes } from './routes/roster';
import { registerSyncRoutes } from './routes/sync';
import { registerUnitRoutes } from './routes/units';
import { registerStatic } from './static';
import type { Store } from './store/db';
import { tokenSecret } from './store/settings';

export interface AppOptions {
  staticDir?: string;
  logger?: boolean;
  /** The open database; without it only health and static files are served. */
  store?: Store;
  /** Signs access tokens; default: a secret kept in the database. */
  tokenSecret?: string;
  loginLimits?: Partial<LoginLimitOptions>;
  /** Shown in the OpenAPI document. */
  version?: string;
}

/** JSON requests (login, heartbeat …); push and attachments raise their own limits. */
export const BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Behind a reverse proxy the client's address arrives in X-Forwarded-For (login limits use it).
    trustProxy: 'loopback',
  });
  installErrorHandler(app);
  // The API speaks JSON (and images for attachments); a text body is refused with 415.
  app.removeContentTypeParser('text/plain');

  app.get('/api/health', async () => ({ status: 'ok' }));

  if (options.store) {
    const store = options.store;
    const tokens = new TokenKeys(await tokenSecret(store.db, options.tokenSecret));
    const ctx = createContext(store, tokens, { ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits });
    registerAuthRoutes(app, ctx);
    registerSyncRoutes(app, ctx);
    registerAttachmentRoutes(app, ctx);
    registerDeviceRoutes(app, ctx);
    registerUnitRoutes(app, ctx);
    registerRosterRoutes(app, ctx);
    registerAdminRoutes(app, ctx);
    registerBackupRoutes(app, ctx);
    registerExportRoutes(app, ctx);
    registerAuditRoutes(app, ctx);
    let document: unknown;
    app.get(
      '/api/openapi.json',
      async () => (document ??= buildOpenApi(ctx.routes, options.version ?? '0.0.0')),
    );
  }

  if (options.staticDir) await registerStatic(app, options.staticDir);
  else {
    app.setNotFoundHandler((_request, reply) =>
      reply.code(404).send({ error: 'not_found', message: serverMessage('not_found') }),
    );
  }
  return app;
}
