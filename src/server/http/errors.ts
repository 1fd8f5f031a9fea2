import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { issuePath } from '../../shared/schemas/issues';
import { isSharedMessageKey, sharedMessage, type SharedMessageKey } from '../../shared/messages';
import { serverMessage, type ServerMessageCode } from './messages';

/** One field problem in an error answer: where, the shared message key, and its Vietnamese text. */
export interface IssueOut {
  path: string;
  key: string;
  message: string;
}

/** A refusal the caller can act on: HTTP status, stable code, Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerMessageCode,
    readonly params: Record<string, string | number> = {},
    readonly extra: { issues?: IssueOut[]; wipe?: boolean; retryAfterSeconds?: number } = {},
  ) {
    super(serverMessage(code, params));
  }
}

export function issuesOut(error: z.ZodError): IssueOut[] {
  return error.issues.slice(0, 50).map((issue) => {
    const params =
      'params' in issue && issue.params ? (issue.params as Record<string, string>) : {};
    const key = issue.message;
    return {
      path: issuePath(issue.path),
      key,
      message: isSharedMessageKey(key) ? sharedMessage(key, params) : key,
    };
  });
}

export function validationError(error: z.ZodError): ApiError {
  return new ApiError(400, 'validation_failed', {}, { issues: issuesOut(error) });
}

const FASTIFY_CODES: Record<string, [number, ServerMessageCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'malformed_json'],
};

/** Every failure leaves as `{ error, message, issues? }` JSON; nothing else reaches a caller. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
    if (err instanceof ApiError) {
      if (err.extra.retryAfterSeconds !== undefined) {
        reply.header('Retry-After', String(err.extra.retryAfterSeconds));
      }
      return reply.code(err.status).send({
        error: err.code,
        message: err.message,
        ...(err.extra.issues ? { issues: err.extra.issues } : {}),
        ...(err.extra.wipe ? { wipe: true } : {}),
      });
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) {
      return reply.code(known[0]).send({ error: known[1], message: serverMessage(known[1]) });
    }
    // A SyntaxError from the JSON parser carries statusCode 400 in Fastify.
    if (err instanceof SyntaxError || err.statusCode === 400) {
      return reply
        .code(400)
        .send({ error: 'malformed_json', message: serverMessage('malformed_json') });
    }
    request.log.error(err);
    return reply
      .code(500)
      .send({ error: 'internal_error', message: serverMessage('internal_error') });
  });
}

/** A 400 (or other status) naming one field and its shared message key, like a schema failure. */
export function fieldError(
  path: string,
  key: SharedMessageKey,
  status = 400,
  code: ServerMessageCode = 'validation_failed',
): ApiError {
  return new ApiError(status, code, {}, { issues: [{ path, key, message: sharedMessage(key) }] });
}
