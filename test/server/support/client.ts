import { randomUUID } from 'node:crypto';
import { newId } from '../../../src/shared/ids';
import type { SessionResponse } from '../../../src/shared/schemas/auth';
import type { Change, VisitInput } from '../../../src/shared/schemas';
import { visit } from '../../shared/schemas/samples';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  url: string,
  options: {
    token?: string;
    json?: unknown;
    raw?: string | Uint8Array;
    contentType?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Blob | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    body = typeof options.raw === 'string' ? options.raw : new Blob([new Uint8Array(options.raw)]);
  }
  const res = await fetch(`${base}${url}`, { method, headers, body });
  const text = await res.text();
  // Files (the monthly lists, the audit export) come back as they are; errors are always JSON.
  const json = (res.headers.get('content-type') ?? '').includes('json');
  const parsed: unknown = !text ? {} : json ? JSON.parse(text) : { file: text };
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export interface Session extends SessionResponse {
  token: string;
}

export async function login(
  base: string,
  username: string,
  deviceId: string = randomUUID(),
  password = 'ghidanh-demo',
): Promise<Session> {
  const res = await call<SessionResponse>(base, 'POST', '/api/auth/login', {
    json: { username, password, deviceId, deviceLabel: `Máy của ${username}` },
  });
  if (res.status !== 200)
    throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, token: res.body.accessToken };
}

/** A valid visit by `session`'s user on its device, for one beneficiary in `commune`. */
export function visitBy(
  session: Session,
  beneficiaryId: string,
  commune: string,
  overrides: Partial<VisitInput> = {},
): VisitInput {
  return visit({
    beneficiaryId,
    communeCode: commune,
    deviceId: session.deviceId,
    workerId: session.user.username,
    ...overrides,
  });
}

let seq = 0;
export function mutationOf(session: Session, payload: VisitInput) {
  seq += 1;
  return {
    id: newId(),
    deviceId: session.deviceId,
    seq,
    type: 'visit.create',
    payload,
    createdAt: new Date().toISOString(),
  };
}

export function push(base: string, session: Session, mutations: unknown[]) {
  return call<{
    results: { id: string; status: string; appliedAt?: string; errors?: unknown[] }[];
  }>(base, 'POST', '/api/sync/push', {
    token: session.token,
    json: { deviceId: session.deviceId, mutations },
  });
}

/** Every change a fresh device pulls from the start, page by page (at most `maxPages`). */
export async function pullAll(base: string, session: Session, maxPages = 50): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = '0';
  for (let page = 0; page < maxPages; page++) {
    const res = await call<{ changes: Change[]; cursor: string; hasMore: boolean }>(
      base,
      'GET',
      `/api/sync/pull?cursor=${cursor}&limit=500`,
      { token: session.token },
    );
    if (res.status !== 200) throw new Error(`pull answered ${res.status}`);
    changes.push(...res.body.changes);
    cursor = res.body.cursor;
    if (!res.body.hasMore) break;
  }
  return changes;
}
