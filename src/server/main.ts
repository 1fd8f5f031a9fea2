import { readFileSync } from 'node:fs';
import { bootstrapAdmin, FIRST_ADMIN } from './accounts/bootstrap';
import { buildApp } from './app';
import { loadConfig } from './config';
import { demoBanner, seedDemoIfEmpty } from './demo/seed';
import { openStore } from './store/db';

function appVersion(): string {
  try {
    return (
      (JSON.parse(readFileSync('package.json', 'utf8')) as { version?: string }).version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const store = await openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
  const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite tại ${config.DATA_DIR}`;
  console.log(`Cơ sở dữ liệu: ${where}`);
  const seeded = config.DEMO_SEED === 'on' && (await seedDemoIfEmpty(store.db));
  const admin = await bootstrapAdmin(store.db, config.ADMIN_PASSWORD);
  if (admin === 'created') console.log(`Đã tạo tài khoản quản trị đầu tiên: ${FIRST_ADMIN}`);
  if (admin === 'missing') {
    console.warn('Chưa có tài khoản nào. Đặt ADMIN_PASSWORD để tạo tài khoản quản trị đầu tiên.');
  }
  const app = await buildApp({
    staticDir: config.STATIC_DIR,
    logger: true,
    tls: config.TLS === 'on',
    store,
    tokenSecret: config.TOKEN_SECRET,
    version: appVersion(),
  });
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.PORT, host: config.HOST });
  if (seeded) console.log(`\n${demoBanner()}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\nGhi Danh đang chạy tại http://localhost:${config.PORT} (sẵn sàng sau ${seconds} giây)\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
