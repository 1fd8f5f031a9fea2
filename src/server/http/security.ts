import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every answer (the app shell, its assets, the service worker and the API).
// The built shell has no inline script or style (vite-plugin-pwa registers from a module), so the
// policy allows only our own origin. The scanner compiles zxing's WebAssembly in a worker
// ('wasm-unsafe-eval', worker-src); photos and the camera preview use blob: URLs.

export interface SecurityOptions {
  /** Served behind TLS (directly or by a proxy): send HSTS and upgrade insecure requests. */
  tls: boolean;
  /** Where browsers report what the policy blocked. */
  reportUri?: string;
}

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** The camera (card scanner, photos) and location (visit place) for our own pages; nothing else. */
export const PERMISSIONS_POLICY =
  'camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()';

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: SecurityOptions,
): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...CONTENT_SECURITY_POLICY,
        ...(options.tls ? { upgradeInsecureRequests: [] } : {}),
        ...(options.reportUri ? { reportUri: [options.reportUri] } : {}),
      },
    },
    // Without TLS, HSTS would lock browsers out of a plain-HTTP pilot server.
    strictTransportSecurity: options.tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    return payload;
  });
}
