import Fastify, { type FastifyInstance } from 'fastify';
import { registerStatic } from './static';

export interface AppOptions {
  staticDir?: string;
  logger?: boolean;
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });

  app.get('/api/health', async () => ({ status: 'ok' }));

  if (options.staticDir) await registerStatic(app, options.staticDir);
  return app;
}
