import type { z } from 'zod';
import type { Issue } from '../../shared/schemas';

// Talking to the server: every answer is checked against its shared schema, and every failure
// becomes one of two errors the sync engine can act on — no answer at all (NetworkError), or
// an answer with a status (HttpError, carrying the server's code, field issues and wipe flag).

/** The request never got an answer: offline, DNS, connection refused, timeout. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    /** The server's stable code, e.g. "token_expired", "device_revoked"; "" if none. */
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** The server says this device was revoked and must erase its data. */
    readonly wipe = false,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message || `HTTP ${status}`);
  }
}

/** The server answered 2xx with a body that breaks the protocol: treated like a server error. */
export class BadResponseError extends Error {
  override readonly name = 'BadResponseError';
}

export interface HttpConfig {
  /** Origin of the server, e.g. "https://ghidanh.example.vn"; default: the page's own. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface RequestSpec<S extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  token?: string;
  json?: unknown;
  body?: Blob;
  contentType?: string;
  schema: S;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function resolve(config: HttpConfig, path: string): string {
  const base = config.baseUrl ?? globalThis.location?.origin ?? '';
  return new URL(path, base).toString();
}

function retryAfter(res: Response): number | null {
  const header = res.headers.get('retry-after');
  const value = header === null ? NaN : Number(header);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

async function errorFrom(res: Response): Promise<HttpError> {
  let body: { error?: unknown; message?: unknown; issues?: unknown; wipe?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // a proxy's HTML page, or nothing: the status says enough
  }
  const issues = Array.isArray(body.issues)
    ? body.issues
        .filter(
          (i): i is Issue =>
            typeof i === 'object' &&
            i !== null &&
            typeof (i as Issue).path === 'string' &&
            typeof (i as Issue).key === 'string',
        )
        .map((i) => ({ path: i.path.slice(0, 200), key: i.key.slice(0, 100) }))
        .slice(0, 50)
    : [];
  return new HttpError(
    res.status,
    typeof body.error === 'string' ? body.error : '',
    typeof body.message === 'string' ? body.message : '',
    issues,
    body.wipe === true,
    retryAfter(res),
  );
}

/** Sends one request; an answer other than 2xx becomes an HttpError, no answer a NetworkError. */
async function send(
  config: HttpConfig,
  spec: Omit<RequestSpec<z.ZodType>, 'schema' | 'timeoutMs'>,
  timeoutMs: number | undefined,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (spec.token) headers.authorization = `Bearer ${spec.token}`;
  let body: string | ArrayBuffer | undefined;
  if (spec.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(spec.json);
  } else if (spec.body) {
    headers['content-type'] = spec.contentType ?? spec.body.type;
    // Bytes rather than the Blob: every fetch implementation sends an ArrayBuffer as is.
    body = await spec.body.arrayBuffer();
  }
  // The browser knows it has no network: do not even try (no failed request, no battery spent).
  if (globalThis.navigator?.onLine === false) throw new NetworkError('The device is offline');
  let res: Response;
  try {
    res = await (config.fetch ?? globalThis.fetch)(resolve(config, spec.path), {
      method: spec.method,
      headers,
      body,
      cache: 'no-store',
      signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

export async function requestJson<S extends z.ZodType>(
  config: HttpConfig,
  spec: RequestSpec<S>,
): Promise<z.output<S>> {
  const res = await send(config, spec, spec.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let data: unknown;
  try {
    data = await res.json();
  } catch (error) {
    // The connection broke mid-answer, or a captive portal answered: no usable reply.
    throw new NetworkError('The answer could not be read', { cause: error });
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    throw new BadResponseError(
      `${spec.method} ${spec.path}: ${parsed.error.message.slice(0, 300)}`,
    );
  }
  return parsed.data;
}

export type FileRequestSpec = Omit<RequestSpec<z.ZodType>, 'schema'>;

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
  /** Response headers, e.g. x-export-id, x-export-rows. */
  headers: Headers;
}

/** "attachment; filename="x.csv"" → "x.csv" (the server sends ASCII names only). */
function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/** A file answer (a list, the audit log) with the name the server gave it; no time limit unless asked. */
export async function requestFile(
  config: HttpConfig,
  spec: FileRequestSpec,
): Promise<DownloadedFile> {
  const res = await send(config, spec, spec.timeoutMs);
  let blob: Blob;
  try {
    blob = await res.blob();
  } catch (error) {
    throw new NetworkError('The file could not be read', { cause: error });
  }
  return {
    blob,
    fileName: fileNameOf(res.headers.get('content-disposition'), 'danh-sach'),
    headers: res.headers,
  };
}
