import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authenticate, requireRole, type Caller } from '../auth/guard';
import type { AppContext } from '../context';
import type { Role } from '../store/schema';
import { validationError } from './errors';

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
}

export interface HandlerInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  request: FastifyRequest;
  reply: FastifyReply;
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
  ctx.routes.push(spec);
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    handler: async (request, reply) => {
      let caller: Caller | undefined;
      const roles = spec.roles;
      if (roles !== 'public') {
        caller = await authenticate(ctx, request);
        requireRole(caller, roles);
      }
      const result = await handler({
        params: parse(spec.params, request.params) as Out<P>,
        query: parse(spec.query, request.query) as Out<Q>,
        body: (spec.rawBody ? request.body : parse(spec.body, request.body)) as Out<B>,
        request,
        reply,
        caller: caller!,
      });
      const checked = spec.response.safeParse(result);
      if (!checked.success) {
        // A response that breaks its own schema is a server bug: never send it.
        throw new Error(
          `Response of ${spec.method} ${spec.url} breaks its schema: ${checked.error.message}`,
        );
      }
      reply.code(spec.status ?? 200);
      return checked.data;
    },
  });
}
