import { useEffect, useState } from 'react';

/** A data: URL of a stored signature image (nothing to revoke, allowed by the page's policy). */
export function useSignatureUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!blob) return;
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') setUrl({ blob, url: reader.result });
    };
    reader.readAsDataURL(blob);
    return () => reader.abort();
  }, [blob]);
  return url && url.blob === blob ? url.url : null;
}
