import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context';
import { maskPersonalText } from '../http/logging';
import { definePublicRoute } from '../http/route';

// Browsers report what the Content-Security-Policy blocked here (the policy's report-uri). Nothing
// is stored: one masked warning line, so an operator sees a broken page or an injected script.

export const CSP_REPORT_URL = '/api/csp-report';

const text = (max: number) => z.string().max(max).optional();

export const cspReportSchema = z.object({
  'csp-report': z.looseObject({
    'document-uri': text(2000),
    'violated-directive': text(500),
    'effective-directive': text(100),
    'blocked-uri': text(2000),
    'source-file': text(2000),
    'line-number': z.number().int().min(0).max(10_000_000).optional(),
  }),
});

export type CspReport = z.output<typeof cspReportSchema>['csp-report'];

export function registerCspReportRoute(
  app: FastifyInstance,
  ctx: AppContext,
  onReport?: (report: CspReport) => void,
): void {
  app.addContentTypeParser(
    'application/csp-report',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    app.getDefaultJsonParser('error', 'error'),
  );

  definePublicRoute(app, ctx, {
    method: 'POST',
    url: CSP_REPORT_URL,
    tag: 'security',
    summary: 'Trình duyệt báo nội dung bị chính sách bảo mật nội dung (CSP) chặn; không lưu gì',
    roles: 'public',
    body: cspReportSchema,
    bodyLimit: 64 * 1024,
    response: z.object({ status: z.literal('received') }),
    status: 202,
    handler: async ({ body, request }) => {
      const report = body['csp-report'];
      const blocked = (report['blocked-uri'] ?? '').split('?')[0] ?? '';
      request.log.warn(
        {
          directive: report['effective-directive'] ?? report['violated-directive'],
          blocked: maskPersonalText(blocked).slice(0, 200),
        },
        'CSP violation',
      );
      onReport?.(report);
      return { status: 'received' as const };
    },
  });
}
