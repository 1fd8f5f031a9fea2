import { useCallback, useEffect, useRef, useState } from 'react';
import type { GhiDanhDB, StoredAttachment } from '../../../db';
import { putDraftFile } from '../../../db/draftFiles';
import type { AttachmentKind, AttachmentMeta } from '../../../../shared/schemas';
import { compressPhoto } from './compressPhoto';
import { prepareFile } from './fileMeta';

// The visit's photos and signature: stored on the device the moment they are taken (so a killed
// tab keeps them), and shown from object URLs while the form is open.

export interface VisitFile {
  meta: AttachmentMeta;
  blob: Blob;
  /** Object URL for <img>; "" where the browser cannot make one. */
  url: string;
}

export interface VisitFiles {
  get: (id: string) => VisitFile | undefined;
  /** Shrinks, hashes and stores a photo of a paper; resolves to its attachment id. */
  addPhoto: (file: Blob) => Promise<string>;
  /** Stores a signature image; resolves to its attachment id. */
  addSignature: (png: Blob) => Promise<string>;
}

const urlOf = (blob: Blob) =>
  typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : '';

export function useVisitFiles(
  db: GhiDanhDB,
  draftId: string,
  initial: readonly StoredAttachment[],
): VisitFiles {
  const [files, setFiles] = useState(
    () =>
      new Map<string, VisitFile>(
        initial.map((a) => [a.meta.id, { meta: a.meta, blob: a.blob, url: urlOf(a.blob) }]),
      ),
  );
  const latest = useRef(files);
  useEffect(() => {
    latest.current = files;
  }, [files]);
  // Object URLs hold memory until revoked: release them when the form closes.
  useEffect(
    () => () => {
      for (const f of latest.current.values()) if (f.url) URL.revokeObjectURL(f.url);
    },
    [],
  );

  const store = useCallback(
    async (blob: Blob, kind: AttachmentKind) => {
      const { meta, bytes } = await prepareFile(blob, kind);
      await putDraftFile(db, draftId, meta, bytes);
      const stored = new Blob([bytes], { type: meta.mimeType });
      setFiles((prev) => new Map(prev).set(meta.id, { meta, blob: stored, url: urlOf(stored) }));
      return meta.id;
    },
    [db, draftId],
  );

  return {
    get: (id) => files.get(id),
    addPhoto: useCallback(
      async (file: Blob) => store(await compressPhoto(file), 'authorisation'),
      [store],
    ),
    addSignature: useCallback((png: Blob) => store(png, 'signature'), [store]),
  };
}
