import { z } from 'zod';
import type { RouteDoc } from './route';

// The OpenAPI 3.1 document, generated from the same zod schemas that validate each request and
// response (OpenAPI 3.1 speaks JSON Schema 2020-12, which zod emits directly).

type JsonSchema = Record<string, unknown>;

export const errorBodySchema = z.object({
  error: z.string().describe('Mã lỗi ổn định, ví dụ "validation_failed", "device_revoked".'),
  message: z.string().describe('Thông báo tiếng Việt cho người dùng.'),
  issues: z
    .array(z.object({ path: z.string(), key: z.string(), message: z.string() }))
    .optional()
    .describe('Lỗi từng trường (khi error = validation_failed).'),
  wipe: z.literal(true).optional().describe('Có khi thiết bị bị thu hồi: xóa dữ liệu trên máy.'),
});

const ERROR_TEXT: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập hoặc mã truy cập hết hạn',
  403: 'Không được phép (hoặc thiết bị bị thu hồi: wipe = true)',
  404: 'Không tìm thấy',
  409: 'Xung đột',
  413: 'Nội dung quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  429: 'Quá nhiều lần thử, xem Retry-After',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete out.$schema;
  return out as JsonSchema;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(s.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: property,
  }));
}

function operation(route: RouteDoc): JsonSchema {
  const errorStatuses = new Set<number>([400, ...(route.errors ?? [])]);
  if (route.roles !== 'public') {
    errorStatuses.add(401);
    errorStatuses.add(403);
  }
  const responses: Record<string, JsonSchema> = {
    [String(route.status ?? 200)]: {
      description: 'OK',
      content: route.rawResponse
        ? Object.fromEntries(
            route.rawResponse.mediaTypes.map((t) => [
              t,
              { schema: { type: 'string', format: 'binary' } },
            ]),
          )
        : { 'application/json': { schema: jsonSchema(route.response, 'output') } },
    },
  };
  for (const status of [...errorStatuses].sort()) {
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? 'Lỗi',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const roles =
    route.roles === 'public' ? 'không cần đăng nhập' : `vai trò: ${route.roles.join(', ')}`;
  return {
    summary: route.summary,
    description: roles,
    tags: [route.tag],
    ...(route.roles === 'public' ? { security: [] } : {}),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: jsonSchema(route.bodyDoc ?? route.body, 'input') },
            },
          },
        }
      : {}),
    ...(route.rawBody
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              route.rawBody.mediaTypes.map((t) => [
                t,
                { schema: { type: 'string', format: 'binary' } },
              ]),
            ),
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly RouteDoc[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ghi Danh API',
      version,
      description: 'Máy chủ đồng bộ của Ghi Danh. Giao thức đồng bộ: docs/sync-protocol.md.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Error: jsonSchema(errorBodySchema, 'output') },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
