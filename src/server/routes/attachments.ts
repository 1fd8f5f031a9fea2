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
    handler: async ({ params, query, request, caller }) => {
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0)
        throw new ApiError(415, 'unsupported_media_type');
      const mimeType = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 !== params.sha256) throw new ApiError(400, 'hash_mismatch');

      return ctx.store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('attachment_blobs')
          .values({ sha256, size: bytes.length, bytes })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .execute();
        const inserted = await trx
          .insertInto('attachments')
          .values({
            id: query.id,
            sha256,
            mime_type: mimeType,
            kind: query.kind,
            device_id: caller.deviceId,
            user_id: caller.userId,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        if (inserted.length === 0) {
          const earlier = await trx
            .selectFrom('attachments')
            .select('sha256')
            .where('id', '=', query.id)
            .executeTakeFirstOrThrow();
          if (earlier.sha256 !== sha256) throw new ApiError(409, 'attachment_id_reused');
        }
        return {
          id: query.id,
          sha256,
          size: bytes.length,
          status: inserted.length > 0 ? ('stored' as const) : ('duplicate' as const),
        };
      });
    },
  });
}
