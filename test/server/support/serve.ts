import { buildApp } from '../../../src/server/app';
import { seedDemoIfEmpty } from '../../../src/server/demo/seed';
import { openStore } from '../../../src/server/store/db';
import { SMALL_ROSTER, TEST_TOKEN_SECRET } from './harness';

// A server in its own process, so a test can kill it outright (SIGKILL) in the middle of a batch
// and start it again on the same data. Prints {"port": n} once it listens.

const store = process.env.DATABASE_URL
  ? await openStore({ databaseUrl: process.env.DATABASE_URL, schema: process.env.DB_SCHEMA })
  : await openStore({ dataDir: process.env.DATA_DIR });
await seedDemoIfEmpty(store.db, SMALL_ROSTER);
const app = await buildApp({ store, tokenSecret: TEST_TOKEN_SECRET });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
