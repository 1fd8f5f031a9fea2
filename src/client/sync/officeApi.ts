import type { z } from 'zod';
import { AuthRequiredError } from './errors';
import { accountTokens } from './auth/tokens';
import { serverConfig, sessionStore } from './auth/session';
import {
  HttpError,
  requestFile,
  requestJson,
  type DownloadedFile,
  type FileRequestSpec,
  type RequestSpec,
} from './http';

// Office screens (roster import, dashboards, lists, audit log, rights requests) call the server
// directly, not through the outbox: they need the network, and their answers are shown at once.
// Same tokens as the sync engine, renewed once on a 401; a second refusal reaches the caller.

export type OfficeRequest<S extends z.ZodType> = Omit<RequestSpec<S>, 'token'>;
export type OfficeFileRequest = Omit<FileRequestSpec, 'token'>;
export type { DownloadedFile };

async function withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
  const state = sessionStore.get();
  if (state.status !== 'unlocked') throw new AuthRequiredError('Not signed in');
  const tokens = accountTokens(serverConfig(), state.user.userId);
  const token = await tokens.accessToken();
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 401)) throw error;
  }
  return call(await tokens.renew(token));
}

/** A JSON answer, checked against its shared schema. */
export function officeRequest<S extends z.ZodType>(spec: OfficeRequest<S>): Promise<z.output<S>> {
  return withToken((token) => requestJson(serverConfig(), { ...spec, token }));
}

/** A file from the server (a list, the audit log), with the name the server gave it. */
export function officeDownload(spec: OfficeFileRequest): Promise<DownloadedFile> {
  return withToken((token) => requestFile(serverConfig(), { ...spec, token }));
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
