import { describe, expect, test } from 'vitest';
import { appVersionForServer, buildHeartbeat } from '../../../src/client/sync/heartbeat';
import { heartbeatRequestSchema } from '../../../src/shared/schemas';

const deviceId = '0190b4d2-7c1e-7a3b-9f00-1c2d3e4f5a6b';
const now = new Date('2025-07-02T10:00:00.000Z');

describe('buildHeartbeat', () => {
  test('reports the queue, the age of its oldest record, storage and the last error', () => {
    const body = buildHeartbeat({
      deviceId,
      pendingCount: 12,
      oldestPendingAt: '2025-07-02T09:00:00.000Z',
      appVersion: '0.1.0+2025-07-01T08:30',
      storage: { usage: 1234.5, quota: 5e9 },
      lastError: 'HTTP 500 internal_error: Máy chủ gặp lỗi.',
      now,
    });
    expect(body).toEqual({
      deviceId,
      pendingCount: 12,
      oldestPendingAgeSeconds: 3600,
      appVersion: '0.1.0+2025-07-01T08-30',
      storageUsedBytes: 1234,
      storageQuotaBytes: 5e9,
      lastError: 'HTTP 500 internal_error: Máy chủ gặp lỗi.',
    });
    expect(heartbeatRequestSchema.safeParse(body).success).toBe(true);
  });

  test('nothing waiting, no storage figures, a clock ahead of the record: still valid', () => {
    const empty = buildHeartbeat({
      deviceId,
      pendingCount: 0,
      oldestPendingAt: null,
      appVersion: 'dev',
      storage: null,
      lastError: null,
      now,
    });
    expect(empty).toMatchObject({
      oldestPendingAgeSeconds: null,
      storageUsedBytes: 0,
      storageQuotaBytes: null,
    });
    const future = buildHeartbeat({
      deviceId,
      pendingCount: 1,
      oldestPendingAt: '2025-07-03T00:00:00.000Z',
      appVersion: 'dev',
      storage: { usage: Number.NaN },
      lastError: 'x'.repeat(900),
      now,
    });
    expect(future.oldestPendingAgeSeconds).toBe(0);
    expect(future.lastError).toHaveLength(500);
    expect(heartbeatRequestSchema.safeParse(future).success).toBe(true);
  });
});

describe('appVersionForServer', () => {
  test('folds characters the protocol refuses and keeps at most 40', () => {
    expect(appVersionForServer('0.1.0+2025-07-01T08:30')).toBe('0.1.0+2025-07-01T08-30');
    expect(appVersionForServer('1.2.3 (build 7)')).toBe('1.2.3--build-7-');
    expect(appVersionForServer('9'.repeat(60))).toHaveLength(40);
    expect(appVersionForServer('')).toBe('unknown');
  });
});
