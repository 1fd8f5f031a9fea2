import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ATTACHMENT_MIME_TYPES } from '../../shared/schemas/attachment';
import { LIMITS } from '../../shared/schemas/limits';
import {
  attachmentParamsSchema,
  attachmentQuerySchema,
  attachmentUploadResponseSchema,
} from '../../shared/schemas/sync';
import type { AppContext } from '../context';
import { ApiError } from '../http/errors';
import { defineRoute } from '../http/route';
import { storeAttachment } from '../store/attachments';

// Photos travel apart from the visits that list them: PUT the bytes at their SHA-256. The server
// checks the hash, keeps one copy per hash, and answers the same way to every repeat.

export function registerAttachmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.addContentTypeParser(
    [...ATTACHMENT_MIME_TYPES],
    { parseAs: 'buffer', bodyLimit: LIMITS.attachmentBytesMax },
    (_request, body, done) => done(null, body),
  );

  defineRoute(app, ctx, {
    method: 'PUT',
    url: '/api/attachments/:sha256',
    tag: 'sync',
    summary: 'Tải lên ảnh đính kèm theo mã SHA-256 (gửi lại nhiều lần vẫn chỉ lưu một bản)',
    roles: ['field_worker'],
    params: attachmentParamsSchema,
    query: attachmentQuerySchema,
    rawBody: { mediaTypes: ATTACHMENT_MIME_TYPES },
    bodyLimit: LIMITS.attachmentBytesMax,
    response: attachmentUploadResponseSchema,
    errors: [409, 413, 415],
    audit: {
      action: 'attachments.upload',
      targetType: 'attachment',
      targets: ({ query }) => [(query as { id: string }).id],
    },
    handler: async ({ params, query, request, caller }) => {
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0)
        throw new ApiError(415, 'unsupported_media_type');
      const mimeType = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 !== params.sha256) throw new ApiError(400, 'hash_mismatch');

      const status = await storeAttachment(ctx.store.db, {
        id: query.id,
        sha256,
        bytes,
        mimeType,
        kind: query.kind,
        deviceId: caller.deviceId,
        userId: caller.userId,
      });
      if (status === 'conflict') throw new ApiError(409, 'attachment_id_reused');
      return { id: query.id, sha256, size: bytes.length, status };
    },
  });
}
