import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_LOGIN_LIMITS, type LoginLimitOptions } from './auth/loginLimits';
import { TokenKeys } from './auth/tokens';
import { createContext } from './context';
import { installErrorHandler } from './http/errors';
import { loggerOptions } from './http/logging';
import { DEFAULT_RATE_LIMITS, registerRateLimits, type RateLimitOptions } from './http/rateLimits';
import { registerSecurityHeaders } from './http/security';
import { buildOpenApi } from './http/openapi';
import { serverMessage } from './http/messages';
import { registerAdminRoutes } from './routes/admin';
import { registerAttachmentRoutes } from './routes/attachments';
import { registerAuditRoutes } from './routes/audit';
import { registerAuthRoutes } from './routes/auth';
import { registerBackupRoutes } from './routes/backups';
import { CSP_REPORT_URL, registerCspReportRoute, type CspReport } from './routes/cspReport';
import { registerDashboardRoutes } from './routes/dashboard';
import { registerDeviceRoutes } from './routes/devices';
import { registerRightsRoutes } from './routes/rights';
import { registerExportRoutes } from './routes/exports';
import { registerRosterRoutes } from './routes/roster';
import { registerRosterImportRoutes } from './routes/rosterImport';
import { RIGHTS_JOB_INTERVAL_MS, startRightsJob, type RightsJob } from './rights/job';
import { registerSyncRoutes } from './routes/sync';
import { registerUnitRoutes } from './routes/units';
import { registerStatic } from './static';
import type { Store } from './store/db';
import { tokenSecret } from './store/settings';

export interface AppOptions {
  staticDir?: string;
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). Implies `logger`. */
  logStream?: NodeJS.WritableStream;
  /** Served behind TLS: HSTS and upgrade-insecure-requests are sent. */
  tls?: boolean;
  rateLimits?: Partial<RateLimitOptions>;
  /** Called with each Content-Security-Policy violation a browser reports (e2e tests fail on one). */
  onCspReport?: (report: CspReport) => void;
  /** The time the rights job and requests go by (tests move it). */
  clock?: () => Date;
  rightsJobIntervalMs?: number;
  /** The open database; without it only health and static files are served. */
  store?: Store;
  /** Signs access tokens; default: a secret kept in the database. */
  tokenSecret?: string;
  loginLimits?: Partial<LoginLimitOptions>;
  /** Shown in the OpenAPI document. */
  version?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Carries out due data-subject requests (at start, then every few minutes). */
    rightsJob?: RightsJob;
  }
}

/** JSON requests (login, heartbeat …); push and attachments raise their own limits. */
export const BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger || options.logStream ? loggerOptions(options.logStream) : false,
    bodyLimit: BODY_LIMIT,
    // Behind a reverse proxy the client's address arrives in X-Forwarded-For (login limits use it).
    trustProxy: 'loopback',
  });
  installErrorHandler(app);
  // The API speaks JSON (and images for attachments); a text body is refused with 415.
  app.removeContentTypeParser('text/plain');
  await registerSecurityHeaders(app, {
    tls: options.tls ?? false,
    reportUri: options.store ? CSP_REPORT_URL : undefined,
  });
  const tokens = options.store
    ? new TokenKeys(await tokenSecret(options.store.db, options.tokenSecret))
    : undefined;
  await registerRateLimits(app, tokens, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits });

  app.get('/api/health', async () => ({ status: 'ok' }));

  if (options.store && tokens) {
    const store = options.store;
    const ctx = createContext(store, tokens, { ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits });
    registerAuthRoutes(app, ctx);
    registerSyncRoutes(app, ctx);
    registerAttachmentRoutes(app, ctx);
    registerDeviceRoutes(app, ctx);
    registerUnitRoutes(app, ctx);
    registerRosterRoutes(app, ctx);
    registerRosterImportRoutes(app, ctx);
    registerAdminRoutes(app, ctx);
    registerBackupRoutes(app, ctx);
    registerCspReportRoute(app, ctx, options.onCspReport);
    const clock = options.clock ?? (() => new Date());
    registerRightsRoutes(app, ctx, { clock });
    const rightsJob = startRightsJob(store, {
      clock,
      intervalMs: options.rightsJobIntervalMs ?? RIGHTS_JOB_INTERVAL_MS,
      log: app.log,
    });
    app.decorate('rightsJob', rightsJob);
    app.addHook('onClose', async () => rightsJob.stop());
    await rightsJob.runNow();
    registerDashboardRoutes(app, ctx);
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
