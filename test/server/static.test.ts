import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';

let app: FastifyInstance;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ghidanh-static-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Ghi Danh</title>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = await buildApp({ staticDir: dir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the built app over HTTP', () => {
  test('hashed assets are cached immutably; the shell and the service worker are revalidated', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const p of ['/', '/sw.js', '/index.html']) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
    }
  });

  test('client routes fall back to the shell, missing files and API paths are 404', async () => {
    const route = await fetch(`${base}/nguoi-huong/123`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Ghi Danh</title>');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    const api = await fetch(`${base}/api/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found' });
  });

  test('health answers 200', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('configuration from the environment', () => {
  test('defaults to port 8080 and honours PORT', () => {
    expect(loadConfig({}).PORT).toBe(8080);
    expect(loadConfig({ PORT: '9123' }).PORT).toBe(9123);
  });

  test('rejects bad values with a clear message', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DEMO_SEED: 'yes' })).toThrow(/DEMO_SEED/);
    expect(() => loadConfig({ TOKEN_SECRET: 'short' })).toThrow(/TOKEN_SECRET/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });

  test('seeds the demo unless told not to', () => {
    expect(loadConfig({}).DEMO_SEED).toBe('on');
    expect(loadConfig({ DEMO_SEED: 'off' }).DEMO_SEED).toBe('off');
  });

  test('refuses to start without a build, saying how to make one', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'ghidanh-empty-'));
    await expect(buildApp({ staticDir: empty })).rejects.toThrow(/npm run build/);
    rmSync(empty, { recursive: true, force: true });
  });
});
