import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { writeAudit } from '../audit/log';
import { authenticate, requireRole, type Caller } from '../auth/guard';
import type { AppContext } from '../context';
import type { Database, Role } from '../store/schema';
import { auditOutcome, type AuditSpec } from './audit';
import { ApiError, validationError } from './errors';

// One declaration per endpoint: its zod schemas validate the request, check the response and
// describe it in the OpenAPI document, so the three can never disagree.

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What the OpenAPI document needs to know about a route. */
export interface RouteDoc {
  method: 'GET' | 'POST' | 'PUT' | 'HEAD';
  url: string;
  summary: string;
  tag: string;
  /** Roles allowed to call; 'public' needs no token. */
  roles: readonly Role[] | 'public';
  body?: Schema;
  /** Documents the body when validation happens in steps (the push envelope, then each item). */
  bodyDoc?: Schema;
  /** A raw (non-JSON) body, e.g. an image, documented with these media types. */
  rawBody?: { mediaTypes: readonly string[] };
  query?: Schema;
  params?: Schema;
  response: Schema;
  status?: number;
  /** Error statuses worth listing besides 400 (and 401/403 for routes that need a token). */
  errors?: readonly number[];
  bodyLimit?: number;
  /** A file download: the handler returns a FileReply, sent as these media types. */
  rawResponse?: { mediaTypes: readonly string[] };
  /**
   * The audit entry this call leaves (see ./audit.ts). Every authenticated write (not GET) is
   * audited, by default as "<method>.<path>" with the path's ids as targets; `false` opts out,
   * with a reason in a comment. GET routes are audited only when they say so (file downloads).
   */
  audit?: AuditSpec | false;
}

/** What a file download's handler returns. */
export interface FileReply {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
  headers?: Record<string, string>;
}

/** Lets a handler write its audit entry inside its own transaction, with ids only it knows. */
export interface AuditHandle {
  /** Ids of the records touched, known only once the handler ran (e.g. an export's id). */
  addTargets(ids: readonly string[]): void;
  /** Writes the success entry now, in `trx`; the hook then writes none unless the call fails. */
  writeIn(trx: Kysely<Database>): Promise<void>;
}

export interface HandlerInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  request: FastifyRequest;
  reply: FastifyReply;
  audit: AuditHandle;
}

interface Typed<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  R extends Schema,
> extends RouteDoc {
  body?: B;
  query?: Q;
  params?: P;
  response: R;
}

export interface RouteSpec<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  R extends Schema,
> extends Typed<B, Q, P, R> {
  roles: readonly Role[];
  handler: (
    input: HandlerInput<Out<B>, Out<Q>, Out<P>> & { caller: Caller },
  ) => Promise<z.input<R>>;
}

export interface PublicRouteSpec<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  R extends Schema,
> extends Typed<B, Q, P, R> {
  roles: 'public';
  handler: (input: HandlerInput<Out<B>, Out<Q>, Out<P>>) => Promise<z.input<R>>;
}

function parse<S extends Schema>(schema: S | undefined, value: unknown): Out<S> {
  if (!schema) return undefined as Out<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data as Out<S>;
}

/** An endpoint that needs a valid access token from one of `spec.roles`. */
export function defineRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(app: FastifyInstance, ctx: AppContext, spec: RouteSpec<B, Q, P, R>): void {
  register(app, ctx, spec, spec.handler);
}

/** An endpoint anyone may call (login, refresh, health, the OpenAPI document). */
export function definePublicRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(app: FastifyInstance, ctx: AppContext, spec: PublicRouteSpec<B, Q, P, R>): void {
  register(app, ctx, spec, spec.handler);
}

function register<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
>(
  app: FastifyInstance,
  ctx: AppContext,
  spec: RouteDoc,
  handler: (input: HandlerInput<Out<B>, Out<Q>, Out<P>> & { caller: Caller }) => Promise<unknown>,
): void {
  // A public route has no caller: it is audited only when its spec asks (then by hand).
  ctx.routes.push(spec);
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    handler: async (request, reply) => {
      let caller: Caller | undefined;
      const roles = spec.roles;
      const audited = auditSpecOf(spec);
      const targets: string[] = [];
      let writtenInTransaction = false;
      const entry = (status: number) => ({
        userId: caller?.userId ?? null,
        role: caller?.role ?? null,
        deviceId: caller?.deviceId ?? null,
        action: audited!.action,
        targetType: audited!.targetType ?? null,
        targetIds: targets,
        outcome: auditOutcome(status)!,
        status,
      });
      const audit: AuditHandle = {
        addTargets: (ids) => void targets.push(...ids),
        writeIn: async (trx) => {
          if (!audited) return;
          await writeAudit(trx, entry(spec.status ?? 200));
          writtenInTransaction = true;
        },
      };
      try {
        if (roles !== 'public') {
          caller = await authenticate(ctx, request);
          requireRole(caller, roles);
        }
        const input = {
          params: parse(spec.params, request.params),
          query: parse(spec.query, request.query),
          body: spec.rawBody ? request.body : parse(spec.body, request.body),
        };
        if (audited?.targets) targets.push(...audited.targets({ ...input, caller }));
        const result = await handler({
          ...(input as { params: Out<P>; query: Out<Q>; body: Out<B> }),
          request,
          reply,
          audit,
          caller: caller!,
        });
        const checked = spec.response.safeParse(result);
        if (!checked.success) {
          // A response that breaks its own schema is a server bug: never send it.
          throw new Error(
            `Response of ${spec.method} ${spec.url} breaks its schema: ${checked.error.message}`,
          );
        }
        if (audited && !writtenInTransaction)
          await writeAudit(ctx.store.db, entry(spec.status ?? 200));
        reply.code(spec.status ?? 200);
        if (spec.rawResponse) return sendFile(reply, checked.data as FileReply);
        return checked.data;
      } catch (error) {
        // Refusals of a known caller are logged (a denied role, a lockout); malformed requests
        // and anonymous knocks are not, so noise cannot fill the log.
        const status = error instanceof ApiError ? error.status : 500;
        if (audited && caller && auditOutcome(status) !== null) {
          await writeAudit(ctx.store.db, entry(status));
        }
        throw error;
      }
    },
  });
}

function auditSpecOf(spec: RouteDoc): AuditSpec | null {
  if (spec.audit === false) return null;
  if (spec.audit) return spec.audit;
  if (spec.roles === 'public' || spec.method === 'GET' || spec.method === 'HEAD') return null;
  return defaultAudit(spec.method, spec.url);
}

/** "POST /api/devices/:id/revoke" → action "post.devices.revoke", targets: the path's ids. */
function defaultAudit(method: string, url: string): AuditSpec {
  const segments = url.replace(/^\/api\//, '').split('/');
  const words = segments
    .filter((s) => !s.startsWith(':'))
    .map((s) => s.replace(/[^a-z0-9_]/g, '_'));
  return {
    action: [method.toLowerCase(), ...words].join('.').slice(0, 60),
    targetType: words[0] ?? null,
    targets: ({ params }) =>
      Object.values((params ?? {}) as Record<string, unknown>).filter(
        (v): v is string => typeof v === 'string',
      ),
  };
}

function sendFile(reply: FastifyReply, file: FileReply): FastifyReply {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  reply.header('content-length', String(file.bytes.length));
  reply.header('cache-control', 'no-store');
  for (const [name, value] of Object.entries(file.headers ?? {})) reply.header(name, value);
  return reply.send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.length));
}
