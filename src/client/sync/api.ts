import {
  attachmentUploadResponseSchema,
  heartbeatResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type AttachmentMeta,
  type AttachmentUploadResponse,
  type HeartbeatRequest,
  type HeartbeatResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/schemas';
import { AuthRequiredError, DeviceRevokedError } from './errors';
import { HttpError, requestJson, type HttpConfig } from './http';

// The four calls the sync engine makes, each with the signed-in user's access token. A refused
// token is renewed once (refresh token); a second refusal means a password login is needed.

export interface TokenSource {
  /** A current access token, renewed first when it is about to expire. */
  accessToken(): Promise<string>;
  /** The server refused `rejected`: renew it, or throw AuthRequiredError. */
  renew(rejected: string): Promise<string>;
}

export interface SyncApi {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
  heartbeat(request: HeartbeatRequest): Promise<HeartbeatResponse>;
  putAttachment(meta: AttachmentMeta, blob: Blob): Promise<AttachmentUploadResponse>;
}

/** A batch of 500 visits on a slow link, and the server writing it, fit comfortably. */
const PUSH_TIMEOUT_MS = 120_000;
const PULL_TIMEOUT_MS = 60_000;

function revokedOr(error: unknown): unknown {
  return error instanceof HttpError && error.wipe ? new DeviceRevokedError(error.message) : error;
}

export function createSyncApi(http: HttpConfig, tokens: TokenSource): SyncApi {
  async function authed<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await tokens.accessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 401)) throw revokedOr(error);
    }
    const renewed = await tokens.renew(token);
    try {
      return await call(renewed);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        throw new AuthRequiredError(error.message);
      }
      throw revokedOr(error);
    }
  }

  return {
    push: (request) =>
      authed((token) =>
        requestJson(http, {
          method: 'POST',
          path: '/api/sync/push',
          token,
          json: request,
          schema: pushResponseSchema,
          timeoutMs: PUSH_TIMEOUT_MS,
        }),
      ),
    pull: (cursor, limit) =>
      authed((token) =>
        requestJson(http, {
          method: 'GET',
          path: `/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}`,
          token,
          schema: pullResponseSchema,
          timeoutMs: PULL_TIMEOUT_MS,
        }),
      ),
    heartbeat: (request) =>
      authed((token) =>
        requestJson(http, {
          method: 'POST',
          path: '/api/sync/heartbeat',
          token,
          json: request,
          schema: heartbeatResponseSchema,
        }),
      ),
    putAttachment: (meta, blob) =>
      authed((token) =>
        requestJson(http, {
          method: 'PUT',
          path: `/api/attachments/${meta.sha256}?id=${encodeURIComponent(meta.id)}&kind=${meta.kind}`,
          token,
          body: blob,
          contentType: meta.mimeType,
          schema: attachmentUploadResponseSchema,
          timeoutMs: PUSH_TIMEOUT_MS,
        }),
      ),
  };
}
