import { newId } from '../../../../shared/ids';
import type { AttachmentKind, AttachmentMeta } from '../../../../shared/schemas';

// The metadata kept with each file: its SHA-256 lets the device and the server prove they hold
// the same bytes.

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PreparedFile {
  meta: AttachmentMeta;
  bytes: ArrayBuffer;
}

export async function prepareFile(blob: Blob, kind: AttachmentKind): Promise<PreparedFile> {
  const bytes = await blob.arrayBuffer();
  const mimeType = blob.type === 'image/png' ? 'image/png' : 'image/jpeg';
  return {
    bytes,
    meta: { id: newId(), sha256: await sha256Hex(bytes), mimeType, size: bytes.byteLength, kind },
  };
}
