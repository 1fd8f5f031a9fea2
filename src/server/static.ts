import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

// Files whose name carries a content hash can be cached forever; the shell and the service worker
// must always be revalidated, or a tablet could be stuck on an old version.
const NEVER_CACHE = /(^|\/)(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)$/;
const HASHED = /^\/?assets\//;

export async function registerStatic(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(
      `Không tìm thấy bản dựng của ứng dụng tại ${staticDir}. Hãy chạy "npm run build" trước (npm start tự làm việc này).`,
    );
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply: { header: (k: string, v: string) => unknown }, filePath: string) {
      const rel = path.relative(staticDir, filePath).split(path.sep).join('/');
      if (NEVER_CACHE.test(rel)) reply.header('Cache-Control', 'no-cache');
      else if (HASHED.test(rel))
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      else reply.header('Cache-Control', 'public, max-age=3600');
    },
  });

  // Client-side routes fall back to the shell; unknown API paths stay 404 JSON.
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    const wantsPage = req.method === 'GET' && !url.startsWith('/api/') && !path.extname(url);
    if (wantsPage) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not_found', message: 'Không tìm thấy địa chỉ này.' });
  });
}
