import type { FastifyServerOptions } from 'fastify';

// What the server writes to its log: method, path (no query string), status and timing, and for
// failures the error's type, code and a masked message. Never bodies, headers (Authorization,
// cookies), query strings or database error details, which can quote the values of a row.

/** Runs of 6+ digits (ID numbers, phones, account numbers) and e-mail-like words are masked. */
export function maskPersonalText(text: string): string {
  return text
    .replace(/\+?\d[\d .-]{4,}\d/g, '[số]')
    .replace(/[^\s@"'()]+@[^\s@"'()]+/g, '[địa chỉ]');
}

interface RequestLike {
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  statusCode?: unknown;
  stack?: string;
}

export const logSerializers = {
  req(request: RequestLike) {
    return {
      method: request.method,
      // The route's pattern when known (ids stay out too), else the path without its query.
      url: request.routeOptions?.url ?? (request.url ?? '').split('?')[0],
    };
  },
  res(reply: { statusCode?: number }) {
    return { statusCode: reply.statusCode };
  },
  err(error: ErrorLike) {
    return {
      type: error.name ?? 'Error',
      code: typeof error.code === 'string' ? error.code : undefined,
      statusCode: typeof error.statusCode === 'number' ? error.statusCode : undefined,
      message: maskPersonalText(String(error.message ?? '')).slice(0, 500),
      stack: (error.stack ?? '')
        .split('\n')
        .slice(1, 8)
        .map((line) => maskPersonalText(line))
        .join('\n'),
    };
  },
};

export function loggerOptions(
  stream?: NodeJS.WritableStream,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: 'info',
    serializers: logSerializers,
    // Belt and braces: should a body or headers ever reach a log line, these paths are removed.
    redact: {
      paths: [
        'req.headers',
        'req.body',
        'req.query',
        'body',
        'headers.authorization',
        'headers.cookie',
        'password',
        '*.password',
        'refreshToken',
        '*.refreshToken',
        'accessToken',
        '*.accessToken',
      ],
      remove: true,
    },
    ...(stream ? { stream } : {}),
  };
}
