import type { z } from 'zod';
import { accountTokens } from './auth/tokens';
import { AuthRequiredError } from './errors';
import { HttpError, NetworkError, requestJson, type HttpConfig } from './http';
import { serverConfig } from './auth/session';

// Office screens (lists, audit log) talk to the server directly with the signed-in user's token:
// they need the network, they are not queued. A refused token is renewed once.

async function withToken<T>(userId: string, call: (token: string) => Promise<T>): Promise<T> {
  const tokens = accountTokens(serverConfig(), userId);
  const token = await tokens.accessToken();
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 401)) throw error;
  }
  const renewed = await tokens.renew(token);
  try {
    return await call(renewed);
  } catch (error) {
    if (error instanceof HttpError && error.status === 401)
      throw new AuthRequiredError(error.message);
    throw error;
  }
}

export function officeGet<S extends z.ZodType>(
  userId: string,
  path: string,
  schema: S,
): Promise<z.output<S>> {
  return withToken(userId, (token) =>
    requestJson(serverConfig(), { method: 'GET', path, token, schema }),
  );
}

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

async function fetchFile(
  config: HttpConfig,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  json: unknown,
): Promise<DownloadedFile> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (json !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await (config.fetch ?? fetch)(new URL(path, config.baseUrl ?? location.origin), {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      cache: 'no-store',
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new HttpError(res.status, body.error ?? '', body.message ?? '');
  }
  return {
    blob: await res.blob(),
    fileName: fileNameOf(res.headers.get('content-disposition'), 'danh-sach'),
    headers: res.headers,
  };
}

/** A file from the server (a list, the audit log), with the name the server gave it. */
export function officeDownload(
  userId: string,
  method: 'GET' | 'POST',
  path: string,
  json?: unknown,
): Promise<DownloadedFile> {
  return withToken(userId, (token) => fetchFile(serverConfig(), token, method, path, json));
}

/** Hands a downloaded file to the browser's own download (the user picks where it goes). */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
