import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import { buildApp } from '../../../src/server/app';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close: () => Promise<void>;
}

/** The real server, serving the production build on a free loopback port. */
export async function startServer(
  staticDir = path.resolve('dist'),
  port = 0,
): Promise<RunningServer> {
  const app = await buildApp({ staticDir });
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}`, app, close: () => app.close() };
}
